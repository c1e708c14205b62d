/**
 * The element's templates: the whole widget and one question. The element wires in the
 * behaviour; the embed (src/embed/) renders the same templates on the server.
 */
import { html, nothing } from 'lit';
import type { Theme } from './attributes.js';
import type { FaqContent, QuestionId } from './content.js';
import { heading, NONE } from './headings.js';
import { directionOf, type Locale } from './locale.js';

/** A heading in the shadow root, with `name` as its part (the styles select parts). */
const shadowHeading = (level: number, name: string, content: unknown) => heading(level, content, name, NONE, NONE, NONE, NONE);

export interface EntryOptions {
  level: number;
  open: boolean;
  toggle: () => void;
  /** Find-in-page matched text in the closed answer. */
  reveal: () => void;
  /** Shown after the answer's text (the copy-link button, for elements with an id). */
  after?: unknown;
}

/**
 * One question (an APG accordion header: a button, alone in a heading) and its answer panel. The
 * question's and the answer's text are the element's children (light-text.ts), placed by slots.
 * The region is inside the element that `hidden="until-found"` hides: until-found hides an
 * element's content, not the element, so a region on it stays in the accessibility tree as an
 * empty landmark while closed (Chromium, Firefox).
 */
export function entry(id: QuestionId, { level, open, toggle, reveal, after }: EntryOptions) {
  return html`<div class="item">
    ${shadowHeading(
      level,
      'heading',
      html`<button
        type="button"
        class="question"
        part="question"
        id="question-${id}"
        aria-expanded=${open}
        aria-controls="answer-${id}"
        @click=${toggle}
      >
        <span class="icon" part="icon" aria-hidden="true"></span>
        <slot name="question-${id}"></slot>
      </button>`,
    )}
    <div class="answer" part="answer" id="answer-${id}" hidden=${open ? nothing : 'until-found'} @beforematch=${reveal}>
      <div class="answer-body" role="region" aria-labelledby="question-${id}">
        <slot name="answer-${id}"></slot> ${after ?? nothing}
      </div>
    </div>
  </div>`;
}

export interface ShellOptions {
  content: FaqContent;
  locale: Locale;
  theme: Theme;
  /** The title's heading level, or 0 for no title. */
  title: number;
  /** Before the title: the quick-exit button and the language menu. */
  top: unknown;
  /** The "show all / hide all" button's state; `undefined`: no such button. */
  allOpen?: boolean;
  setAll?: () => void;
  /** The questions (`entry`). */
  items: unknown;
  onKeydown?: (event: KeyboardEvent) => void;
  /** After the closing line: the host's help block. */
  help: unknown;
}

/** The title's heading (level 1–6), its text from the element's `title` slot. */
export const titleHeading = (level: number) => shadowHeading(level, 'title', html`<span id="title"><slot name="title"></slot></span>`);

/** The "show all / hide all" button: it says what a press does. */
export const expandAll = (content: FaqContent, allOpen: boolean, setAll?: () => void) =>
  html`<div class="expand-all">
    <button type="button" part="expand-all" aria-expanded=${allOpen} @click=${setAll}>${allOpen ? content.hideAll : content.showAll}</button>
  </div>`;

/** The whole widget around its questions, in `locale`; the text comes from the element's slots. */
export const shell = ({ content, locale, theme, title, top, allOpen, setAll, items, onKeydown, help }: ShellOptions) =>
  html`<section
    class="faq ${theme}"
    part="base"
    lang=${locale}
    dir=${directionOf(locale)}
    aria-labelledby=${title ? 'title' : nothing}
    aria-label=${title ? nothing : content.title}
  >
    ${top}${title ? titleHeading(title) : nothing}${allOpen === undefined ? nothing : expandAll(content, allOpen, setAll)}
    <div class="list" @keydown=${onKeydown}>${items}</div>
    <div class="more-info" part="more-info"><slot name="more-info"></slot></div>
    ${help}
  </section>`;
