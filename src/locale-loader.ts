/**
 * Loading a language's messages: each language but Dutch is a lazy chunk beside the entry file
 * (a relative `import()`), fetched once per page, only when a widget needs it.
 */
import type { TemplateMap } from '@lit/localize';
import { matchLocale, type Locale } from './locale.js';

// Keys are `./<locale>.ts` (short: this table is in the entry file).
const loaders = import.meta.glob<{ templates: TemplateMap }>('./*.ts', { base: './generated/locales' });
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
    const load = loaders[`./${locale}.ts`];
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
