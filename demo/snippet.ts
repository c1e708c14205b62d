/**
 * The embed: the markup a page needs for the widget, as the configurator shows it and as
 * `npm run snippet` prints it (scripts/snippet.mjs runs this very module in Chromium).
 *
 * - `body`: the element with its text as its own children (src/light-text.ts: what page tools,
 *   crawlers and a CMS's filter read) and its structure prerendered as a declarative shadow root
 *   that places the text with slots, in its language and styles, so the questions are painted
 *   with the page around them and readable without any script. The styles come as two links
 *   (the shadow root's, the text's) whose `data:` addresses carry them: no request, and a filter
 *   that strips unknown tags leaves no stylesheet text. Each question is a `<details>`, which opens without a script; controls
 *   that need the script keep their place but are neither shown nor announced, and their text is
 *   marked `data-nosnippet`. After the element: the script (a module: it never holds up the
 *   page's first paint) and a preload of each file it will ask for (its language, its features),
 *   all addressed beside the script. They come after the content, so on a slow connection the
 *   content's bytes arrive first. When the script runs, the element takes the content over in
 *   place (same size: nothing moves), keeping what the visitor opened.
 * - `head`: `<link rel="expect" blocking="render">` pointing at the script after the element:
 *   the browser paints the page once the questions are parsed, never a half-parsed widget, and
 *   waits for no file (Chromium; WebKit reports support; Firefox ignores it). A slow phone then
 *   lays the page out once instead of once per parsed chunk, which shows the questions sooner
 *   (npm run bench).
 *   For pages whose Content-Security-Policy allows no `data:` styles, also a preload of the two
 *   stylesheets, which the content then links as files.
 */
import { DEFAULTS, type Theme } from '../src/attributes.js';
import { ownText } from '../src/light-text.js';
import { matchLocale, SOURCE_LOCALE } from '../src/locale.js';

/** What the configurator lets a site editor choose; `undefined` leaves an attribute out. */
export interface Config {
  /** Where the page loads mensenhandel-faq.js from; every other file is addressed beside it. */
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
  /**
   * For pages whose Content-Security-Policy allows no `data:` styles: the prerendered content
   * links mensenhandel-faq.css and mensenhandel-faq-text.css (beside the script) instead of
   * carrying its styles as `data:` addresses.
   */
  strictCsp: boolean;
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

/**
 * Shown by browsers without declarative shadow DOM until the script runs, and where it never
 * runs; the widget replaces it once defined (it renders no default slot).
 */
export const FALLBACK = '<a href="https://maakhetzichtbaar.nl/wat-is-mensenhandel/">De 6 meest gestelde vragen over mensenhandel</a>';

/**
 * The fallback link of an embed in the rendered widget's language. Dutch: `FALLBACK`, unchanged
 * (the WordPress block saves `FALLBACK` in posts, and its markup must stay the same). In any other
 * language the linked page is still Dutch, so the link says so, as the widget's own links to Dutch
 * sites do: it names the questions in the widget's language, carries `hreflang="nl"`, and is
 * followed by the very note the widget puts after such a link in its closing line ("(in Dutch)",
 * "(po niderlandzku)", "（荷兰语）"…: the translators' own words, from the XLIFF files).
 */
export function fallback(root: ShadowRoot): string {
  const base = root.querySelector('[part~="base"]');
  const lang = base?.getAttribute('lang');
  if (!base || !lang || lang === SOURCE_LOCALE) return FALLBACK;
  const text = (selector: string) => root.host.querySelector(`:scope > [slot="${selector}"]`);
  const title = (text('title')?.textContent ?? base.getAttribute('aria-label') ?? '').replace(/\s+/g, ' ').trim();
  const link = text('more-info')?.querySelector('a[hreflang="nl"]');
  // The text after the link, up to the next element (Lit leaves comment markers between runs).
  let after = '';
  for (let node = link?.nextSibling; node && node.nodeType !== Node.ELEMENT_NODE; node = node.nextSibling) {
    if (node.nodeType === Node.TEXT_NODE) after += node.textContent;
  }
  const note = after.match(/^\s*[(（][^)）]+[)）]/)?.[0] ?? '';
  if (!title || !note) throw new Error(`mensenhandel-faq: no title or "(in Dutch)" note in ${lang} for the fallback link`);
  const markup = (value: string) => escape(value).replace(/>/g, '&gt;');
  return FALLBACK.replace(/^<a href="([^"]*)">.*<\/a>$/, `<a href="$1" hreflang="nl">${markup(title)}</a>${markup(note)}`);
}

/** The stylesheet beside the script: the widget's shadow-root styles plus those of its prerendered form. */
export const STYLESHEET = 'mensenhandel-faq.css';
/** The stylesheet beside the script for the widget's text in the light DOM (src/light-text.styles.ts). */
export const TEXT_STYLESHEET = 'mensenhandel-faq-text.css';

/**
 * A stylesheet link, as a `data:` address carrying the styles: no request, and a filter that
 * strips unknown tags leaves no stylesheet text behind (as a `<style>` would). Quotes and angle
 * brackets are %-encoded too: filters that read a tag up to the first `>` (WordPress's kses) would
 * otherwise end it inside the address and leave the rest on the page.
 */
const inlineLink = (styles: string) => `<link rel="stylesheet" href="${escape(`data:text/css,${styles.replace(/[%#"'<>\n]/g, encodeURIComponent)}`)}">`;

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
export const helpMarkup = (help: string) => escape(help).replace(/>/g, '&gt;').replace(/\r?\n/g, '<br>\n  ');

/** The help text as the element's `help` slot. */
export const helpSlot = (help: string) => `<p slot="help">${helpMarkup(help)}</p>`;

/** The files (beside the script) the widget will import for this configuration. */
function chunks(config: Config): string[] {
  const locale = matchLocale(config.lang ?? SOURCE_LOCALE);
  return [
    ...(locale && locale !== SOURCE_LOCALE ? [`locales/${locale}.js`] : []),
    ...(config.theme !== 'light' ? ['features/dark-theme.js'] : []),
    ...(config.languageMenu ? ['features/language-menu.js'] : []),
    ...(config.exitUrl ? ['features/quick-exit.js'] : []),
    ...(config.structuredData ? ['features/structured-data.js'] : []),
    ...(config.id ? ['features/links.js'] : []),
    ...(config.help ? ['features/help.js'] : []),
  ];
}

/**
 * The embed for a configuration. Renders the widget in `container` (the configurator's preview,
 * dressed in a portal's house style: the styles of its design-system adapter are then
 * prerendered too), takes its content and makes it work without a script. `loadedFrom` is
 * the address this page loaded mensenhandel-faq.js from (its stylesheet is beside it).
 */
export async function embed(config: Config, container: HTMLElement, loadedFrom: string): Promise<Embed> {
  const folder = config.scriptUrl.replace(/[?#].*$/, '').replace(/[^/]*$/, '');
  const element = document.createElement('mensenhandel-faq');
  for (const [name, value] of attributes(config)) element.setAttribute(name, value ?? '');
  const help = config.help ? helpSlot(config.help) : '';
  element.innerHTML = help;
  // Laid out (the widget reads its inherited tokens) but not seen.
  element.style.cssText = 'position:absolute;inset-inline-start:-200vw;inline-size:44rem;visibility:hidden';
  container.append(element);
  try {
    await element.updateComplete;
    const root = element.shadowRoot!;
    const [css, textCss] = [STYLESHEET, TEXT_STYLESHEET].map((file) => escape(folder + file));
    const [styles, textStyles] = config.strictCsp
      ? [`<link rel="stylesheet" href="${css}">`, `<link rel="stylesheet" href="${textCss}">`]
      : [
          inlineLink(`${await stylesheet(new URL(STYLESHEET, loadedFrom))}${featureStyles(root)}`),
          inlineLink(await stylesheet(new URL(TEXT_STYLESHEET, loadedFrom))),
        ];
    // The embed's end, which the head's `expect` waits for (with an `id`, one per widget).
    const end = `${config.id ?? 'mensenhandel-faq'}-end`;
    const scripts = [
      `<script type="module" src="${escape(config.scriptUrl)}" id="${escape(end)}"></script>`,
      ...chunks(config).map((file) => `<link rel="modulepreload" href="${escape(folder + file)}">`),
    ];
    return {
      head: [
        `<link rel="expect" href="#${encodeURIComponent(end)}" blocking="render">`,
        ...(config.strictCsp ? [css, textCss].map((href) => `<link rel="preload" as="style" href="${href}">`) : []),
      ].join('\n'),
      body: [
        startTag(config),
        `  <template shadowrootmode="open">${styles}${withoutScript(root)}</template>`,
        `  ${textStyles}`,
        ...[...ownText(element)].map((node) => `  ${withoutComments(node.cloneNode(true) as Element).outerHTML}`),
        `  ${fallback(root)}`,
        ...(help ? [`  ${help}`] : []),
        '</mensenhandel-faq>',
        ...scripts,
      ].join('\n'),
    };
  } finally {
    element.remove();
  }
}

async function stylesheet(url: URL): Promise<string> {
  // Asked for as CSS: Vite's dev server (`npm start`) otherwise answers with a module that
  // injects the stylesheet, which would end up in the copied code.
  const response = await fetch(url, { headers: { accept: 'text/css' } });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.text();
}

/** The styles of the features and design-system adapter the widget loaded (after its own), in a fixed order. */
function featureStyles(root: ShadowRoot): string {
  return root.adoptedStyleSheets
    .slice(1)
    .map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join(''))
    .sort()
    .join('');
}

/** `copy` without the comments in it (Lit's markers), for markup a person reads. */
function withoutComments<T extends Node>(copy: T): T {
  const comments = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
  const found: Node[] = [];
  while (comments.nextNode()) found.push(comments.currentNode);
  for (const comment of found) (comment as Comment).remove();
  return copy;
}

/** The widget's content as markup that works without a script (see the top of this file). */
function withoutScript(root: ShadowRoot): string {
  const copy = document.createElement('div');
  copy.append(...[...root.children].filter((child) => child.localName !== 'style').map((child) => child.cloneNode(true)));
  withoutComments(copy);
  for (const item of copy.querySelectorAll('.item')) {
    const button = item.querySelector('.question')!;
    const answer = item.querySelector('.answer')!;
    const details = document.createElement('details');
    details.className = 'item';
    details.open = button.getAttribute('aria-expanded') === 'true';
    // `single`: one group, so opening one closes the others, without a script too.
    if (root.host.hasAttribute('single')) details.name = 'question';
    const question = document.createElement('span');
    for (const name of ['class', 'part', 'id']) question.setAttribute(name, button.getAttribute(name)!);
    question.append(...button.childNodes);
    button.replaceWith(question);
    const summary = document.createElement('summary');
    summary.append(item.querySelector('[part~="heading"]')!);
    answer.removeAttribute('hidden');
    for (const name of ['role', 'aria-labelledby']) answer.querySelector('.answer-body')!.removeAttribute(name);
    details.append(summary, answer);
    item.replaceWith(details);
  }
  // What is left needs the script: kept in place (mensenhandel-faq.css hides it), and kept out of search results.
  for (const control of copy.querySelectorAll('button, label')) {
    control.removeAttribute('aria-expanded');
    const text = document.createElement('span');
    text.setAttribute('data-nosnippet', '');
    text.append(...control.childNodes);
    control.append(text);
  }
  for (const menu of copy.querySelectorAll('select')) menu.parentElement!.setAttribute('data-nosnippet', '');
  return copy.innerHTML;
}
