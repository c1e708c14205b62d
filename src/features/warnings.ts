/**
 * The words of the element's warnings (`<mensenhandel-faq>: <attribute>="<value>": <what happens>.
 * Accepted: <what is>.`), loaded only when an element has something to warn about (a lazy chunk
 * that imports nothing at run time): attributes.ts says what was wrong as a `Problem`, this says it
 * in words. `npm run snippet` prints the same words.
 */
import type { Problem } from '../attributes.js';
import type { FeatureName } from '../chunks.js';

const IDS = 'ids 1 to 6, separated by commas or spaces';
const quote = (value: string) => JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);

/** What happens, and what is accepted, for each outcome. */
const MESSAGES: Record<Exclude<Problem[2], 'chunk'>, (detail: string, attribute: string, languages: string) => [string, string]> = {
  ignored: (detail, attribute, languages) => [`ignoring ${quote(detail)}`, attribute === 'questions' ? IDS : `"all" or ${attribute === 'open' ? IDS : languages}`],
  none: () => ['no known question, showing all six', IDS],
  // The themes of attributes.ts's THEMES (test/node/attributes.test.mjs checks they agree).
  theme: (detail) => [`using "${detail}"`, 'light, dark, auto'],
  level: (detail) => [`using ${detail}`, '1 to 6'],
  exit: () => ['no quick-exit button', 'a full https:// or http:// address'],
  lang: (_, __, languages) => ['not shipped, showing Dutch (nl)', languages],
  load: (_, __, languages) => ['its file did not load, showing Dutch (nl)', languages],
};

/**
 * Each lazy chunk's file beside the entry (chunks.ts's FILES: test/node/attributes.test.mjs checks
 * they agree) and what a widget shows without it.
 */
export const CHUNKS: Record<FeatureName, [file: string, without: string]> = {
  menu: ['features/language-menu.js', 'no language menu'],
  exit: ['features/quick-exit.js', 'no quick-exit button'],
  data: ['features/structured-data.js', 'no structured data'],
  links: ['features/links.js', 'no links to questions and no copy-link buttons'],
  help: ['features/help.js', 'the help blocks without their heading, in every language given'],
  dark: ['features/dark-theme.js', 'the light theme'],
  utrecht: ['design-systems/utrecht.js', 'its own styles, not the design system’s'],
  denhaag: ['design-systems/denhaag.js', 'its own styles, not the design system’s'],
  amsterdam: ['design-systems/amsterdam.js', 'its own styles, not the design system’s'],
};

/** The warning for `problem`; `languages` are the shipped ones (locale.ts's LOCALES). */
export function describe([attribute, value, outcome, detail = '']: Problem, languages: readonly string[]): string {
  if (outcome === 'chunk') {
    // A missing file: `attribute` is the chunk, `value` the browser's error.
    const [file, without] = CHUNKS[attribute as FeatureName];
    return `${file} did not load (${value}), showing ${without}. Put every file of dist/ beside mensenhandel-faq.js, in their folders.`;
  }
  const [happens, accepted] = MESSAGES[outcome](detail, attribute, languages.join(', '));
  return `${attribute}=${quote(value)}: ${happens}. Accepted: ${accepted}.`;
}
