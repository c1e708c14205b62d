/** The element's templates for one question and its pieces; the element wires in the behaviour. */
import { html, nothing, type TemplateResult } from 'lit';
import type { FaqEntry, Paragraph } from './content.js';

/**
 * A heading of level 1–6 (higher levels are capped at 6) with `name` as its part (the styles select parts). Six
 * small templates cost fewer bytes than lit/static-html's dynamic tag names.
 */
type Heading = (name: string, content: unknown) => TemplateResult;
const HEADINGS: readonly Heading[] = [
  (name, content) => html`<h1 part=${name}>${content}</h1>`,
  (name, content) => html`<h2 part=${name}>${content}</h2>`,
  (name, content) => html`<h3 part=${name}>${content}</h3>`,
  (name, content) => html`<h4 part=${name}>${content}</h4>`,
  (name, content) => html`<h5 part=${name}>${content}</h5>`,
  (name, content) => html`<h6 part=${name}>${content}</h6>`,
];
export const heading = (level: number, name: string, content: unknown) => HEADINGS[Math.min(level, 6) - 1]!(name, content);

/**
 * Text and links of one paragraph; text is always rendered as text. Every linked site is Dutch:
 * in a widget in another language the links say so to machines (`hreflang`), as the translated
 * text says it to people.
 */
export const paragraph = (runs: Paragraph, dutch: boolean) =>
  runs.map((run) => (typeof run === 'string' ? run : html`<a href=${run.href} hreflang=${dutch ? nothing : 'nl'} rel="noreferrer">${run.text}</a>`));

export interface EntryOptions {
  level: number;
  open: boolean;
  toggle: () => void;
  /** Find-in-page matched text in the closed answer. */
  reveal: () => void;
  /** Shown after the answer's text (the copy-link button, for elements with an id). */
  after?: unknown;
  /** Whether the widget is in Dutch, the language of the linked sites. */
  dutch: boolean;
}

/**
 * One question (an APG accordion header: a button, alone in a heading) and its answer panel.
 * The region is inside the element that `hidden="until-found"` hides: until-found hides an
 * element's content, not the element, so a region on it stays in the accessibility tree as an
 * empty landmark while closed (Chromium, Firefox).
 */
export function entry({ id, question, answer }: FaqEntry, { level, open, toggle, reveal, after, dutch }: EntryOptions) {
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
        @click=${toggle}
      >
        <span class="icon" part="icon" aria-hidden="true"></span>
        <span>${question}</span>
      </button>`,
    )}
    <div class="answer" part="answer" id="answer-${id}" hidden=${open ? nothing : 'until-found'} @beforematch=${reveal}>
      <div class="answer-body" role="region" aria-labelledby="question-${id}">
        ${answer.map((runs) => html`<p>${paragraph(runs, dutch)}</p>`)} ${after ?? nothing}
      </div>
    </div>
  </div>`;
}
