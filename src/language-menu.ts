import { html, nothing } from 'lit';
import { directionOf, endonym, type Locale } from './locale.js';

/**
 * The visitor language menu: a native `<select>`, labelled in the widget's current language,
 * each option named in its own language (and marked with it, so screen readers pronounce it).
 * The current language is always an option. No menu for fewer than two options.
 */
export function languageMenu(locales: readonly Locale[], current: Locale, label: string, choose: (locale: Locale) => void) {
  const options = locales.includes(current) ? locales : [current, ...locales];
  if (options.length < 2) return nothing;
  return html`<div class="language">
    <label for="language" part="language-label">
      <svg class="globe" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M8 1.5a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13M1.5 8h13M8 1.5c-3 3.5-3 9.5 0 13M8 1.5c3 3.5 3 9.5 0 13" />
      </svg>
      ${label}
    </label>
    <select id="language" part="language-menu" @change=${(event: Event) => choose((event.target as HTMLSelectElement).value as Locale)}>
      ${options.map(
        (locale) =>
          html`<option value=${locale} lang=${locale} dir=${directionOf(locale)} ?selected=${locale === current}>${endonym(locale)}</option>`,
      )}
    </select>
  </div>`;
}
