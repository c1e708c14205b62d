/** Side-effect-free exports: importing this module defines nothing. */
export { MensenhandelFaq, TAG_NAME, type MensenhandelFaqToggleDetail } from './mensenhandel-faq.js';
export type { HeadingLevel, Theme } from './attributes.js';
export type { QuestionId } from './content.js';
export { LOCALES, type Locale } from './locale.js';
export { preloadLanguage } from './locale-loader.js';
