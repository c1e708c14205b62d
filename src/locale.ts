/**
 * Per-element language: which locale an element shows, loading that locale's messages, and
 * looking messages up in it.
 *
 * Why not @lit/localize's `configureLocalization` + `msg()`: that runtime keeps ONE locale per
 * page (`setLocale` is global, and `configureLocalization` may run only once per page, so it
 * would also clash with a host page that uses @lit/localize itself). Two widgets in two
 * languages on one page must both be right, so each element resolves its own locale and loads
 * the module that `lit-localize build` generated for it (`src/generated/locales/<lang>.ts`, which
 * exports `templates`: message id → translation). The content calls `t()` and `rich()`, which
 * carry the library's `msg` marker type, so `lit-localize extract` still finds every message
 * and writes it to `locales/<lang>.xlf` for translators.
 */
import type { StrResult, TemplateMap, str as strTag } from '@lit/localize';
import type { Inline, Link, Paragraph } from './content.js';
import { allLocales, sourceLocale, targetLocales } from './generated/locale-codes.js';

/** A language the element ships. */
export type Locale = (typeof allLocales)[number];

export const SOURCE_LOCALE: Locale = sourceLocale;
/** Every shipped locale, the source first. */
export const LOCALES: readonly Locale[] = [sourceLocale, ...targetLocales];

/** Languages written right to left (base subtags). */
const RTL = /^(ar|fa|he|ur)$/;

/** The writing direction of a locale. */
export const directionOf = (locale: Locale): 'ltr' | 'rtl' => (RTL.test(locale) ? 'rtl' : 'ltr');

interface MessageOptions {
  id: string;
  desc?: string;
}
/** The library's marker property: `lit-localize extract` reads calls to functions carrying it. */
interface MsgMarker {
  _LIT_LOCALIZE_MSG_?: never;
}
/** Looks up a plain-text message. */
export type Msg = ((source: string, options: MessageOptions) => string) & MsgMarker;
/** Looks up a message whose `str` placeholders are links, giving a paragraph of text and links. */
export type RichMsg = ((source: StrResult, options: MessageOptions) => Paragraph) & MsgMarker;

export interface Translator {
  t: Msg;
  rich: RichMsg;
}

/**
 * The `str` tag for source messages. It builds the same object as @lit/localize's own `str`
 * (and has its type, so extraction recognises it), but is defined here so the entry file does
 * not share a module with the generated locale chunks: a chunk that imported from the entry
 * would download the entry again when a page loads it under another URL (`?ver=2`).
 */
export const str = ((strings: TemplateStringsArray, ...values: unknown[]): StrResult => ({
  strTag: true,
  strings,
  values,
})) as typeof strTag;

/** A translator for the given locale's templates (`undefined`: the Dutch source). */
export function translator(templates?: TemplateMap): Translator {
  const t = ((source, { id }) => {
    const localized = templates?.[id];
    return typeof localized === 'string' ? localized : source;
  }) as Msg;
  const rich = ((source, { id }) => {
    const localized = templates?.[id];
    // A translated str template holds, in place of each expression, the index of the source
    // expression it stands for: translators may move links within the sentence.
    const { strings, values } =
      typeof localized === 'object' && 'strTag' in localized
        ? localized
        : { strings: source.strings, values: source.values.map((_, i) => i) };
    const paragraph: Inline[] = [];
    strings.forEach((text, i) => {
      if (text) paragraph.push(text);
      if (i < values.length) paragraph.push(source.values[values[i] as number] as Link);
    });
    return paragraph;
  }) as RichMsg;
  return { t, rich };
}

/** The shipped locale for a BCP 47 tag (`en-GB` → `en`), or `undefined` if we don't ship it. */
export function matchLocale(tag: string): Locale | undefined {
  const base = tag.trim().toLowerCase().split(/[-_]/)[0];
  return LOCALES.find((locale) => locale === base);
}

/**
 * The language tag that applies to an element: its own non-empty `lang`, else the nearest
 * ancestor's (crossing shadow-root boundaries), else `undefined`.
 */
export function inheritedLang(element: Element): string | undefined {
  let node: Node | null = element;
  while (node) {
    // (No `instanceof Element`: this also runs on the server, in @lit-labs/ssr's DOM shim.)
    const lang = (node as Partial<Element>).getAttribute?.('lang')?.trim();
    if (lang) return lang;
    node = node.parentNode ?? (node as ShadowRoot).host ?? null;
  }
  return undefined;
}

const loaders = Object.fromEntries(
  Object.entries(import.meta.glob<{ templates: TemplateMap }>('./generated/locales/*.ts')).map(
    ([path, load]) => [path.replace(/^.*\/|\.ts$/g, ''), load],
  ),
);
const loaded = new Map<Locale, Promise<TemplateMap | undefined>>();
/** Templates that have arrived: a widget can show them at once, and the server can render them. */
export const readyTemplates = new Map<Locale, TemplateMap>();

/**
 * The templates of a locale, loaded once per page: a lazy chunk beside the entry file.
 * `undefined` for the source locale. Rejects if the chunk cannot be loaded.
 */
export function loadTemplates(locale: Locale): Promise<TemplateMap | undefined> {
  let templates = loaded.get(locale);
  if (!templates) {
    const load = loaders[locale];
    templates = load
      ? load().then(({ templates }) => {
          readyTemplates.set(locale, templates);
          return templates;
        })
      : Promise.resolve(undefined);
    templates.catch(() => loaded.delete(locale));
    loaded.set(locale, templates);
  }
  return templates;
}

/**
 * Loads a language's messages ahead of time: widgets then switch to it at once, and a server
 * can render it (server-side rendering cannot wait for a lazy file).
 */
export async function preloadLanguage(lang: string): Promise<void> {
  const locale = matchLocale(lang);
  if (locale) await loadTemplates(locale);
}
