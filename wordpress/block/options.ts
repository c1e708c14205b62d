/**
 * What the block stores, and the element it makes of it. The options are the configurator's
 * (demo/snippet.ts), and so is the translation into the element's attributes and fallback link:
 * a block and a pasted embed with the same settings give the same element.
 */
import { attributes, DEFAULT_CONFIG, FALLBACK, startTag, type Config } from '../../demo/snippet.js';

/** The block's attributes (block.json): the configurator's options, less what only a pasted embed needs. */
export type Options = Omit<Config, 'scriptUrl' | 'help' | 'strictCsp' | 'lang' | 'exitUrl' | 'id'> & {
  /** A language code, or empty: the page's language. */
  lang: string;
  exitUrl: string;
  id: string;
};

const config = (options: Options): Config => ({ ...DEFAULT_CONFIG, ...options, scriptUrl: '' });

/**
 * What the post saves: the element with its fallback link, as the configurator writes it. As a
 * string, because WordPress's serializer would write `open="2"` as a bare `open` (a boolean
 * attribute of `<details>`).
 */
export const markup = (options: Options) => `${startTag(config(options))}${FALLBACK}</mensenhandel-faq>`;

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
