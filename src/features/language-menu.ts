/**
 * The visitor language menu, loaded only by widgets with `languages` (a lazy chunk). It imports
 * nothing at run time — Lit's `html` comes from the element — so the chunk never loads a
 * second copy of the entry file.
 */
import type { Locale } from '../locale.js';
import type { Msg } from '../messages.js';
import type { Attach, Feature, FeatureHost, LitTags } from './feature.js';

/** Marks CSS for the build's template minifier; no Lit needed. */
const css = String.raw;

const endonyms = new Map<Locale, string>();

/** A locale's name in its own language ("Polski", "العربية"). */
export function endonym(locale: Locale): string {
  let name = endonyms.get(locale);
  if (!name) {
    const own = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
    name = own.charAt(0).toLocaleUpperCase(locale) + own.slice(1);
    endonyms.set(locale, name);
  }
  return name;
}

/**
 * One widget's menu: a native `<select>`, labelled in the widget's current language, each option named in its own
 * language and marked with it (so screen readers pronounce it), plus a polite live region. The
 * current language is always an option; with fewer than two options there is no menu. After a
 * choice, the live region says "<label>: <language>" in the new language, once it is on screen.
 */
class LanguageMenu implements Feature {
  readonly styles = styles;
  /** The language the visitor chose: announced once it is on screen. */
  #chosen: Locale | undefined;
  /** The chosen language once the accessibility tree has it (see #rebuild). */
  #announced: Locale | undefined;

  constructor(
    private readonly host: FeatureHost,
    private readonly lit: LitTags,
  ) {}

  /**
   * Firefox keeps the language an accessible had when it was created: after a switch, a screen
   * reader would read the new text with the old language's voice. A change of the host's `role`
   * (to `none` and back, so the page's own value stays) makes Firefox build the widget's
   * accessibles again (its parts alone are not enough: they take the language of the section
   * around them). The switch is announced a moment later, once the rebuilt live region is in the
   * tree: a change in the same task as the rebuild was not heard (Orca, Firefox and Chromium).
   */
  #rebuild(shown: Locale): void {
    const { host } = this;
    const role = host.getAttribute('role');
    host.setAttribute('role', 'none');
    setTimeout(() => {
      if (role === null) host.removeAttribute('role');
      else host.setAttribute('role', role);
    });
    setTimeout(() => {
      this.#announced = shown;
      host.requestUpdate();
    }, 300);
  }

  render({ locales, current, shown, t, choose, direction }: {
    locales: readonly Locale[];
    /** The language asked for (perhaps still loading), and the one on screen. */
    current: Locale;
    shown: Locale;
    /** The translator of the language on screen. */
    t: Msg;
    choose: (locale: Locale) => void;
    direction: (locale: Locale) => 'ltr' | 'rtl';
  }) {
    const { nothing } = this.lit;
    if (this.#chosen === shown && this.#announced !== shown) this.#rebuild(shown);
    const options = locales.includes(current) ? locales : [current, ...locales];
    if (options.length < 2) return nothing;
    return languageMenu(this.lit, t, {
      options,
      current,
      direction,
      change: (event: Event) => {
        const locale = (event.target as HTMLSelectElement).value as Locale;
        this.#chosen = locale;
        choose(locale);
      },
      announced: this.#announced === shown ? shown : undefined,
    });
  }
}

/**
 * The menu, labelled in the language of `t`, with an option per language, `current` selected,
 * each named in its own language; after it the polite live region, saying "<label>: <language>"
 * for the `announced` language. The embed prerenders it without `change`.
 */
export function languageMenu(
  { html }: LitTags,
  t: Msg,
  { options, current, direction, change, announced }: {
    options: readonly Locale[];
    current: Locale;
    direction: (locale: Locale) => 'ltr' | 'rtl';
    change?: (event: Event) => void;
    announced?: Locale | undefined;
  },
) {
  const label = t('Taal', { id: 'ui.language', desc: 'Label of the menu in which visitors choose the language of the questions.' });
  return html`<div class="language">
      <label for="language" part="language-label">
        <svg class="globe" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M8 1.5a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13M1.5 8h13M8 1.5c-3 3.5-3 9.5 0 13M8 1.5c3 3.5 3 9.5 0 13" />
        </svg>
        ${label}
      </label>
      <select id="language" part="language-menu" @change=${change}>
        ${options.map(
          (locale) => html`<option value=${locale} lang=${locale} dir=${direction(locale)} ?selected=${locale === current}>${endonym(locale)}</option>`,
        )}
      </select>
    </div>
    <div class="visually-hidden" aria-live="polite">${announced ? `${label}: ${endonym(announced)}` : ''}</div>`;
}

export const attach: Attach<LanguageMenu> = (host, lit) => new LanguageMenu(host, lit);

/** This feature's styles (the element adopts them as a stylesheet; the embed prerenders them). */
export const styles = css`
  .language {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    align-items: center;
    gap: 0.5em;
    margin-block-end: 0.5em;
  }
  .language label {
    display: flex;
    align-items: center;
    gap: 0.25em;
  }
  .globe {
    inline-size: 1.25em;
    block-size: 1.25em;
    fill: none;
    stroke: currentColor;
  }
  select {
    min-block-size: 44px;
    padding-inline: 0.5em;
    border: 1px solid currentColor;
    border-radius: var(--mensenhandel-faq-button-border-radius, var(--_ds-btn-radius, 0));
    background-color: var(--mensenhandel-faq-background-color, var(--_bg));
    color: inherit;
    font: inherit;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media print {
    .language {
      display: none;
    }
  }
`;
