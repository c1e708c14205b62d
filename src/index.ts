/** Side-effect-free exports: importing this module defines nothing. */
export { MensenhandelFaq, type MensenhandelFaqToggleDetail } from './mensenhandel-faq.js';
export { TAG_NAME, THEMES, type Theme, type HeadingLevel } from './attributes.js';
export { QUESTION_IDS, type QuestionId, type FaqContent, type FaqEntry, type Paragraph, type Inline, type Link } from './content.js';
export { LOCALES, preloadLanguage, type Locale } from './locale.js';
