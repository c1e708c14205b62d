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
 *   The styles come as two links (the shadow root's, the text's) whose `data:` addresses carry
 *   them: no request, and a filter that strips unknown tags leaves no stylesheet text. After the
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
import { html, nothing } from 'lit';
import { parseExitUrl, parseLang, parseOpen, parseQuestions } from '../attributes.js';
import { faqContent, type FaqContent, type QuestionId } from '../content.js';
import { FILES, type FeatureName } from '../features.js';
import type { LitTags } from '../features/feature.js';
import { copyLink } from '../features/links.js';
import { exitButton } from '../features/quick-exit.js';
import { helpSection } from '../features/help.js';
import { languageMenu } from '../features/language-menu.js';
import { text } from '../light-text.js';
import { directionOf, LOCALES, SOURCE_LOCALE, type Locale } from '../locale.js';
import type { TemplateMap } from '@lit/localize';
import { translator } from '../messages.js';
import { OPTIONS } from '../options.js';
import { entry, shell } from '../templates.js';
import { attributes, escape, escapeText, FALLBACK, folderOf, helpSlot, languageFile, startTag, type Config, type Embed } from './config.js';
import { HOUSE_STYLES } from './house-styles.js';
import { topElements, withoutScript } from './markup.js';

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
  /** Each chunk's styles, by its file beside the script (src/features.ts `FILES`). */
  chunks: Partial<Record<string, string>>;
}

const LIT: LitTags = { html, nothing };
const none = () => {};

/**
 * A stylesheet link, as a `data:` address carrying the styles: no request, and a filter that
 * strips unknown tags leaves no stylesheet text behind (as a `<style>` would). Quotes and angle
 * brackets are %-encoded too: filters that read a tag up to the first `>` (WordPress's kses) would
 * otherwise end it inside the address and leave the rest on the page.
 */
const inlineLink = (styles: string) => `<link rel="stylesheet" href="${escape(`data:text/css,${styles.replace(/[%#"'<>\n]/g, encodeURIComponent)}`)}">`;

/**
 * The features and adapters a configuration's widget loads, in the registry's order
 * (src/features.ts): those of the options chosen (src/options.ts), the quick exit only for an
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
 * The fallback link in the widget's language. Dutch: `FALLBACK`, unchanged (the WordPress block
 * saves it in posts, and its markup must stay the same). In any other language the linked page
 * is still Dutch, so the link says so, as the widget's own links to Dutch sites do: it names the
 * questions in the widget's language, carries `hreflang="nl"`, and is followed by the note the
 * widget puts after such a link in its closing line ("(in Dutch)", "(po niderlandzku)"…: the
 * translators' own words).
 */
function fallback(content: FaqContent, locale: Locale): string {
  if (locale === SOURCE_LOCALE) return FALLBACK;
  const link = content.moreInfo.findIndex((run) => typeof run !== 'string');
  const after = content.moreInfo[link + 1];
  const note = (typeof after === 'string' ? after : '').match(/^\s*[(（][^)）]+[)）]/)?.[0] ?? '';
  if (!note) throw new Error(`mensenhandel-faq: no "(in Dutch)" note in ${locale} for the fallback link`);
  return FALLBACK.replace(/^<a href="([^"]*)">.*<\/a>$/, `<a href="$1" hreflang="nl">${escapeText(content.title)}</a>${escapeText(note)}`);
}

/**
 * The built files the embed is made of, from `dist` (the folder of mensenhandel-faq.js: a
 * `file:` address in Node, the script's own folder in a browser): its styles and the language's
 * messages (the very file the widget loads: a self-contained module).
 */
async function builtFiles(dist: URL | string, locale: Locale) {
  const load = <T>(file: string): Promise<T> => import(/* @vite-ignore */ new URL(file, dist).href);
  const [{ default: styles }, templates] = await Promise.all([
    load<{ default: Styles }>(STYLES_FILE),
    locale === SOURCE_LOCALE ? undefined : load<{ templates: TemplateMap }>(`locales/${locale}.js`).then((module) => module.templates),
  ]);
  return { styles, templates };
}

/** The embed for a configuration, made of the built files in `dist` (see `builtFiles`). */
export async function embed(config: Config, dist: URL | string): Promise<Embed> {
  // What the element makes of the attributes it will get: the same parsers.
  const given = Object.fromEntries(attributes(config));
  const locale = parseLang(given.lang ?? null, undefined).value;
  const ids = parseQuestions(given.questions).value;
  const opened = parseOpen(given.open).value;
  const open = new Set<QuestionId>(config.single ? opened.slice(0, 1) : opened);
  const exitUrl = parseExitUrl(given['exit-url']).value;
  const level = config.headingLevel;
  const { styles, templates } = await builtFiles(dist, locale);
  const content = faqContent(translator(templates));
  const { t } = content;
  const loaded = features(config, exitUrl);

  const shadow = withoutScript(
    shell({
      content,
      locale,
      theme: config.theme,
      title: config.hideTitle ? 0 : level,
      top: html`${exitUrl ? exitButton(LIT, t) : nothing}${config.languageMenu
        ? languageMenu(LIT, t, { options: LOCALES, current: locale, direction: directionOf })
        : nothing}`,
      allOpen: config.single || config.hideExpandAll ? undefined : ids.every((id) => open.has(id)),
      items: ids.map((id) => entry(id, { level: level + 1, open: open.has(id), toggle: none, reveal: none, after: config.id ? copyLink(LIT, t) : undefined })),
      help: config.help ? helpSection(LIT, t, level + 1) : nothing,
    }),
    config.single,
  );

  const folder = folderOf(config.scriptUrl);
  const [css, textCss] = [STYLESHEET, TEXT_STYLESHEET].map((file) => escape(folder + file));
  const [shadowStyles, textStyles] = config.strictCsp
    ? [`<link rel="stylesheet" href="${css}">`, `<link rel="stylesheet" href="${textCss}">`]
    : [inlineLink(styles.widget + loaded.map((name) => styles.chunks[FILES[name]] ?? '').join('')), inlineLink(styles.text)];
  // The embed's end, which the head's `expect` waits for (with an `id`, one per widget).
  const end = `${config.id ?? 'mensenhandel-faq'}-end`;
  const preloads = [languageFile(config), ...loaded.map((name) => FILES[name])].filter(Boolean);
  return {
    head: [
      `<link rel="expect" href="#${encodeURIComponent(end)}" blocking="render">`,
      ...(config.strictCsp ? [css, textCss].map((href) => `<link rel="preload" as="style" href="${href}">`) : []),
    ].join('\n'),
    body: [
      startTag(config),
      `  <template shadowrootmode="open">${shadowStyles}${shadow}</template>`,
      `  ${textStyles}`,
      ...topElements(text(content, locale, { ids, level, title: !config.hideTitle })).map((markup) => `  ${markup}`),
      `  ${fallback(content, locale)}`,
      ...(config.help ? [`  ${helpSlot(config.help)}`] : []),
      '</mensenhandel-faq>',
      `<script type="module" src="${escape(config.scriptUrl)}" id="${escape(end)}"></script>`,
      ...preloads.map((file) => `<link rel="modulepreload" href="${escape(folder + file)}">`),
    ].join('\n'),
  };
}
