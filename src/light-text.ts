/**
 * The widget's text in the page's own DOM (ARCHITECTURE.md, "Text in the light DOM").
 *
 * The title, the questions, the answers and the closing line are ordinary HTML children of the
 * element, in the widget's language, so that every tool that reads the page's own DOM gets them:
 * reader views, read-aloud services, page translators, crawlers, a CMS that filters the markup.
 * The shadow root places each child with a named slot: a question inside its button, an answer
 * inside its panel. The text reaches assistive technology once, through the slots.
 *
 * The children are headings and paragraphs for those tools; `role="none"` on the headings keeps
 * them out of the accessibility tree, where the shadow root's own heading and button carry the
 * question. light-text.styles.ts makes the page's CSS leave them alone.
 */
import { html, nothing } from 'lit';
import type { FaqContent, Paragraph, QuestionId } from './content.js';
import { heading, NONE } from './headings.js';
import { directionOf, SOURCE_LOCALE, type Locale } from './locale.js';
import { TEXT_STYLES } from './light-text.styles.js';

/**
 * The element's children that are its own text: every child in a slot but the host's `help`
 * blocks (the slots `title`, `question-1`…`-6`, `answer-1`…`-6`, `more-info`; the widget
 * writes them and replaces them). The host's other children (the fallback link) have no slot.
 */
export const ownText = (host: Element) => host.querySelectorAll(':scope>[slot]:not([slot=help])');

/** What the text depends on besides the language. */
export interface TextOptions {
  ids: readonly QuestionId[];
  /** The title's heading level; questions are one deeper (at most 6). */
  level: number;
  title: boolean;
}

/**
 * Text and links of one paragraph; text is always rendered as text. Every linked site is Dutch:
 * in a widget in another language the links say so to machines (`hreflang`), as the translated
 * text says it to people.
 */
const paragraph = (runs: Paragraph, dutch: boolean) =>
  runs.map((run) => (typeof run === 'string' ? run : html`<a href=${run.href} hreflang=${dutch ? nothing : 'nl'} rel="noreferrer">${run.text}</a>`));

/** The text for `content` in `locale`, in reading order: the element renders it into itself. */
export function text(content: FaqContent, lang: Locale, { ids, level, title }: TextOptions) {
  const dir = directionOf(lang);
  const dutch = lang === SOURCE_LOCALE;
  // A heading in a slot, in the text's language, kept out of the accessibility tree (`role="none"`):
  // there the shadow root's heading around the slot carries it.
  const head = (depth: number, slot: string, words: string) => heading(depth, words, NONE, slot, 'none', lang, dir);
  return html`${title ? head(level, 'title', content.title) : nothing}${ids.map((id) => {
      const { question, answer } = content.entries[id - 1]!;
      return html`${head(level + 1, `question-${id}`, question)}<div slot="answer-${id}" lang=${lang} dir=${dir}>${answer.map((runs) => html`<p>${paragraph(runs, dutch)}</p>`)}</div>`;
    })}<p slot="more-info" lang=${lang} dir=${dir}>${paragraph(content.moreInfo, dutch)}</p>`;
}

/** The text's stylesheet, made when the first widget connects (module top levels touch no DOM). */
let sheet: CSSStyleSheet | undefined;

/** Adds the text's styles (light-text.styles.ts) to the document or shadow root `host` is in, once. */
export function adoptTextStyles(host: Element): void {
  const root = host.getRootNode() as Document | ShadowRoot;
  try {
    if (!sheet) (sheet = new CSSStyleSheet()).replaceSync(TEXT_STYLES);
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    // A document of another window (the element was moved there): its text keeps the page's styles.
  }
}
