import { DEFAULTS, type Theme } from '../src/attributes.js';

/** What the configurator lets a site editor choose; `undefined` leaves an attribute out. */
export interface Config {
  scriptUrl: string;
  lang?: string;
  theme: Theme;
  /** Shown question ids, in order. All six in seed order means "leave the attribute out". */
  questions: number[];
  /** Question ids open at first render. */
  open: number[];
  single: boolean;
  headingLevel: number;
  hideTitle: boolean;
  hideExpandAll: boolean;
  languageMenu: boolean;
  /** The element's id: makes shareable links and copy-link buttons. */
  id?: string;
  exitUrl?: string;
  structuredData: boolean;
  /** The partner's own help text (phone, chat, opening hours): plain text, shown after the answers. */
  help?: string;
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
};

const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Shown by pages where the script cannot run (blocked, failed, JavaScript off); the widget
 * replaces it once defined (it renders no slot).
 */
export const FALLBACK = '<a href="https://maakhetzichtbaar.nl/wat-is-mensenhandel/">De 6 meest gestelde vragen over mensenhandel</a>';

/** The exact markup to paste into a page: the script tag and the configured element. */
export function snippet(config: Config): string {
  const attributes: string[] = [];
  const add = (name: string, value?: string) => attributes.push(value === undefined ? name : `${name}="${escape(value)}"`);
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
  // The help text as text (escaped), its line breaks kept.
  const help = config.help ? `\n  <p slot="help">${escape(config.help).replace(/>/g, '&gt;').replace(/\r?\n/g, '<br>\n  ')}</p>` : '';
  const element = `<mensenhandel-faq${attributes.map((a) => ` ${a}`).join('')}>\n  ${FALLBACK}${help}\n</mensenhandel-faq>`;
  // blocking="render" (in <head>): the widget is in the first paint, so nothing below it moves.
  return `<script type="module" src="${escape(config.scriptUrl)}" blocking="render"></script>\n${element}`;
}
