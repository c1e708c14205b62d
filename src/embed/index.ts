/**
 * The embed: the markup a page needs for the widget, rendered from the element's own templates
 * with Lit's server renderer — in Node (`npm run snippet`, the prerendered snippets, the
 * WordPress build, the bench, a static-site build: `mensenhandel-faq/embed`) and in the browser
 * (the configurator) alike, with no DOM.
 *
 * - `body`: the element with its text as its own children (src/light-text.ts: what page tools,
 *   crawlers and a CMS's filter read) and its structure prerendered as a declarative shadow root
 *   that places the text with slots, in its language and styles, so the questions are painted
 *   with the page around them and readable without any script (./markup.ts `withoutScript`).
 *   The styles come as links whose `data:` addresses carry them (in the shadow root one per
 *   stylesheet: the widget's, then each chunk's it will load; after it the text's): no request,
 *   and a filter that strips unknown tags leaves no stylesheet text. After the
 *   element: the script (a module: it never holds up the page's first paint) and a preload of
 *   each file it will ask for (its language, its features, the house style's adapters), all
 *   addressed beside the script. They come after the content, so on a slow connection the
 *   content's bytes arrive first. When the script runs, the element takes the content over in
 *   place (same size: nothing moves), keeping what the visitor opened.
 * - `head`: `<link rel="expect" blocking="render">` pointing at the script after the element:
 *   the browser paints the page once the questions are parsed, never a half-parsed widget, and
 *   waits for no file (Chromium; WebKit reports support; Firefox ignores it). A slow phone then
 *   lays the page out once instead of once per parsed chunk, which shows the questions sooner
 *   (npm run bench). For pages whose Content-Security-Policy allows no `data:` styles, also a
 *   preload of the two stylesheets, which the content then links as files.
 */
import type { TemplateMap } from '@lit/localize';
import { parseExitUrl, parseLang, parseOpen, parseQuestions } from '../attributes.js';
import { FILES, type FeatureName } from '../chunks.js';
import { faqContent, type QuestionId } from '../content.js';
import { LOCALES, SOURCE_LOCALE, type Locale } from '../locale.js';
import { translator } from '../messages.js';
import { OPTIONS } from '../options.js';
import { shadowContent, textContent, type Parsed } from './compose.js';
import { attributes, escape, folderOf, helpSlot, startTag, type Config, type Embed } from './config.js';
import { HOUSE_STYLES } from './house-styles.js';
import { commonPieces, languagePieces, type CommonPieces, type LanguagePieces } from './pieces.js';

export { attributes, DEFAULT_CONFIG, escape, FALLBACK, helpMarkup, helpSlot, startTag, type Config, type Embed } from './config.js';
export { HOUSE_STYLES, type HouseStyle } from './house-styles.js';

/** The stylesheet beside the script: the widget's shadow-root styles plus those of its prerendered form. */
export const STYLESHEET = 'mensenhandel-faq.css';
/** The stylesheet beside the script for the widget's text in the light DOM (src/light-text.styles.ts). */
export const TEXT_STYLESHEET = 'mensenhandel-faq-text.css';
/**
 * Beside the script: the styles the embed carries (`Styles`, the default export), written by the
 * build (scripts/stylesheet.mjs). A module, so that Node and browsers import it alike.
 */
export const STYLES_FILE = 'mensenhandel-faq.embed.js';

/** The built, minified styles the embed carries as `data:` addresses (`STYLES_FILE`). */
export interface Styles {
  /** mensenhandel-faq.css */
  widget: string;
  /** mensenhandel-faq-text.css */
  text: string;
  /** Each chunk's styles, by its file beside the script (src/chunks.ts `FILES`). */
  chunks: Partial<Record<string, string>>;
}

/**
 * A stylesheet link, as a `data:` address carrying the styles: no request, and a filter that
 * strips unknown tags leaves no stylesheet text behind (as a `<style>` would). Quotes and angle
 * brackets are %-encoded too: filters that read a tag up to the first `>` (WordPress's kses) would
 * otherwise end it inside the address and leave the rest on the page.
 */
const inlineLink = (styles: string) => `<link rel="stylesheet" href="${escape(`data:text/css,${styles.replace(/[%#"'<>\n]/g, encodeURIComponent)}`)}">`;

/**
 * The features and adapters a configuration's widget loads, in the registry's order
 * (src/chunks.ts): those of the options chosen (src/options.ts), the quick exit only for an
 * address the element accepts, and the house style's adapters.
 */
function features(config: Config, exitUrl: string | undefined): FeatureName[] {
  const chosen = OPTIONS.filter(({ key, write }) => (write ? write(config) !== undefined : Boolean(config[key])));
  const needed = new Set<FeatureName>([
    ...chosen.flatMap(({ chunk }) => (chunk && (chunk !== 'exit' || exitUrl) ? [chunk] : [])),
    ...(HOUSE_STYLES.find(({ id }) => id === config.houseStyle)?.adapters ?? []),
  ]);
  return (Object.keys(FILES) as FeatureName[]).filter((name) => needed.has(name));
}

/**
 * The built files the embed is made of, from `dist` (the folder of mensenhandel-faq.js: a
 * `file:` address in Node, the script's own folder in a browser): its styles and a language's
 * messages (the very file the widget loads: a self-contained module).
 */
const load = <T>(dist: URL | string, file: string): Promise<T> => import(/* @vite-ignore */ new URL(file, dist).href);
/** A language's messages beside the script; none for Dutch, the source. */
const languageFile = (locale: Locale) => (locale === SOURCE_LOCALE ? undefined : `locales/${locale}.js`);
const stylesOf = async (dist: URL | string) => (await load<{ default: Styles }>(dist, STYLES_FILE)).default;
async function contentOf(dist: URL | string, locale: Locale) {
  const file = languageFile(locale);
  const templates = file ? (await load<{ templates: TemplateMap }>(dist, file)).templates : undefined;
  return faqContent(translator(templates));
}

/** What the element will make of a configuration: the same parsers, on the attributes it gets. */
function parsed(config: Config): Parsed & { locale: Locale } {
  const given = Object.fromEntries(attributes(config));
  const opened = parseOpen(given.open).value;
  return {
    locale: parseLang(given.lang ?? null, undefined).value,
    ids: parseQuestions(given.questions).value,
    open: new Set<QuestionId>(config.single ? opened.slice(0, 1) : opened),
    exitUrl: parseExitUrl(given['exit-url']).value,
  };
}

/** Every piece of every language, and the stylesheet links: what the WordPress plugin assembles embeds from. */
export async function allPieces(dist: URL | string): Promise<{ common: CommonPieces; languages: Record<string, LanguagePieces>; links: Record<string, string> }> {
  const styles = await stylesOf(dist);
  const languages: Record<string, LanguagePieces> = {};
  for (const locale of LOCALES) languages[locale] = languagePieces(await contentOf(dist, locale), locale);
  return {
    common: commonPieces(await contentOf(dist, SOURCE_LOCALE)),
    languages,
    links: Object.fromEntries(Object.entries({ widget: styles.widget, text: styles.text, ...styles.chunks }).map(([name, css]) => [name, inlineLink(css!)])),
  };
}

/** The embed for a configuration, made of the built files in `dist` (see `load`). */
export async function embed(config: Config, dist: URL | string): Promise<Embed> {
  const { locale, ...what } = parsed(config);
  const [styles, content] = await Promise.all([stylesOf(dist), contentOf(dist, locale)]);
  const language = languagePieces(content, locale);
  const loaded = features(config, what.exitUrl);
  const folder = folderOf(config.scriptUrl);
  const [css, textCss] = [STYLESHEET, TEXT_STYLESHEET].map((file) => escape(folder + file));
  // One link per stylesheet: the widget's, then each chunk's that it will load.
  const [shadowStyles, textStyles] = config.strictCsp
    ? [`<link rel="stylesheet" href="${css}">`, `<link rel="stylesheet" href="${textCss}">`]
    : [[styles.widget, ...loaded.flatMap((name) => styles.chunks[FILES[name]] ?? [])].map(inlineLink).join(''), inlineLink(styles.text)];
  // The embed's end, which the head's `expect` waits for (with an `id`, one per widget).
  const end = `${config.id ?? 'mensenhandel-faq'}-end`;
  const preloads = [languageFile(locale), ...loaded.map((name) => FILES[name])].filter(Boolean);
  return {
    head: [
      `<link rel="expect" href="#${encodeURIComponent(end)}" blocking="render">`,
      ...(config.strictCsp ? [css, textCss].map((href) => `<link rel="preload" as="style" href="${href}">`) : []),
    ].join('\n'),
    body: [
      startTag(config),
      `  <template shadowrootmode="open">${shadowStyles}${shadowContent(config, what, commonPieces(content), language)}</template>`,
      `  ${textStyles}`,
      ...textContent(config, what, language).map((markup) => `  ${markup}`),
      `  ${language.fallback}`,
      ...(config.help ? [`  ${helpSlot(config.help)}`] : []),
      '</mensenhandel-faq>',
      `<script type="module" src="${escape(config.scriptUrl)}" id="${escape(end)}"></script>`,
      ...preloads.map((file) => `<link rel="modulepreload" href="${escape(folder + file)}">`),
    ].join('\n'),
  };
}
