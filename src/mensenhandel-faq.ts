import { html, LitElement, nothing, render, type PropertyValues } from 'lit';
import {
  DEFAULTS,
  parseExitUrl,
  parseHeadingLevel,
  parseLanguages,
  parseOpen,
  parseQuestions,
  parseLang,
  parseTheme,
  text,
  type HeadingLevel,
  type Parsed,
  type Problem,
  type Theme,
} from './attributes.js';
import { QUESTION_IDS, type QuestionId } from './content.js';
import { directionOf, inheritedLang, LOCALES, type Locale } from './locale.js';
import type { Feature, LitTags } from './features/feature.js';
import { DESIGN_SYSTEMS, FEATURES, type FeatureName, type Features } from './chunks.js';
import { LocaleController } from './locale-controller.js';
import { styles } from './mensenhandel-faq.styles.js';
import { entry, shell } from './templates.js';
import { adoptTextStyles, ownText, text as textOf } from './light-text.js';

/** `detail` of the `mensenhandel-faq-toggle` event. */
export interface MensenhandelFaqToggleDetail {
  /** The question's id, 1–6. */
  question: QuestionId;
  /** Whether the answer is now shown. */
  open: boolean;
}

/** What the feature chunks render with (see features/feature.ts). */
const LIT: LitTags = { html, nothing };

/** The element's name. */
export const TAG_NAME = 'mensenhandel-faq';

/** Reflects any property value safely, even one that cannot become a string. */
const converter = { toAttribute: text };

/**
 * The six most asked questions about human trafficking (mensenhandel), as an accessible
 * disclosure list (WAI-ARIA APG accordion), in the visitor's language.
 *
 * Its text (title, questions, answers, closing line) is written into its own light DOM as
 * headings and paragraphs with the slots `title`, `question-1`…`-6`, `answer-1`…`-6` and
 * `more-info`, so page tools read it (src/light-text.ts); the page does not fill those slots.
 *
 * Styling: the `--mensenhandel-faq-*` custom properties below come first. On a portal with an
 * NL Design System theme (Utrecht and the themes built on its components, Den Haag, Amsterdam) a
 * design-system adapter takes the theme's tokens next, after these properties: see
 * docs/portal.md ("NL Design System portals").
 *
 * @tag mensenhandel-faq
 * @summary The six most asked questions about human trafficking, as an accessible disclosure list.
 *
 * @attr {string} id - The native `id`. With one, `#<id>-<n>` in the address opens question n (on load and on `hashchange`) and every open answer offers a "copy link" button.
 * @attr {string} lang - Language (BCP 47; `en-GB` → `en`). Default: the nearest ancestor's `lang`, else `nl`. Unsupported: warning, Dutch. The language menu sets it.
 *
 * @slot help - The host's own help block (phone line, chat, opening hours), shown after the answers under a "Hulp en contact" heading. One per language is allowed (`<div slot="help" lang="pl">`): the widget shows the one in its current language, else the one without `lang`, else none.
 *
 * @fires {CustomEvent<MensenhandelFaqToggleDetail>} mensenhandel-faq-toggle - A user opened or closed an answer. Bubbles and is composed; `detail: { question, open }`.
 *
 * @csspart base - The wrapper around everything; carries `lang` and `dir`.
 * @csspart language-label - The label of the language menu.
 * @csspart language-menu - The language menu (`<select>`).
 * @csspart title - The title heading.
 * @csspart heading - Each question's heading (around its button).
 * @csspart expand-all - The "show all / hide all" button.
 * @csspart quick-exit - The quick-exit button ("Snel weg"), with `exit-url`.
 * @csspart question - Each question button.
 * @csspart icon - The chevron in each question button.
 * @csspart answer - Each answer panel.
 * @csspart copy-link - The "copy link to this question" button in an open answer (elements with an `id`).
 * @csspart more-info - The closing "more information" paragraph.
 * @csspart help - The section around the host's help block (slot `help`).
 * @csspart help-title - Its heading ("Hulp en contact"), one level below the title.
 *
 * @cssprop --mensenhandel-faq-color - Text colour. Default `#1a1a1a` (dark theme `#eceff3`).
 * @cssprop --mensenhandel-faq-background-color - Background. Default `transparent` (dark theme `#17191d`).
 * @cssprop --mensenhandel-faq-font-size - Base font size. Default `max(1rem, 16px)`: the reader's size, never smaller than 16px on pages that shrink the root.
 * @cssprop --mensenhandel-faq-line-height - Line height. Default `1.5`.
 * @cssprop --mensenhandel-faq-padding - Padding around the widget. Default `0` (dark theme `1rem`).
 * @cssprop --mensenhandel-faq-border-radius - Corner radius of the widget. Default `0`.
 * @cssprop --mensenhandel-faq-title-color - Title colour. Default: the text colour.
 * @cssprop --mensenhandel-faq-title-font-size - Title font size. Default `1.5em`.
 * @cssprop --mensenhandel-faq-row-gap - Space between questions. Default `0`.
 * @cssprop --mensenhandel-faq-section-border-color - Line between questions. Default `#8c96a3`.
 * @cssprop --mensenhandel-faq-section-border-width - Width of that line. Default `1px`.
 * @cssprop --mensenhandel-faq-button-color - Question text colour. Default `#154273`.
 * @cssprop --mensenhandel-faq-button-background-color - Question background. Default `transparent`.
 * @cssprop --mensenhandel-faq-button-hover-color - Question text colour on hover. Default `#0b2545`.
 * @cssprop --mensenhandel-faq-button-hover-background-color - Question background on hover. Default `#e8eef6`.
 * @cssprop --mensenhandel-faq-button-border-color - Question border colour. Default `transparent`.
 * @cssprop --mensenhandel-faq-button-border-width - Question border width. Default `0`.
 * @cssprop --mensenhandel-faq-button-border-radius - Question corner radius. Default `0`.
 * @cssprop --mensenhandel-faq-button-font-size - Question font size. Default `1.125em`.
 * @cssprop --mensenhandel-faq-button-font-weight - Question font weight. Default `700`.
 * @cssprop --mensenhandel-faq-button-gap - Space between chevron and question text. Default `0.5em`.
 * @cssprop --mensenhandel-faq-button-padding-block-start - Default `0.75em`.
 * @cssprop --mensenhandel-faq-button-padding-block-end - Default `0.75em`.
 * @cssprop --mensenhandel-faq-button-padding-inline-start - Default `0.25em`.
 * @cssprop --mensenhandel-faq-button-padding-inline-end - Default `0.25em`.
 * @cssprop --mensenhandel-faq-icon-size - Chevron size. Default `1em`.
 * @cssprop --mensenhandel-faq-panel-padding-block-start - Default `0`.
 * @cssprop --mensenhandel-faq-panel-padding-block-end - Default `1em`.
 * @cssprop --mensenhandel-faq-panel-padding-inline-start - Default `1.75em`.
 * @cssprop --mensenhandel-faq-panel-padding-inline-end - Default `0.25em`.
 * @cssprop --mensenhandel-faq-panel-border-color - Answer border colour. Default `transparent`.
 * @cssprop --mensenhandel-faq-panel-border-width - Answer border width. Default `0`.
 * @cssprop --mensenhandel-faq-link-color - Link colour (also the show-all button). Default `#01689b`.
 * @cssprop --mensenhandel-faq-focus-outline-color - Focus ring colour. Default `#1a1a1a`.
 * @cssprop --mensenhandel-faq-focus-outline-style - Focus ring style. Default `solid`.
 * @cssprop --mensenhandel-faq-focus-outline-width - Focus ring width. Default `3px`.
 * @cssprop --mensenhandel-faq-focus-outline-offset - Focus ring offset. Default `0`.
 * @cssprop --mensenhandel-faq-focus-background-color - Background of a focused button. Default `#ffe17a`.
 * @cssprop --mensenhandel-faq-focus-color - Text colour of a focused button. Default `#1a1a1a`.
 * @cssprop --mensenhandel-faq-quick-exit-background-color - Quick-exit button background. Default `#b3261e`.
 * @cssprop --mensenhandel-faq-quick-exit-color - Quick-exit button text colour. Default `#ffffff`.
 * @cssprop --mensenhandel-faq-help-padding - Padding of the help section. Default `1em`.
 * @cssprop --mensenhandel-faq-help-border-color - The line at the start of the help section. Default: the text colour.
 * @cssprop --mensenhandel-faq-help-background-color - Background of the help section. Default `transparent`.
 * @cssprop --mensenhandel-faq-transition-duration - Chevron turn duration. Default `0s` (it turns at once); none under `prefers-reduced-motion`.
 */

export class MensenhandelFaq extends LitElement {
  static override styles = styles;

  static override properties = {
    theme: { reflect: true, converter },
    questions: { reflect: true, converter },
    open: { reflect: true, converter },
    single: { type: Boolean, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level', reflect: true, converter },
    hideTitle: { type: Boolean, attribute: 'hide-title', reflect: true },
    hideExpandAll: { type: Boolean, attribute: 'hide-expand-all', reflect: true },
    languages: { reflect: true, converter },
    exitUrl: { attribute: 'exit-url', reflect: true, converter },
    structuredData: { type: Boolean, attribute: 'structured-data', reflect: true },
  };

  /** `lang` and `id` are native HTMLElement properties; observing them re-renders on change. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'id'];
  }

  /** Colour theme: `light`, `dark`, or `auto` (follows `prefers-color-scheme`). Other values: warning, `light`. */
  declare theme: 'light' | 'dark' | 'auto';
  /** Questions to show, in this order: ids 1–6 separated by commas and/or spaces (the property also takes an array of ids, reflected as `1,2,6`). Empty: all six. Unknown ids are dropped with a warning. */
  declare questions: string | readonly QuestionId[] | undefined;
  /** Questions expanded at first render (ids as for `questions`, or an array of ids), or `all`. Changing it re-applies it. Unknown ids: warning. */
  declare open: string | readonly QuestionId[] | undefined;
  /** Opening one question closes the others (and hides the show-all control). */
  declare single: boolean;
  /** Heading level of the title, 1–6; questions are one level deeper (at most 6). Other values: warning, 2. */
  declare headingLevel: HeadingLevel;
  /** Hides the title heading; questions keep their level. */
  declare hideTitle: boolean;
  /** Hides the "show all / hide all" control. */
  declare hideExpandAll: boolean;
  /** Shows a visitor language menu with these languages (codes separated by spaces or commas, or an array of codes), or `all`. Unknown codes: warning. Absent: no menu. */
  declare languages: string | readonly Locale[] | undefined;
  /** Shows a quick-exit button that replaces the page with this http(s) address (also: Shift alone three times). Never where the page is being edited (WordPress admin, contenteditable). Other values: warning, no button. */
  declare exitUrl: string | undefined;
  /** Adds FAQPage structured data (JSON-LD) for the shown questions to the document. */
  declare structuredData: boolean;

  /**
   * Problems already reported: each once per element, as a console warning naming the element,
   * in the words of features/warnings.ts (loaded for the first problem; `updateComplete` waits).
   */
  readonly #warned = new Set<string>();
  readonly #warn = (problem?: Problem): void => {
    if (!problem || this.#warned.has(`${problem}`)) return;
    this.#warned.add(`${problem}`);
    // (Without the words, when their file is missing too: the problem as it is.)
    this.#wait(
      import('./features/warnings.js')
        .then(({ describe }) => describe(problem, LOCALES), () => problem)
        .then((words) => console.warn(`<${TAG_NAME}>: ${words}`)),
    );
  };
  readonly #report = <T>({ value, problem }: Parsed<T>): T => {
    this.#warn(problem);
    return value;
  };
  /** Loads in progress (language messages, features); `updateComplete` waits for them. */
  readonly #pending = new Set<Promise<unknown>>();
  readonly #wait = (loading: Promise<unknown>): void => {
    this.#pending.add(loading);
    const settle = () => {
      this.#pending.delete(loading);
      this.requestUpdate();
    };
    loading.then(settle, settle);
  };
  readonly #language = new LocaleController(this.#warn, this.#wait);
  readonly #features: Features = {};
  readonly #requested = new Set<FeatureName>();
  /** Feature chunks on their way: a widget's first render waits for them, so nothing shifts when they arrive. */
  #loading = 0;
  /** Whether the content has been on screen. */
  #shown = false;
  #expanded = new Set<QuestionId>();
  #prerendered: ChildNode[] = [];
  /** Where the text children end (light-text.ts), and how many there were after the last update. */
  #textStart?: Text;
  #textCount = 0;
  /** The attributes as parsed (once per change, not per render). */
  #ids: readonly QuestionId[] = QUESTION_IDS;
  #level: HeadingLevel = DEFAULTS.headingLevel;
  #theme: Theme = DEFAULTS.theme;
  #languages: readonly Locale[] = [];
  #exitUrl: string | undefined;

  constructor() {
    super();
    this.theme = DEFAULTS.theme;
    this.single = false;
    this.headingLevel = DEFAULTS.headingLevel;
    this.hideTitle = false;
    this.hideExpandAll = false;
    this.structuredData = false;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    // (`lang` and `id` are no properties: Lit passes them by.)
    super.attributeChangedCallback(name, old, value);
    this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptTextStyles(this);
    // The nearest ancestor `lang` may differ in the new place.
    this.requestUpdate();
  }

  /** Resolves once the element has rendered in its current language, with its features. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.#pending.size) {
      await Promise.allSettled([...this.#pending]);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** Loads an optional feature once; the element updates when it arrives. */
  #need(name: FeatureName): void {
    if (this.#requested.has(name)) return;
    this.#requested.add(name);
    this.#loading++;
    this.#wait(
      FEATURES[name]()
        .then(({ attach }) => {
          const feature: Feature = attach(this, LIT);
          (this.#features as Record<FeatureName, Feature>)[name] = feature;
          const root = this.renderRoot as ShadowRoot;
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(feature.styles ?? '');
          root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
          this.addController(feature);
        }, (error) => this.#warn([name, `${error}`, 'chunk']))
        // A chunk that does not arrive holds nothing up: the widget shows without it, and says so.
        .finally(() => this.#loading--),
    );
  }

  /**
   * Takes over prerendered content (a declarative shadow root: the configurator's embed,
   * dist/snippets/): it stays on screen until this element's own first content replaces it.
   */
  protected override createRenderRoot() {
    const root = super.createRenderRoot();
    this.#prerendered = [...root.childNodes];
    this.renderOptions.renderBefore = null;
    return root;
  }

  /** Whether the content can show: its language has arrived, and at first also every feature it asked for. */
  get #ready(): boolean {
    return Boolean(this.#language.content) && (this.#shown || !this.#loading);
  }

  protected override update(changed: PropertyValues<this>): void {
    const root = this.renderRoot as ShadowRoot;
    let focused: string | undefined;
    if (this.#ready && this.#prerendered.length) {
      // Prerendered questions are <details>, which work without a script: what the visitor
      // opened (or focused) before the script arrived stays open (and focused).
      const ids = (selector: string) => [...root.querySelectorAll(selector)].map(({ id }) => id);
      if (root.querySelector('details')) this.#expanded = new Set(ids('[open] .question').map((id) => +id.slice(9) as QuestionId));
      [focused] = ids(':focus .question');
      for (const node of this.#prerendered.splice(0)) node.remove();
    }
    super.update(changed);
    this.#writeText();
    // (A page may have changed which questions show since it was prerendered: that one may be gone.)
    if (focused) (root.getElementById(focused) as HTMLElement | null)?.focus();
  }

  /**
   * Keeps the text children (light-text.ts) in step with what the shadow root shows, in the same
   * update, so they change together. They follow `#textStart`, where Lit keeps its record of them:
   * a new start (the first time, or when the page removed the start or any of the text since the
   * last update) replaces the text, the prerendered text too; otherwise Lit changes only what
   * changed (a language, a question selection, a heading level).
   */
  #writeText(): void {
    const { content, locale } = this.#language;
    if (!this.#ready) return;
    if (this.#textStart?.parentNode !== this || ownText(this).length !== this.#textCount) {
      this.#textStart?.remove();
      for (const node of ownText(this)) node.remove();
      this.prepend((this.#textStart = new Text()));
    }
    render(textOf(content!, locale, { ids: this.#ids, level: this.#level, title: !this.hideTitle }), this, { renderBefore: this.#textStart });
    this.#textCount = ownText(this).length;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#language.update(this.#report(parseLang(this.getAttribute('lang'), inheritedLang(this.parentNode))));
    if (changed.has('questions')) this.#ids = this.#report(parseQuestions(this.questions));
    if (changed.has('headingLevel')) this.#level = this.#report(parseHeadingLevel(this.headingLevel, this.getAttribute('heading-level')));
    if (changed.has('theme')) this.#theme = this.#report(parseTheme(this.theme));
    if (changed.has('languages')) this.#languages = this.#report(parseLanguages(this.languages));
    if (changed.has('exitUrl')) this.#exitUrl = this.#report(parseExitUrl(this.exitUrl));
    if (!this.hasUpdated || changed.has('open') || changed.has('single')) {
      const open = this.#report(parseOpen(this.open));
      this.#expanded = new Set(this.single ? open.slice(0, 1) : open);
    }
    if (this.#theme !== 'light') this.#need('dark');
    if (this.#languages.length) this.#need('menu');
    if (this.#exitUrl) this.#need('exit');
    if (this.structuredData) this.#need('data');
    if (this.id) this.#need('links');
    if (this.isConnected) {
      if (this.querySelector(':scope > [slot="help"]')) this.#need('help');
      const inherited = getComputedStyle(this);
      for (const [name, tokens] of DESIGN_SYSTEMS) if (tokens.some((token) => inherited.getPropertyValue(token))) this.#need(name);
    }
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
    const { content, locale, wanted } = this.#language;
    if (!content || !this.#ready) return nothing;
    this.#shown = true;
    const ids = this.#ids;
    const allOpen = this.#allOpen(ids);
    const { exit, menu, links, help } = this.#features;
    return shell({
      content,
      locale,
      theme: this.#theme,
      title: this.hideTitle ? 0 : this.#level,
      top: html`${exit ? exit.render(this.#exitUrl, content.t) : nothing}${this.#languages.length && menu
        ? menu.render({
            locales: this.#languages,
            current: wanted ?? locale,
            shown: locale,
            t: content.t,
            // The element's own `lang`: the widget switches in place.
            choose: (chosen) => (this.lang = chosen),
            direction: directionOf,
          })
        : nothing}`,
      allOpen: this.single || this.hideExpandAll ? undefined : allOpen,
      setAll: () => this.#setAll(ids, !this.#allOpen(ids)),
      items: ids.map((id) =>
        entry(id, {
          level: this.#level + 1,
          open: this.#expanded.has(id),
          toggle: () => this.#toggle(id, !this.#expanded.has(id)),
          reveal: () => this.#toggle(id, true),
          after: links && this.id ? links.copyButton(id, content.t) : undefined,
        }),
      ),
      onKeydown: this.#onKeydown,
      // Without its file, the host's help blocks as they are.
      help: help ? help.render(locale, content.t, this.#level + 1) : html`<slot name=help></slot>`,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mensenhandel-faq': MensenhandelFaq;
  }
  interface HTMLElementEventMap {
    'mensenhandel-faq-toggle': CustomEvent<MensenhandelFaqToggleDetail>;
  }
}
