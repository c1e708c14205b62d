/**
 * What the block stores, and the element it makes of it. The options are the configurator's
 * (src/embed/config.ts), and so is the translation into the element's attributes, fallback link and
 * help slot: a block and a pasted embed with the same settings give the same element.
 */
import { attributes, DEFAULT_CONFIG, escape, FALLBACK, startTag, type Config } from '../../src/embed/config.js';
import { parseQuestions } from '../../src/attributes.js';
import type { QuestionId } from '../../src/content.js';

/**
 * The block's attributes (block.json): the configurator's options, less what only a pasted
 * embed needs. `id` and `help`, which may hold any typed text, are read back from the saved
 * element, not kept in the block's comment: WordPress filters the comment's values as HTML for
 * users without unfiltered_html, so a typed `&` would come back as `&amp;`, and the block as
 * invalid. `exitUrl` is the exception: it stays in the comment and never reaches the saved
 * element, since the plugin lets only users with unfiltered_html keep an `exit-url` in a post's
 * HTML (a block's saved HTML is what WordPress's editor shows when the block is invalid); the
 * plugin puts it on the element when the page is served, and `known` undoes the filter's `&amp;`.
 */
export type Options = Omit<Config, 'scriptUrl' | 'help' | 'strictCsp' | 'houseStyle' | 'lang' | 'exitUrl' | 'id' | 'questions' | 'open'> & {
  /** Question ids as stored: a saved block may hold any number (`known` keeps the widget's). */
  questions: number[];
  open: number[];
  /** A language code, or empty: the page's language. */
  lang: string;
  exitUrl: string;
  id: string;
  /** The partner's own help lines, each a help slot (the widget shows the one in its language, else the one without). */
  help: Help[];
};

/**
 * One help line: its language (none: for every language without a line of its own), and its
 * content as saved (src/embed/config.ts `helpMarkup`: escaped text, `<br>` per line).
 */
export interface Help {
  lang?: string;
  content: string;
}

// Unknown ids reach the element as written (it warns and drops them), as a pasted embed's would.
const config = (options: Options): Config => ({ ...DEFAULT_CONFIG, ...options, questions: options.questions as QuestionId[], open: options.open as QuestionId[], help: undefined, scriptUrl: '' });

/**
 * What the post saves: the element with its fallback link and help slot, as the configurator
 * writes it, without the quick-exit address (kept in the block's comment). As a string, because
 * WordPress's serializer would write `open="2"` as a bare `open` (a boolean attribute of `<details>`).
 */
export const markup = (options: Options) => savedElement({ ...options, exitUrl: '' });

/**
 * What version 0.3.0 and earlier saved: the same, with the quick-exit address on the element
 * (index.ts reads it back), and the fallback link without `rel="noreferrer"`.
 */
export const markup030 = (options: Options) => savedElement(options, FALLBACK.replace(' rel="noreferrer"', ''));

const savedElement = (options: Options, fallback = FALLBACK) =>
  `${startTag(config(options))}${fallback}${options.help
    .filter(({ content }) => content)
    .map(({ lang, content }) => `<p slot="help"${lang ? ` lang="${escape(lang)}"` : ''}>${content}</p>`)
    .join('')}</mensenhandel-faq>`;

/** The help slot's content as the text typed: each `<br>` (with the indent after it) a line break. */
export function helpText(content: string): string {
  const slot = document.createElement('template');
  slot.innerHTML = content;
  return [...slot.content.childNodes]
    .map((node) => (node.nodeName === 'BR' ? '\n' : node.previousSibling?.nodeName === 'BR' ? node.textContent!.replace(/^\n {2}/, '') : node.textContent))
    .join('');
}

/**
 * The options as the widget reads them: question ids it knows, each once (none known: all six,
 * as the widget does). A block saved with an id the widget lacks (`questions: [99]`, typed into
 * the code editor or saved by a later version) then shows what visitors see, and a change in
 * the sidebar saves the known ids. Unchanged, the block saves what it stored, so it stays valid.
 */
export function known(options: Options): Options {
  const questions: number[] = [...parseQuestions(options.questions.join(' ')).value];
  return { ...options, questions, open: options.open.filter((id) => questions.includes(id)), exitUrl: options.exitUrl.replaceAll('&amp;', '&') };
}

/** The element's attributes as element props: name → value (a boolean attribute: empty). */
const elementProps = (options: Options): Record<string, string> =>
  Object.fromEntries(attributes(config(options)).map(([name, value]) => [name, value ?? '']));

/**
 * The editor's live preview: the same element, in the site's language where the block follows
 * the page's (the editor's own page is in the editor user's language), without the quick exit
 * (pressing Shift three times while typing in the editor would leave it) and structured data
 * (which would end up in the editor's own page).
 */
export const previewProps = (options: Options, siteLanguage: string) =>
  elementProps({ ...options, lang: options.lang || siteLanguage, exitUrl: '', structuredData: false });
