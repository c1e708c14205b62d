/**
 * The comparison behind the house-style tests and `npm run house-styles`: a portal page with
 * a house style's class on `<body>`, its own accordion (#reference) beside `<mensenhandel-faq>`
 * with no CSS of ours, and the 14 styles a visitor sees, read from both as computed styles.
 */
import { HOUSE_STYLES, type HouseStyle } from '../../src/embed/house-styles.js';
import { REFERENCE_STYLESHEETS, referenceAccordion } from './reference.js';

type Part = 'question' | 'firstSection' | 'lastSection' | 'text' | 'panel' | 'link' | 'title';
type Parts = Record<Part, Element>;

/** The compared styles: which part, which computed properties (all must be equal). */
export const STYLES: Record<string, [Part, string[]]> = {
  'question colour': ['question', ['color']],
  'question background': ['question', ['background-color']],
  'question font family': ['question', ['font-family']],
  'question size and weight': ['question', ['font-size', 'font-size-adjust', 'font-weight']],
  'question padding': ['question', ['padding-top', 'padding-right', 'padding-bottom', 'padding-left']],
  'question corners': ['question', ['border-top-left-radius', 'border-bottom-right-radius']],
  'section rule': ['firstSection', ['border-top', 'border-left']],
  'answer text': ['text', ['font-family', 'font-size', 'font-size-adjust', 'color']],
  'panel padding': ['panel', ['padding-top', 'padding-right', 'padding-bottom', 'padding-left']],
  'link colour': ['link', ['color']],
  title: ['title', ['font-family', 'font-size', 'font-weight', 'color']],
};
/** Styles of the question in a state: keyboard focus and hover. */
export const STATE_STYLES: Record<string, string[]> = {
  'focus ring': ['outline-style', 'outline-color', 'outline-width', 'outline-offset', 'box-shadow'],
  'focus fill': ['background-color', 'color'],
  hover: ['background-color', 'color'],
};
/** Every compared style, 14 in all. */
export const STYLE_NAMES = [...Object.keys(STYLES), ...Object.keys(STATE_STYLES)];

export interface Reading {
  style: string;
  theirs: string;
  ours: string;
}

/** A border or ring of width 0 (or style none) looks the same whatever its colour: say `none`. */
function read(element: Element, property: string): string {
  const style = getComputedStyle(element);
  const side = /^border-(top|right|bottom|left)$/.exec(property)?.[1];
  if (side) {
    const width = style.getPropertyValue(`border-${side}-width`);
    const kind = style.getPropertyValue(`border-${side}-style`);
    return width === '0px' || kind === 'none' ? 'none' : `${width} ${kind} ${style.getPropertyValue(`border-${side}-color`)}`;
  }
  if (property.startsWith('outline-') && style.outlineStyle === 'none') return 'none';
  if (property === 'box-shadow' && /^rgba\(0, 0, 0, 0\)|^none$/.test(style.boxShadow)) return 'none';
  return style.getPropertyValue(property);
}

const readAll = (element: Element, properties: string[]) => properties.map((p) => `${p}: ${read(element, p)}`).join('; ');

export function theirParts(doc: Document): Parts {
  const root = doc.getElementById('reference')!;
  const sections = [...root.querySelectorAll('h3')].map((heading) => heading.parentElement!);
  const text = root.querySelector('p')!;
  return {
    question: root.querySelector('button')!,
    firstSection: sections[0]!,
    lastSection: sections[sections.length - 1]!,
    text,
    panel: text.parentElement!,
    link: text.querySelector('a')!,
    title: root.querySelector('h2')!,
  };
}

/** Our parts: the controls in the shadow root, the text where it is rendered from (the light DOM, slotted). */
export function ourParts(doc: Document): Parts {
  const element = doc.querySelector('mensenhandel-faq')!;
  const shadow = element.shadowRoot!;
  const items = shadow.querySelectorAll('.item');
  return {
    question: shadow.querySelector('[part~="question"]')!,
    firstSection: items[0]!,
    lastSection: items[items.length - 1]!,
    text: element.querySelector('[slot="answer-1"] p')!,
    panel: shadow.querySelector('#answer-1 > div')!,
    link: element.querySelector('[slot="answer-6"] a')!,
    title: element.querySelector('[slot="title"]')!,
  };
}

/** The styles that need no interaction. */
export function readStatic(doc: Document): Reading[] {
  const theirs = theirParts(doc);
  const ours = ourParts(doc);
  return Object.entries(STYLES).map(([style, [part, properties]]) => ({
    style,
    theirs: readAll(theirs[part], properties),
    ours: readAll(ours[part], properties),
  }));
}

/** Reads one state style from both questions (the caller has put them in that state). */
export const readState = (style: string, theirs: Element, ours: Element): Reading => ({
  style,
  theirs: readAll(theirs, STATE_STYLES[style]!),
  ours: readAll(ours, STATE_STYLES[style]!),
});

/** The focus styles, with each question focused as by the keyboard. */
export function readFocus(doc: Document): Reading[] {
  const questions = [theirParts(doc).question, ourParts(doc).question] as HTMLElement[];
  const readings = [];
  for (const style of ['focus ring', 'focus fill']) {
    const values = questions.map((question) => {
      question.focus({ focusVisible: true } as FocusOptions);
      const value = readAll(question, STATE_STYLES[style]!);
      question.blur();
      return value;
    });
    readings.push({ style, theirs: values[0]!, ours: values[1]! });
  }
  return readings;
}

/**
 * The portal page for one house style, as `srcdoc` markup. A portal built on Utrecht's components
 * also has `utrecht-root` on its root: its inherited text styles (font-size-adjust among them)
 * reach both accordions, as on a real portal.
 */
export function portalPage(style: HouseStyle, widget = '<mensenhandel-faq open="1 6"></mensenhandel-faq>'): string {
  const links = [...style.stylesheets, ...REFERENCE_STYLESHEETS[style.accordion]].map((href) => `<link rel="stylesheet" href="${href}">`).join('');
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">${links}
    <script type="module" src="/dist/mensenhandel-faq.js"></script>
    <style>body{margin:0;padding:16px;display:grid;grid-template-columns:1fr 1fr;gap:32px;align-items:start;background:#fff}</style></head>
    <body class="${style.className}${style.accordion === 'utrecht' ? ' utrecht-root' : ''}"><div id="reference">${referenceAccordion(style)}</div>${widget}</body></html>`;
}

export const houseStyle = (id: string) => HOUSE_STYLES.find((style) => style.id === id)!;
