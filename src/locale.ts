/**
 * The shipped languages and how a language tag resolves to one: the table, matching
 * (`en-GB` → `en`), writing direction, and the `lang` that applies to an element.
 */
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

/** The shipped locale for a BCP 47 tag (`en-GB` → `en`), or `undefined` if we don't ship it. */
export function matchLocale(tag: string): Locale | undefined {
  const base = tag.trim().toLowerCase().split(/[-_]/)[0];
  return LOCALES.find((locale) => locale === base);
}

/**
 * The language tag that applies from `node` up: the nearest non-empty `lang`, crossing
 * shadow-root boundaries, else `undefined`.
 */
export function inheritedLang(node: Node | null): string | undefined {
  while (node) {
    // (No `instanceof Element`: this also runs on the server, in @lit-labs/ssr's DOM shim.)
    const lang = (node as Partial<Element>).getAttribute?.('lang')?.trim();
    if (lang) return lang;
    node = node.parentNode ?? (node as ShadowRoot).host ?? null;
  }
  return undefined;
}
