import type { html, nothing } from 'lit';

/**
 * Lit's `html` and `nothing`, handed to the feature chunks by the element: the chunks import
 * only this type, so at run time they import nothing (never a second copy of the entry file).
 */
export interface LitTags {
  html: typeof html;
  nothing: typeof nothing;
}
