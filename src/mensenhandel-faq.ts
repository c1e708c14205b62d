import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  parseHeadingLevel,
  parseLanguages,
  parseOpen,
  parseQuestions,
  parseTheme,
  Warnings,
  type HeadingLevel,
  type Theme,
} from './attributes.js';
import { faqContent, QUESTION_IDS, type FaqContent, type FaqEntry, type Paragraph, type QuestionId } from './content.js';
import { languageMenu } from './language-menu.js';
import {
  directionOf,
  endonym,
  inheritedLang,
  loadTemplates,
  LOCALES,
  matchLocale,
  SOURCE_LOCALE,
  translator,
  type Locale,
} from './locale.js';
import { styles } from './mensenhandel-faq.styles.js';

/** `detail` of the `mensenhandel-faq-toggle` event. */
export interface MensenhandelFaqToggleDetail {
  /** The question's id, 1–6. */
  question: QuestionId;
  /** Whether the answer is now shown. */
  open: boolean;
}

/**
 * A heading of level 1–6 (higher levels are capped at 6) with `name` as its class and part. Six
 * small templates cost fewer bytes than lit/static-html's dynamic tag names.
 */
type Heading = (name: string, content: unknown) => TemplateResult;
const HEADINGS: readonly Heading[] = [
  (name, content) => html`<h1 class=${name} part=${name}>${content}</h1>`,
  (name, content) => html`<h2 class=${name} part=${name}>${content}</h2>`,
  (name, content) => html`<h3 class=${name} part=${name}>${content}</h3>`,
  (name, content) => html`<h4 class=${name} part=${name}>${content}</h4>`,
  (name, content) => html`<h5 class=${name} part=${name}>${content}</h5>`,
  (name, content) => html`<h6 class=${name} part=${name}>${content}</h6>`,
];
const heading = (level: number, name: string, content: unknown) => HEADINGS[Math.min(level, 6) - 1]!(name, content);

/** The Dutch content, built on first use (not at import: the module does no work when loaded). */
let dutch: FaqContent | undefined;
const dutchContent = () => (dutch ??= faqContent(translator()));

/**
 * The six most asked questions about human trafficking (mensenhandel), as an accessible
 * disclosure list (WAI-ARIA APG accordion), in the visitor's language.
 *
 * @tag mensenhandel-faq
 * @summary The six most asked questions about human trafficking, as an accessible disclosure list.
 *
 * @attr {string} lang - Language (BCP 47; `en-GB` → `en`). Default: the nearest ancestor's `lang`, else `nl`. Unsupported: warning, Dutch. The language menu sets it.
 *
 * @fires {CustomEvent<MensenhandelFaqToggleDetail>} mensenhandel-faq-toggle - A user opened or closed an answer. Bubbles and is composed; `detail: { question, open }`.
 *
 * @csspart base - The wrapper around everything; carries `lang` and `dir`.
 * @csspart language-label - The label of the language menu.
 * @csspart language-menu - The language menu (`<select>`).
 * @csspart title - The title heading.
 * @csspart heading - Each question's heading (around its button).
 * @csspart expand-all - The "show all / hide all" button.
 * @csspart question - Each question button.
 * @csspart icon - The chevron in each question button.
 * @csspart answer - Each answer panel.
 * @csspart more-info - The closing "more information" paragraph.
 *
 * @cssprop --mensenhandel-faq-color - Text colour. Default `#1a1a1a` (dark theme `#eceff3`).
 * @cssprop --mensenhandel-faq-background-color - Background. Default `transparent` (dark theme `#17191d`).
 * @cssprop --mensenhandel-faq-font-size - Base font size. Default `max(1rem, 16px)`: the reader's size, never smaller than 16px on pages that shrink the root.
 * @cssprop --mensenhandel-faq-line-height - Line height. Default `1.5`.
 * @cssprop --mensenhandel-faq-padding - Padding around the widget. Default `0` (dark theme `1rem`).
 * @cssprop --mensenhandel-faq-border-radius - Corner radius of the widget. Default `0`.
 * @cssprop --mensenhandel-faq-title-color - Title colour. Default: the text colour.
 * @cssprop --mensenhandel-faq-title-font-size - Title font size. Default `1.5em`.
 * @cssprop --mensenhandel-faq-row-gap - Space between questions. Falls back to `--utrecht-accordion-row-gap`, then `0`.
 * @cssprop --mensenhandel-faq-section-border-color - Line between questions. Falls back to `--utrecht-accordion-section-border-color`, then `#8c96a3`.
 * @cssprop --mensenhandel-faq-section-border-width - Width of that line. Falls back to `--utrecht-accordion-section-border-width`, then `1px`.
 * @cssprop --mensenhandel-faq-button-color - Question text colour. Falls back to `--utrecht-accordion-button-color`, then `#154273`.
 * @cssprop --mensenhandel-faq-button-background-color - Question background. Falls back to `--utrecht-accordion-button-background-color`, then `transparent`.
 * @cssprop --mensenhandel-faq-button-hover-color - Question text colour on hover. Falls back to `--utrecht-accordion-button-hover-color`, then `#0b2545`.
 * @cssprop --mensenhandel-faq-button-hover-background-color - Question background on hover. Falls back to `--utrecht-accordion-button-hover-background-color`, then `#e8eef6`.
 * @cssprop --mensenhandel-faq-button-border-color - Question border colour. Falls back to `--utrecht-accordion-button-border-color`, then `transparent`.
 * @cssprop --mensenhandel-faq-button-border-width - Question border width. Falls back to `--utrecht-accordion-button-border-width`, then `0`.
 * @cssprop --mensenhandel-faq-button-border-radius - Question corner radius. Falls back to `--utrecht-accordion-button-border-radius`, then `0`.
 * @cssprop --mensenhandel-faq-button-font-size - Question font size. Falls back to `--utrecht-accordion-button-font-size`, then `1.125em`.
 * @cssprop --mensenhandel-faq-button-font-weight - Question font weight. Falls back to `--utrecht-accordion-button-font-weight`, then `700`.
 * @cssprop --mensenhandel-faq-button-gap - Space between chevron and question text. Default `0.5em`.
 * @cssprop --mensenhandel-faq-button-padding-block-start - Falls back to `--utrecht-accordion-button-padding-block-start`, then `0.75em`.
 * @cssprop --mensenhandel-faq-button-padding-block-end - Falls back to `--utrecht-accordion-button-padding-block-end`, then `0.75em`.
 * @cssprop --mensenhandel-faq-button-padding-inline-start - Falls back to `--utrecht-accordion-button-padding-inline-start`, then `0.25em`.
 * @cssprop --mensenhandel-faq-button-padding-inline-end - Falls back to `--utrecht-accordion-button-padding-inline-end`, then `0.25em`.
 * @cssprop --mensenhandel-faq-icon-size - Chevron size. Falls back to `--utrecht-accordion-button-icon-size`, then `1em`.
 * @cssprop --mensenhandel-faq-panel-padding-block-start - Falls back to `--utrecht-accordion-panel-padding-block-start`, then `0`.
 * @cssprop --mensenhandel-faq-panel-padding-block-end - Falls back to `--utrecht-accordion-panel-padding-block-end`, then `1em`.
 * @cssprop --mensenhandel-faq-panel-padding-inline-start - Falls back to `--utrecht-accordion-panel-padding-inline-start`, then `1.75em`.
 * @cssprop --mensenhandel-faq-panel-padding-inline-end - Falls back to `--utrecht-accordion-panel-padding-inline-end`, then `0.25em`.
 * @cssprop --mensenhandel-faq-panel-border-color - Answer border colour. Falls back to `--utrecht-accordion-panel-border-color`, then `transparent`.
 * @cssprop --mensenhandel-faq-panel-border-width - Answer border width. Falls back to `--utrecht-accordion-panel-border-width`, then `0`.
 * @cssprop --mensenhandel-faq-link-color - Link colour (also the show-all button). Falls back to `--utrecht-link-color`, then `#01689b`.
 * @cssprop --mensenhandel-faq-focus-outline-color - Focus ring colour. Falls back to `--utrecht-focus-outline-color`, then `#1a1a1a`.
 * @cssprop --mensenhandel-faq-focus-outline-width - Focus ring width. Falls back to `--utrecht-focus-outline-width`, then `3px`.
 * @cssprop --mensenhandel-faq-focus-outline-offset - Focus ring offset. Falls back to `--utrecht-focus-outline-offset`, then `0`.
 * @cssprop --mensenhandel-faq-focus-background-color - Background of a focused button. Falls back to `--utrecht-accordion-button-focus-background-color`, then `#ffe17a`.
 * @cssprop --mensenhandel-faq-focus-color - Text colour of a focused button. Falls back to `--utrecht-accordion-button-focus-color`, then `#1a1a1a`.
 * @cssprop --mensenhandel-faq-transition-duration - Chevron turn duration. Default `0.2s`; none under `prefers-reduced-motion`.
 */
export class MensenhandelFaq extends LitElement {
  static override styles = styles;

  static override properties = {
    theme: { reflect: true },
    questions: { reflect: true },
    open: { reflect: true },
    single: { type: Boolean, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level', reflect: true },
    hideTitle: { type: Boolean, attribute: 'hide-title', reflect: true },
    hideExpandAll: { type: Boolean, attribute: 'hide-expand-all', reflect: true },
    languages: { reflect: true },
  };

  /** `lang` is the native HTMLElement property; observing it re-renders on change. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** Colour theme: `light`, `dark`, or `auto` (follows `prefers-color-scheme`). Other values: warning, `light`. */
  declare theme: 'light' | 'dark' | 'auto';
  /** Questions to show, in this order: ids 1–6 separated by commas and/or spaces. Empty: all six. Unknown ids are dropped with a warning. */
  declare questions: string | undefined;
  /** Questions expanded at first render (ids as for `questions`), or `all`. Changing it re-applies it. Unknown ids: warning. */
  declare open: string | undefined;
  /** Opening one question closes the others (and hides the show-all control). */
  declare single: boolean;
  /** Heading level of the title, 1–6; questions are one level deeper (at most 6). Other values: warning, 2. */
  declare headingLevel: number;
  /** Hides the title heading; questions keep their level. */
  declare hideTitle: boolean;
  /** Hides the "show all / hide all" control. */
  declare hideExpandAll: boolean;
  /** Shows a visitor language menu with these languages (codes separated by spaces or commas), or `all`. Unknown codes: warning. Absent: no menu. */
  declare languages: string | undefined;

  readonly #warnings = new Warnings();
  #expanded = new Set<QuestionId>();
  /** The attributes as parsed (once per change, not per render). */
  #ids: readonly QuestionId[] = QUESTION_IDS;
  #level: HeadingLevel = 2;
  #theme: Theme = 'light';
  #languages: readonly Locale[] = [];
  /** The language on screen and its content; none until the first language is ready. */
  #locale: Locale = SOURCE_LOCALE;
  #content: FaqContent | undefined;
  /** The language asked for, possibly still loading. */
  #wanted: Locale | undefined;
  #loading: Promise<unknown> | undefined;
  /** What the polite live region says after the visitor chose a language. */
  #announcement = '';

  constructor() {
    super();
    this.theme = 'light';
    this.single = false;
    this.headingLevel = 2;
    this.hideTitle = false;
    this.hideExpandAll = false;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'lang') this.requestUpdate();
    else super.attributeChangedCallback(name, old, value);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The nearest ancestor `lang` may differ in the new place.
    this.requestUpdate();
  }

  /** Resolves once the element has rendered in its current language. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.#loading) {
      await this.#loading;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#useLocale(this.#resolveLocale());
    if (changed.has('questions')) this.#ids = this.#report(parseQuestions(this.questions));
    if (changed.has('headingLevel')) this.#level = this.#report(parseHeadingLevel(this.headingLevel, this.getAttribute('heading-level')));
    if (changed.has('theme')) this.#theme = this.#report(parseTheme(this.theme));
    if (changed.has('languages')) this.#languages = this.#report(parseLanguages(this.languages));
    if (!this.hasUpdated || changed.has('open') || changed.has('single')) {
      const open = this.#report(parseOpen(this.open));
      this.#expanded = new Set(this.single ? open.slice(0, 1) : open);
    }
  }

  #report<T>({ value, problem }: { value: T; problem?: string }): T {
    this.#warnings.report(problem);
    return value;
  }

  #resolveLocale(): Locale {
    const tag = inheritedLang(this);
    const locale = tag === undefined ? SOURCE_LOCALE : matchLocale(tag);
    if (locale) return locale;
    const own = this.getAttribute('lang')?.trim() ? 'lang' : 'inherited lang';
    this.#warnings.report(`${own}="${tag}" is not a supported language; showing Dutch (nl). Supported: ${LOCALES.join(', ')}.`);
    return SOURCE_LOCALE;
  }

  /**
   * Switches to a locale: Dutch at once, others once their messages have loaded (the old
   * content stays until then; at first there is none, so no other language flashes by).
   */
  #useLocale(locale: Locale): void {
    if (locale === this.#wanted) return;
    this.#wanted = locale;
    if (locale === SOURCE_LOCALE) {
      this.#locale = locale;
      this.#content = dutchContent();
      this.#loading = undefined;
      return;
    }
    const loading = loadTemplates(locale).then(
      (templates) => {
        if (this.#wanted !== locale) return;
        this.#locale = locale;
        this.#content = faqContent(translator(templates));
      },
      () => {
        if (this.#wanted !== locale) return;
        this.#warnings.report(`the "${locale}" messages could not be loaded; showing Dutch (nl).`);
        this.#locale = SOURCE_LOCALE;
        this.#content = dutchContent();
      },
    );
    this.#loading = loading;
    loading.then(() => {
      if (this.#loading === loading) this.#loading = undefined;
      this.requestUpdate();
    });
  }

  /** Opens or closes one answer because the user asked, and tells the page. */
  #toggle(id: QuestionId, open: boolean): void {
    if (this.#expanded.has(id) === open) return;
    if (open) this.#expanded.add(id);
    else this.#expanded.delete(id);
    this.dispatchEvent(
      new CustomEvent<MensenhandelFaqToggleDetail>('mensenhandel-faq-toggle', {
        detail: { question: id, open },
        bubbles: true,
        composed: true,
      }),
    );
    if (open && this.single) {
      for (const other of [...this.#expanded]) if (other !== id) this.#toggle(other, false);
    }
    this.requestUpdate();
  }

  /** The visitor chose a language in the menu: switch, then announce it in that language. */
  async #chooseLanguage(locale: Locale): Promise<void> {
    this.lang = locale;
    await this.updateComplete;
    this.#announcement = `${this.#content?.language}: ${endonym(this.#locale)}`;
    this.requestUpdate();
  }

  #allOpen(ids: readonly QuestionId[]): boolean {
    return ids.every((id) => this.#expanded.has(id));
  }

  #setAll(ids: readonly QuestionId[], open: boolean): void {
    for (const id of ids) this.#toggle(id, open);
  }

  #onKeydown(event: KeyboardEvent): void {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.question')];
    const index = buttons.indexOf(event.target as HTMLButtonElement);
    const last = buttons.length - 1;
    const next = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: last }[event.key];
    if (index < 0 || next === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    buttons[(next + buttons.length) % buttons.length]?.focus();
  }

  protected override render() {
    const content = this.#content;
    if (!content) return nothing;
    const ids = this.#ids;
    const level = this.#level;
    const theme = this.#theme;
    const entries = ids.map((id) => content.entries[id - 1] as FaqEntry);
    const allOpen = this.#allOpen(ids);
    const languages = this.#languages;
    return html`<section
      class="faq ${theme}"
      part="base"
      lang=${this.#locale}
      dir=${directionOf(this.#locale)}
      aria-labelledby=${this.hideTitle ? nothing : 'title'}
      aria-label=${this.hideTitle ? content.title : nothing}
    >
      ${languages.length
        ? html`${languageMenu(languages, this.#wanted ?? this.#locale, content.language, (locale) => this.#chooseLanguage(locale))}
            <div class="visually-hidden" role="status">${this.#announcement}</div>`
        : nothing}
      ${this.hideTitle ? nothing : heading(level, 'title', html`<span id="title">${content.title}</span>`)}
      ${this.single || this.hideExpandAll
        ? nothing
        : html`<div class="expand-all">
            <button type="button" part="expand-all" aria-expanded=${allOpen} @click=${() => this.#setAll(ids, !this.#allOpen(ids))}>
              ${allOpen ? content.hideAll : content.showAll}
            </button>
          </div>`}
      <div class="list" @keydown=${this.#onKeydown}>${entries.map((entry) => this.#renderEntry(entry, level + 1))}</div>
      <p class="more-info" part="more-info">${renderParagraph(content.moreInfo)}</p>
    </section>`;
  }

  #renderEntry({ id, question, answer }: FaqEntry, level: number) {
    const open = this.#expanded.has(id);
    return html`<div class="item">
      ${heading(
        level,
        'heading',
        html`<button
          type="button"
          class="question"
          part="question"
          id="question-${id}"
          aria-expanded=${open}
          aria-controls="answer-${id}"
          @click=${() => this.#toggle(id, !this.#expanded.has(id))}
        >
          <svg class="icon" part="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M3 6l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2" />
          </svg>
          <span>${question}</span>
        </button>`,
      )}
      <div
        class="answer"
        part="answer"
        id="answer-${id}"
        role="region"
        aria-labelledby="question-${id}"
        hidden=${open ? nothing : 'until-found'}
        @beforematch=${() => this.#toggle(id, true)}
      >
        <div class="answer-body">${answer.map((paragraph) => html`<p>${renderParagraph(paragraph)}</p>`)}</div>
      </div>
    </div>`;
  }
}

/** Text and links of one paragraph; text is always rendered as text. */
function renderParagraph(paragraph: Paragraph) {
  return paragraph.map((inline) => (typeof inline === 'string' ? inline : html`<a href=${inline.href} rel="noreferrer">${inline.text}</a>`));
}

declare global {
  interface HTMLElementTagNameMap {
    'mensenhandel-faq': MensenhandelFaq;
  }
  interface HTMLElementEventMap {
    'mensenhandel-faq-toggle': CustomEvent<MensenhandelFaqToggleDetail>;
  }
}
