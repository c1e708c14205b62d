// The shipped messages, read from the XLIFF files (locales/), for checks and the benchmark that
// need the text independently of the element: what the translators wrote, not what it rendered.
import { readFileSync } from 'node:fs';

/** A language's message by id, as plain text with its placeholders (Dutch: the source). */
export function messages(lang) {
  const xliff = readFileSync(`locales/${lang === 'nl' ? 'en' : lang}.xlf`, 'utf8');
  const element = lang === 'nl' ? 'source' : 'target';
  return (id) => xliff.match(new RegExp(`<trans-unit id="${id.replace('.', '\\.')}">[\\s\\S]*?<${element}>([\\s\\S]*?)</${element}>`))[1];
}

/** The six questions and answers in a language, as plain text (question 6's link as its text). */
export function questionsAndAnswers(lang) {
  const message = messages(lang);
  const text = (id) => message(id).replace(/<x id="0"[^>]*\/>/, message('q6.link')).replace(/&amp;/g, '&');
  return [1, 2, 3, 4, 5, 6].map((n) => ({ question: text(`q${n}.question`), answer: text(`q${n}.answer`) }));
}
