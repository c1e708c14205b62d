/**
 * Test helpers: the element comes from the built `dist/` file, exactly as a host page loads it.
 */
import { fixture } from '@open-wc/testing';
import type { MensenhandelFaq } from '../src/mensenhandel-faq.js';
import '../dist/mensenhandel-faq.js';

export type Faq = MensenhandelFaq;

/** Renders host-page markup and returns the first `<mensenhandel-faq>` in it, fully rendered. */
export async function faq(markup: string): Promise<Faq> {
  const wrapper = await fixture<HTMLElement>(`<div>${markup}</div>`);
  const element = wrapper.querySelector('mensenhandel-faq');
  if (!element) throw new Error(`no <mensenhandel-faq> in ${markup}`);
  await element.updateComplete;
  return element;
}

/** A `<slot>`, also from another window (a test page in an iframe: its own `HTMLSlotElement`). */
const isSlot = (node: Node): node is HTMLSlotElement => node.nodeName === 'SLOT';

/**
 * The widget as a reader meets it: its shadow root with each slot replaced by what is assigned to
 * it (the widget's text lives in its light DOM, light-text.ts), as a detached copy in which every
 * node maps back to the live one. Selectors can then span the two trees (`#answer-6 a`).
 */
function flatCopy(el: Faq): { copy: HTMLElement; live: Map<Node, Node> } {
  const live = new Map<Node, Node>();
  const copyOf = (node: Node): Node[] => {
    if (isSlot(node)) return node.assignedNodes({ flatten: true }).flatMap(copyOf);
    const copy = node.cloneNode(false);
    live.set(copy, node);
    for (const child of node.childNodes) for (const part of copyOf(child)) copy.appendChild(part);
    return [copy];
  };
  const copy = document.createElement('div');
  for (const child of el.shadowRoot!.childNodes) for (const node of copyOf(child)) copy.appendChild(node);
  return { copy, live };
}

/** Everything in the widget (its shadow root and the text slotted into it) matching `selector`. */
export function all<T extends Element = HTMLElement>(el: Faq, selector: string): T[] {
  const { copy, live } = flatCopy(el);
  return [...copy.querySelectorAll(selector)].map((node) => live.get(node) as T);
}
/** The first match in the widget; throws if there is none. */
export function one<T extends Element = HTMLElement>(el: Faq, selector: string): T {
  const [found] = all<T>(el, selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

/**
 * The text a reader meets in `node`: through its slots, as rendered (a shadow-root element's
 * `textContent` misses the slotted text). Comments, styles and scripts say nothing.
 */
export function shownText(node: Node): string {
  if (isSlot(node)) return node.assignedNodes({ flatten: true }).map(shownText).join('');
  if (node.nodeType === Node.TEXT_NODE) return node.textContent!;
  if (node.nodeType === Node.COMMENT_NODE || ['STYLE', 'SCRIPT'].includes(node.nodeName)) return '';
  return [...node.childNodes].map(shownText).join('');
}

/** The widget's text in its light DOM (src/light-text.ts): its children in a slot, but the host's help blocks. */
export const ownText = (el: Faq) => [...el.querySelectorAll<HTMLElement>(':scope > [slot]:not([slot="help"])')];
/**
 * The `lang` or `dir` the content is marked with: on the base (the controls) and on each of the
 * text elements, which carry their own. One value if they all agree, else every value found.
 */
export const marked = (el: Faq, name: 'lang' | 'dir') => {
  const values = [...new Set([one(el, '[part~="base"]'), ...ownText(el)].map((node) => node.getAttribute(name)))];
  return values.length === 1 ? values[0] : values;
};

export const questionButtons = (el: Faq) => all<HTMLButtonElement>(el, '[part~="question"]');
export const answers = (el: Faq) => all(el, '[part~="answer"]');
export const questionTexts = (el: Faq) => questionButtons(el).map((button) => shownText(button).trim());
export const expandAll = (el: Faq) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="expand-all"]');
/** Ids of the questions whose answers are shown, in order. */
export const openIds = (el: Faq) =>
  questionButtons(el)
    .filter((button) => button.getAttribute('aria-expanded') === 'true')
    .map((button) => Number(button.id.replace('question-', '')));
/** The panel a question button controls. */
export const panelOf = (el: Faq, button: HTMLButtonElement) =>
  el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!);

/** Every shipped language, the Dutch source first (as in lit-localize.json). */
export const LANGUAGES = ['nl', 'en', 'pl', 'ro', 'bg', 'uk', 'ar', 'fr', 'es', 'hu', 'vi', 'zh', 'pt', 'ru'];
/** The translations. */
export const TRANSLATIONS = LANGUAGES.slice(1);

export const DUTCH_QUESTIONS = [
  'Wat is mensenhandel?',
  'Komt mensenhandel in Nederland voor en waar?',
  'Waar komen slachtoffers van mensenhandel vandaan?',
  'Op welke schaal komt mensenhandel in Nederland voor?',
  'Is mensenhandel hetzelfde als mensensmokkel?',
  'Hoe herken je mensenhandel?',
];
export const ENGLISH_QUESTIONS = [
  'What is human trafficking?',
  'Does human trafficking happen in the Netherlands, and where?',
  'Where do victims of human trafficking come from?',
  'On what scale does human trafficking happen in the Netherlands?',
  'Is human trafficking the same as people smuggling?',
  'How do you recognise human trafficking?',
];

/** Collects `console.warn` calls while the test runs; call `restore()` at the end. */
export function captureWarnings() {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return {
    messages,
    /** Warnings that mention `text`. */
    about: (text: string) => messages.filter((message) => message.includes(text)),
    restore: () => {
      console.warn = original;
    },
  };
}


/**
 * Loads a host page (or `srcdoc` markup) in an iframe, as a visitor would, and waits until its
 * widgets have rendered (`javascript: false`: as a visitor with JavaScript off; `upgrade: false`:
 * for a page that loads no script yet). `T` types what the page's own scripts put on its window.
 */
export async function loadPage<T = object>(
  page: { src: string } | { srcdoc: string } | string,
  {
    width = 800,
    height = 600,
    javascript = true,
    upgrade = javascript,
    topNavigation = true,
  }: { width?: number; height?: number; javascript?: boolean; upgrade?: boolean; topNavigation?: boolean } = {},
): Promise<Window & T> {
  const iframe = document.createElement('iframe');
  // A sandbox without allow-scripts: the frame runs no script at all, as with JavaScript off.
  if (!javascript) iframe.setAttribute('sandbox', 'allow-same-origin');
  // Without allow-top-navigation: the frame may not navigate the test's own page (quick exit then leaves the frame).
  else if (!topNavigation) iframe.setAttribute('sandbox', 'allow-scripts allow-same-origin');
  Object.assign(iframe, typeof page === 'string' ? { src: page } : page);
  // The frame is the visitor's viewport: its width is the CSS width the page lays out in.
  Object.assign(iframe.style, { width: `${width}px`, height: `${height}px`, border: '0' });
  // Inside a fixture, so it is removed after the test.
  (await fixture<HTMLElement>('<div></div>')).append(iframe);
  await new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  const frame = iframe.contentWindow as Window & T;
  const widgets = [...frame.document.querySelectorAll('mensenhandel-faq')];
  // Scripts run before the frame's load event (module, async and inserted ones delay it): by now
  // the element is defined, or its script failed and it never will be. No waiting on a timer.
  if (upgrade && frame.customElements.get('mensenhandel-faq')) {
    for (const el of widgets) await (el as Faq).updateComplete;
  }
  return frame;
}

/** A blank host page with the script tag and the given markup, for `loadPage({ srcdoc })`. */
export const hostPage = (markup: string, head = '') =>
  `<!doctype html><html lang="nl"><head><meta name="viewport" content="width=device-width"><script type="module" src="/dist/mensenhandel-faq.js"></script>${head}</head><body>${markup}</body></html>`;

/**
 * Waits a fixed time, for checks that something does NOT happen (an error, a script running, a
 * page being left): there is no event to wait for. Everything else waits for its condition.
 */
export const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
