/** The widget's languages as the sidebar names them. */
import { endonym } from '../../src/features/language-menu.js';
import { LOCALES } from '../../src/locale.js';

/** Language names in the admin's language: WordPress writes the user's locale as the page's `lang`. */
const ADMIN_NAMES = new Intl.DisplayNames([document.documentElement.lang || 'en'], { type: 'language' });

/**
 * "Polski (Pools)": a language as the visitor language menu names it, then in the admin's
 * language. A code the widget lacks (hand-written in a post) stays as it is.
 */
export function languageName(code: string) {
  const locale = LOCALES.find((known) => known === code);
  if (!locale) return code;
  const own = endonym(locale);
  const admins = ADMIN_NAMES.of(locale);
  return admins && admins.toLowerCase() !== own.toLowerCase() ? `${own} (${admins})` : own;
}

/** The widget's languages, as options of a select. */
export const LANGUAGE_OPTIONS = LOCALES.map((code) => ({ value: code, label: languageName(code) }));
