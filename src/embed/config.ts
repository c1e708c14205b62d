/**
 * What a site editor chooses for an embed, and the parts of the embed that follow from the
 * choices alone: the element's start tag, the fallback link, the help slot, the files to preload.
 * Pure string work with no Lit and no DOM, so the WordPress block's editor script uses it too.
 * The embed itself (the prerendered widget) is `embed()` in ./index.ts.
 */
import { DEFAULTS, type HeadingLevel, type Theme } from '../attributes.js';
import type { QuestionId } from '../content.js';
import { matchLocale, SOURCE_LOCALE } from '../locale.js';

/** What the configurator lets a site editor choose; `undefined` leaves an attribute out. */
export interface Config {
  /** Where the page loads mensenhandel-faq.js from; every other file is addressed beside it. */
  scriptUrl: string;
  lang?: string;
  theme: Theme;
  /** Shown question ids, in order. All six in seed order means "leave the attribute out". */
  questions: QuestionId[];
  /** Question ids open at first render. */
  open: QuestionId[];
  single: boolean;
  headingLevel: HeadingLevel;
  hideTitle: boolean;
  hideExpandAll: boolean;
  languageMenu: boolean;
  /** The element's id: makes shareable links and copy-link buttons. */
  id?: string;
  exitUrl?: string;
  structuredData: boolean;
  /** The partner's own help text (phone, chat, opening hours): plain text, shown after the answers. */
  help?: string;
  /**
   * For pages whose Content-Security-Policy allows no `data:` styles: the prerendered content
   * links mensenhandel-faq.css and mensenhandel-faq-text.css (beside the script) instead of
   * carrying its styles as `data:` addresses.
   */
  strictCsp: boolean;
  /**
   * The portal's NL Design System house style (an id of ./house-styles.ts): the prerendered
   * content carries the styles of the design-system adapters the widget loads under it.
   */
  houseStyle?: string;
}

export const DEFAULT_CONFIG: Omit<Config, 'scriptUrl'> = {
  theme: DEFAULTS.theme,
  questions: [1, 2, 3, 4, 5, 6],
  open: [],
  single: false,
  headingLevel: DEFAULTS.headingLevel,
  hideTitle: false,
  hideExpandAll: false,
  languageMenu: false,
  structuredData: false,
  strictCsp: false,
};

/** The markup for the page's `<head>`, and for the place where the questions belong. */
export interface Embed {
  head: string;
  body: string;
}

/** A value escaped for a quoted attribute (and for text, but for `>`). */
export const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A value escaped for text. */
export const escapeText = (value: string) => escape(value).replace(/>/g, '&gt;');

/**
 * Shown by browsers without declarative shadow DOM until the script runs, and where it never
 * runs; the widget replaces it once defined (it renders no default slot).
 */
export const FALLBACK = '<a href="https://maakhetzichtbaar.nl/wat-is-mensenhandel/">De 6 meest gestelde vragen over mensenhandel</a>';

/** The element's attributes for a configuration, in a fixed order: `[name, value]` (no value: boolean). */
export function attributes(config: Config): [string, string?][] {
  const list: [string, string?][] = [];
  const add = (name: string, value?: string) => list.push([name, value]);
  if (config.id) add('id', config.id);
  if (config.lang) add('lang', config.lang);
  if (config.theme !== DEFAULTS.theme) add('theme', config.theme);
  if (config.questions.join() !== '1,2,3,4,5,6') add('questions', config.questions.join(' '));
  const open = config.open.filter((id) => config.questions.includes(id));
  if (open.length) add('open', open.length === config.questions.length && !config.single ? 'all' : open.join(' '));
  if (config.single) add('single');
  if (config.headingLevel !== DEFAULTS.headingLevel) add('heading-level', String(config.headingLevel));
  if (config.hideTitle) add('hide-title');
  if (config.hideExpandAll) add('hide-expand-all');
  if (config.languageMenu) add('languages', 'all');
  if (config.exitUrl) add('exit-url', config.exitUrl);
  if (config.structuredData) add('structured-data');
  return list;
}

/** The element's start tag for a configuration, every value escaped. */
export const startTag = (config: Config) =>
  `<mensenhandel-faq${attributes(config)
    .map(([name, value]) => (value === undefined ? ` ${name}` : ` ${name}="${escape(value)}"`))
    .join('')}>`;

/**
 * The partner's help text (`help`) as the content of the element's `help` slot: plain text,
 * escaped (never markup), each line break a `<br>` and a new indented line.
 */
export const helpMarkup = (help: string) => escapeText(help).replace(/\r?\n/g, '<br>\n  ');

/** The help text as the element's `help` slot. */
export const helpSlot = (help: string) => `<p slot="help">${helpMarkup(help)}</p>`;

/** The folder the script is in: every other file of the embed is addressed beside it. */
export const folderOf = (scriptUrl: string) => scriptUrl.replace(/[?#].*$/, '').replace(/[^/]*$/, '');

/** The language file (beside the script) a configuration's widget imports; none for Dutch. */
export function languageFile(config: Config): string | undefined {
  const locale = matchLocale(config.lang ?? SOURCE_LOCALE);
  return locale && locale !== SOURCE_LOCALE ? `locales/${locale}.js` : undefined;
}
