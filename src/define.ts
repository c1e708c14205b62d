/**
 * The script-tag entry (`dist/mensenhandel-faq.js`): defines `<mensenhandel-faq>` once. The
 * guard makes loading the file twice harmless, also under two URLs (`?ver=2`), where the second
 * copy brings its own class.
 */
import { MensenhandelFaq, TAG_NAME } from './mensenhandel-faq.js';

// The class, for pages that import the file; the library build (dist/lib/) exports the rest.
export { MensenhandelFaq };

if (typeof customElements !== 'undefined' && !customElements.get(TAG_NAME)) {
  customElements.define(TAG_NAME, MensenhandelFaq);
}
