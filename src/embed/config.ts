/**
 * What a site editor chooses for an embed, and the parts of the embed that follow from the
 * choices alone: the element's start tag, the fallback link, the help slot, the script's folder.
 * Pure string work with no Lit and no DOM, so the WordPress block's editor script uses it too.
 * The embed itself (the prerendered widget) is `embed()` in ./index.ts.
 */
import { OPTIONS, type Config } from '../options.js';

export { DEFAULT_CONFIG, type Config } from '../options.js';

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
 * runs; the widget replaces it once defined (it renders no default slot). Without a referrer,
 * as every link in the widget.
 */
export const FALLBACK = '<a href="https://maakhetzichtbaar.nl/wat-is-mensenhandel/" rel="noreferrer">De 6 meest gestelde vragen over mensenhandel</a>';

/** The element's attributes for a configuration, in a fixed order: `[name, value]` (no value: boolean). */
export function attributes(config: Config): [string, string?][] {
  return OPTIONS.flatMap(({ attribute, write }) => {
    const value = attribute && write?.(config);
    if (value === undefined || !attribute) return [];
    return [attribute.boolean ? [attribute.name] : [attribute.name, value]];
  });
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
