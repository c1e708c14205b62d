/**
 * The options of an embed, one row each, in the spirit of GOV.UK Frontend's per-component
 * params: the element's attribute, its default and parser, the configurator's Dutch label, the
 * chunk it needs. The embed's configuration and start tag (src/embed/config.ts) and the command
 * line (scripts/snippet.mjs) are made from this table; the element's properties, the
 * configurator's form, the WordPress block (block.json) and the plugin's PHP lists are checked
 * against it (test/node/options.test.mjs), as are the documentation's and the fuzz test's lists.
 * Not in the widget's script: the element keeps its own compact property declarations.
 */
import { DEFAULTS, parseExitUrl, parseHeadingLevel, parseLang, parseOpen, parseQuestions, parseTheme, type HeadingLevel, type Parsed, type Theme } from './attributes.js';
import { QUESTION_IDS, type QuestionId } from './content.js';
import type { FeatureName } from './chunks.js';

/** What a site editor chooses: the configurator's form, the block's attributes, the command line's options. */
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
   * The portal's NL Design System house style (an id of src/embed/house-styles.ts): the
   * prerendered content carries the styles of the design-system adapters the widget loads under it.
   */
  houseStyle?: string;
}

/** One option. */
export interface Option<K extends keyof Config = keyof Config> {
  key: K;
  /** A yes/no choice (a checkbox; a flag on the command line), or a value. */
  kind: 'flag' | 'value';
  /** Its value when not chosen; `undefined`: none. */
  default: Config[K];
  /** The configurator's label (Dutch): its form field is named `key`. */
  label: string;
  /** The element's attribute it becomes, and whether that is a boolean attribute; none: the embed's own. */
  attribute?: { name: string; boolean: boolean };
  /** Its value as the element's attribute; `undefined`: left out, `''`: a boolean attribute. */
  write?: (config: Config) => string | undefined;
  /** The element's own parser, for the command line, which refuses what the element would warn about. */
  parse?: (text: string) => Parsed<unknown>;
  /** The lazy chunk (src/chunks.ts) a widget loads when the option is chosen. */
  chunk?: FeatureName;
  /** The WordPress block keeps it (block.json). */
  block: boolean;
}

const flag = (key: 'single' | 'hideTitle' | 'hideExpandAll' | 'structuredData', name: string, label: string, chunk?: FeatureName): Option => ({
  key,
  kind: 'flag',
  default: false,
  label,
  attribute: { name, boolean: true },
  write: (config) => (config[key] ? '' : undefined),
  ...(chunk ? { chunk } : {}),
  block: true,
});

/** The options, in the order of the element's attributes in an embed. */
export const OPTIONS: readonly Option[] = [
  { key: 'id', kind: 'value', default: undefined, label: 'Naam voor links naar één vraag', attribute: { name: 'id', boolean: false }, write: (config) => config.id || undefined, chunk: 'links', block: true },
  {
    key: 'lang',
    kind: 'value',
    default: undefined,
    label: 'Taal',
    attribute: { name: 'lang', boolean: false },
    write: (config) => config.lang || undefined,
    parse: (text) => parseLang(text, undefined),
    block: true,
  },
  {
    key: 'theme',
    kind: 'value',
    default: DEFAULTS.theme,
    label: 'Kleuren',
    attribute: { name: 'theme', boolean: false },
    write: (config) => (config.theme !== DEFAULTS.theme ? config.theme : undefined),
    parse: parseTheme,
    chunk: 'dark',
    block: true,
  },
  {
    key: 'questions',
    kind: 'value',
    default: [...QUESTION_IDS],
    label: 'Vragen, volgorde en wat open staat',
    attribute: { name: 'questions', boolean: false },
    write: (config) => (config.questions.join() !== QUESTION_IDS.join() ? config.questions.join(' ') : undefined),
    parse: parseQuestions,
    block: true,
  },
  {
    key: 'open',
    kind: 'value',
    default: [],
    label: 'Vragen, volgorde en wat open staat',
    attribute: { name: 'open', boolean: false },
    write: (config) => {
      const open = config.open.filter((id) => config.questions.includes(id));
      if (!open.length) return undefined;
      return open.length === config.questions.length && !config.single ? 'all' : open.join(' ');
    },
    parse: parseOpen,
    block: true,
  },
  flag('single', 'single', 'Eén antwoord tegelijk open'),
  {
    key: 'headingLevel',
    kind: 'value',
    default: DEFAULTS.headingLevel,
    label: 'Kopniveau van de titel',
    attribute: { name: 'heading-level', boolean: false },
    write: (config) => (config.headingLevel !== DEFAULTS.headingLevel ? String(config.headingLevel) : undefined),
    parse: (text) => parseHeadingLevel(text, text),
    block: true,
  },
  flag('hideTitle', 'hide-title', 'Titel verbergen'),
  flag('hideExpandAll', 'hide-expand-all', 'Knop “alle antwoorden tonen” verbergen'),
  {
    key: 'languageMenu',
    kind: 'flag',
    default: false,
    label: 'Bezoekers laten kiezen uit alle talen',
    attribute: { name: 'languages', boolean: false },
    write: (config) => (config.languageMenu ? 'all' : undefined),
    chunk: 'menu',
    block: true,
  },
  {
    key: 'exitUrl',
    kind: 'value',
    default: undefined,
    label: 'Adres voor de knop “Snel weg”',
    attribute: { name: 'exit-url', boolean: false },
    write: (config) => config.exitUrl || undefined,
    parse: parseExitUrl,
    chunk: 'exit',
    block: true,
  },
  flag('structuredData', 'structured-data', 'Vragen en antwoorden aan zoekmachines doorgeven', 'data'),
  { key: 'help', kind: 'value', default: undefined, label: 'Uw eigen hulplijn: telefoon, chat, openingstijden', chunk: 'help', block: true },
  { key: 'scriptUrl', kind: 'value', default: '', label: 'Adres van mensenhandel-faq.js op uw server', block: false },
  { key: 'strictCsp', kind: 'flag', default: false, label: 'Mijn site staat geen data:-stijlen toe', block: false },
  { key: 'houseStyle', kind: 'value', default: undefined, label: 'Huisstijl van uw portaal', block: false },
];

/** The configuration with every option at its default, but the script's address. */
export const DEFAULT_CONFIG = Object.fromEntries(
  OPTIONS.filter(({ key, default: value }) => key !== 'scriptUrl' && value !== undefined).map(({ key, default: value }) => [key, value]),
) as Omit<Config, 'scriptUrl'>;
