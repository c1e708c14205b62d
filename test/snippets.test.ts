// The recommended embed (src/embed/: the configurator and `npm run snippet`) and
// dist/snippets/<lang>.html: the widget prerendered as declarative shadow DOM. With JavaScript
// off its questions open and close (they are <details>) and no other control pretends to work;
// where the script runs, the element takes it over in place: nothing moves, nothing flashes, and
// what the visitor opened stays open.
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { DEFAULT_CONFIG, embed, HOUSE_STYLES, type Config } from '../src/embed/index.js';
import { LANGUAGES, loadPage, openIds, questionButtons, shownText, type Faq } from './helpers.js';

const SCRIPT = new URL('/dist/mensenhandel-faq.js', location.href).href;
/** The built files the embed is made of. */
const DIST = new URL('/dist/', location.href);
const snippet = async (lang: string) => (await fetch(`/dist/snippets/${lang}.html`)).text();
const render = async (config: Partial<Config> = {}) =>
  embed({ ...DEFAULT_CONFIG, scriptUrl: SCRIPT, ...config }, DIST);

/** A page with the markup, with JavaScript off. */
const withoutJavaScript = (markup: string) =>
  loadPage({ srcdoc: `<!doctype html><html lang="nl"><head><meta charset="utf-8"></head><body>${markup}</body></html>` }, { javascript: false });

const rootOf = (frame: Window) => frame.document.querySelector('mensenhandel-faq')!.shadowRoot!;
const summaries = (frame: Window) => [...rootOf(frame).querySelectorAll<HTMLElement>('summary')];
const answerShown = (frame: Window, id: number) => rootOf(frame).getElementById(`answer-${id}`)!.checkVisibility();

describe('prerendered snippets, JavaScript off', () => {
  for (const lang of LANGUAGES) {
    it(`${lang}: six questions that open and close without a script; no other control shown or announced`, async () => {
      const frame = await withoutJavaScript(await snippet(lang));
      expect(frame.customElements.get('mensenhandel-faq')).to.be.undefined;
      const root = rootOf(frame);
      expect(root, 'declarative shadow root').to.exist;
      expect(root.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal(lang);
      expect(summaries(frame)).to.have.length(6);
      for (const summary of summaries(frame)) {
        expect(shownText(summary.querySelector('[part~="heading"] [part~="question"]')!).trim().length).to.be.greaterThan(5);
      }
      expect(root.querySelectorAll('[aria-expanded], [role="button"], [aria-controls]'), 'nothing announces a state it cannot change').to.have.length(0);
      expect([1, 2, 3, 4, 5, 6].map((id) => answerShown(frame, id))).to.deep.equal([false, false, false, false, false, false]);
      summaries(frame)[2]!.click();
      expect(answerShown(frame, 3)).to.be.true;
      expect(shownText(rootOf(frame).getElementById('answer-3')!).trim().length).to.be.greaterThan(40);
      summaries(frame)[2]!.click();
      expect(answerShown(frame, 3)).to.be.false;
      // The show-all control needs the script: it keeps its place but is not seen, focused or announced.
      const showAll = root.querySelector<HTMLElement>('[part~="expand-all"]')!;
      expect(frame.getComputedStyle(showAll).visibility).to.equal('hidden');
      expect(showAll.querySelector('[data-nosnippet]')!.textContent!.trim().length, 'its text is kept out of search snippets').to.be.greaterThan(3);
      expect(shownText(root.querySelector('[part~="more-info"]')!)).to.contain('www.mensenhandelweb.nl');
    });
  }

  it('opens a question from the keyboard, without a script', async () => {
    const frame = await withoutJavaScript(await snippet('en'));
    summaries(frame)[1]!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => answerShown(frame, 2), 'Enter did not open the answer');
    await sendKeys({ press: ' ' });
    await waitUntil(() => !answerShown(frame, 2), 'Space did not close the answer');
  });

  it('with `single`, opening one question closes the other, without a script', async () => {
    const frame = await withoutJavaScript((await render({ lang: 'en', single: true })).body);
    summaries(frame)[0]!.click();
    summaries(frame)[3]!.click();
    expect([1, 2, 3, 4, 5, 6].filter((id) => answerShown(frame, id))).to.deep.equal([4]);
  });

  it('every optional control (quick exit, language menu, copy link) keeps its place, unseen, its text out of search snippets', async () => {
    const { body } = await render({ lang: 'pl', id: 'faq', exitUrl: 'https://www.buienradar.nl/', languageMenu: true, open: [2] });
    const frame = await withoutJavaScript(body);
    const root = rootOf(frame);
    const controls = [...root.querySelectorAll<HTMLElement>('button, select, label')];
    expect(controls.map((control) => control.getAttribute('part'))).to.include.members(['quick-exit', 'language-label', 'language-menu', 'expand-all', 'copy-link']);
    for (const control of controls) {
      expect(frame.getComputedStyle(control).visibility, control.outerHTML).to.equal('hidden');
      expect(control.closest('[data-nosnippet]') ?? control.querySelector('[data-nosnippet]'), control.outerHTML).to.exist;
    }
    expect(answerShown(frame, 2), 'open as configured').to.be.true;
  });
});

/** Loads the embed with its script held back, then lets the script in; returns what moved. */
async function takeOver(markup: string, { before, head = '', className = '' }: { before?: (frame: Window) => void; head?: string; className?: string } = {}) {
  const [content, ...scripts] = markup.split(/\n(?=<script|<link rel="modulepreload")/);
  const frame = await loadPage<{ shift: number; moved: string[] }>(
    {
      srcdoc: `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">${head}</head><body class="${className}"><h1>Gemeente</h1>${content}<p id="after">Na de vragen</p></body></html>`,
    },
    { upgrade: false },
  );
  const boxes = () =>
    [...rootOf(frame).querySelectorAll('[part~="question"], [part~="title"], [part~="more-info"], .answer-body'), frame.document.getElementById('after')!]
      // A closed answer has no box on screen (the browser may still report the size it would have).
      .filter((node) => node.checkVisibility())
      .map((node) => {
        const { x, y, width, height } = node.getBoundingClientRect();
        return `${node.id || node.getAttribute('part') || node.parentElement!.id} ${Math.round(x)},${Math.round(y)} ${Math.round(width)}×${Math.round(height)}`;
      });
  await frame.document.fonts.ready;
  before?.(frame);
  // What moves is measured from a painted page: on a loaded machine the frame's load event may come
  // before its first paint with the shadow root's styles (which do not block rendering), and that
  // paint would count as a shift of the takeover.
  await new Promise((resolve) => frame.requestAnimationFrame(() => frame.requestAnimationFrame(resolve)));
  const shown = boxes();
  frame.shift = 0;
  frame.moved = [];
  // Layout shifts are reported by Chromium; every engine compares the boxes.
  if ('LayoutShift' in frame) {
    new (frame as unknown as typeof globalThis).PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources: { node?: Node }[] })[]) {
        frame.shift += entry.value;
        frame.moved.push(...entry.sources.map(({ node }) => (node && 'outerHTML' in node ? (node as Element).outerHTML.slice(0, 80) : `${node?.textContent}`)));
      }
    }).observe({ type: 'layout-shift' });
  }
  frame.document.body.insertAdjacentHTML('beforeend', scripts.join(''));
  // insertAdjacentHTML leaves scripts inert: add them as the parser would.
  for (const inert of frame.document.querySelectorAll('script')) {
    const script = frame.document.createElement('script');
    script.type = 'module';
    script.src = inert.getAttribute('src')!;
    inert.replaceWith(script);
  }
  await frame.customElements.whenDefined('mensenhandel-faq');
  const el = frame.document.querySelector('mensenhandel-faq') as Faq;
  await el.updateComplete;
  await new Promise((resolve) => frame.requestAnimationFrame(() => setTimeout(resolve, 50)));
  return { frame, el, shown, after: boxes() };
}

describe('the embed, taken over by its script', () => {
  for (const lang of LANGUAGES) {
    it(`${lang}: in place, with nothing moving (the page has the embed's head too)`, async () => {
      const { head, body } = await render({ lang });
      const { el, shown, after, frame } = await takeOver(body, { head });
      expect(after).to.deep.equal(shown);
      expect(frame.shift, `moved: ${frame.moved.join(' | ')}`).to.equal(0);
      expect(el.shadowRoot!.querySelectorAll('details, style')).to.have.length(0);
      expect(questionButtons(el).map((button) => button.localName)).to.deep.equal(Array(6).fill('button'));
      expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal(lang);
    });
  }

  it('with every feature (quick exit, language menu, copy link, help, single, open): in place', async () => {
    const config: Partial<Config> = { lang: 'ar', id: 'faq', exitUrl: 'https://www.buienradar.nl/', languageMenu: true, help: 'اتصل: 0800', single: true, open: [4], headingLevel: 3 };
    const { el, shown, after, frame } = await takeOver((await render(config)).body);
    expect(after).to.deep.equal(shown);
    expect(frame.shift, `moved: ${frame.moved.join(' | ')}`).to.equal(0);
    expect(openIds(el)).to.deep.equal([4]);
    expect(el.shadowRoot!.querySelector('[part~="quick-exit"]')!.checkVisibility({ visibilityProperty: true })).to.be.true;
  });

  for (const style of HOUSE_STYLES) {
    const { id } = style;
    it(`prerendered in a portal's house style (${id}): in place, in the portal's look before and after`, async () => {
      const links = style.stylesheets.map((href) => `<link rel="stylesheet" href="${href}">`).join('');
      const { body } = await render({ lang: 'nl', houseStyle: id });
      const { el, shown, after } = await takeOver(body, { head: links, className: style.className });
      // Same boxes before and after. (Layout shift is not asserted here: on a cold cache the
      // theme's own web fonts may still swap in while the script arrives.)
      expect(after).to.deep.equal(shown);
      // The element's own sheet and one per adapter: the adapters the house style declares (whose
      // styles the embed carries) are the ones the element found the theme's tokens for.
      expect(el.shadowRoot!.adoptedStyleSheets.length, 'the adapters that arrived').to.equal(1 + style.adapters.length);
      for (const adapter of style.adapters) expect(body).to.contain(`/dist/design-systems/${adapter}.js">`);
    });
  }

  it('keeps what the visitor opened and focused before the script arrived', async () => {
    const { el } = await takeOver((await render({ lang: 'en', open: [1] })).body, {
      before: (frame) => {
        summaries(frame)[0]!.click();
        summaries(frame)[2]!.click();
        summaries(frame)[4]!.focus();
      },
    });
    expect(openIds(el)).to.deep.equal([3]);
    expect(el.shadowRoot!.activeElement!.id).to.equal('question-5');
  });

  it('copes with prerendered content its attributes no longer match (a hand-edited `questions`), a question focused', async () => {
    const { body } = await render({ lang: 'en' });
    const edited = body.replace('<mensenhandel-faq lang="en">', '<mensenhandel-faq lang="en" questions="1 2">');
    const { el } = await takeOver(edited, { before: (frame) => summaries(frame)[4]!.focus() });
    expect(questionButtons(el)).to.have.length(2);
    expect(el.shadowRoot!.querySelectorAll('details')).to.have.length(0);
  });

  it('preloads the language and features it will ask for, beside the script, after the content', async () => {
    const { head, body } = await render({ lang: 'pl-PL', id: 'faq', scriptUrl: 'https://cdn.example.org/faq/mensenhandel-faq.js?v=2' });
    expect(head).to.equal('<link rel="expect" href="#faq-end" blocking="render">');
    expect(body.split('\n').slice(-3)).to.deep.equal([
      '<script type="module" src="https://cdn.example.org/faq/mensenhandel-faq.js?v=2" id="faq-end"></script>',
      '<link rel="modulepreload" href="https://cdn.example.org/faq/locales/pl.js">',
      '<link rel="modulepreload" href="https://cdn.example.org/faq/features/links.js">',
    ]);
  });
});

describe('the embed for a strict Content-Security-Policy', () => {
  /** A page served with `Content-Security-Policy: default-src 'self'` (test/server-commands.js). */
  let pages = 0;
  const strictPage = async (markup: string, head: string, upgrade = true) => {
    const path = `/test/fixtures/embed-${++pages}.html`;
    const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><script src="/test/fixtures/record-csp-violations.js"></script>${head}</head><body>${markup}</body></html>`;
    await executeServerCommand('serve-page', { path, html });
    return loadPage<{ cspViolations: string[] }>(path, { upgrade });
  };

  it('links its styles (no inline style), looks the same before and after the script, and breaks no rule', async () => {
    const { head, body } = await render({ lang: 'en', strictCsp: true });
    expect(head).to.equal(
      `<link rel="expect" href="#mensenhandel-faq-end" blocking="render">\n<link rel="preload" as="style" href="${location.origin}/dist/mensenhandel-faq.css">\n<link rel="preload" as="style" href="${location.origin}/dist/mensenhandel-faq-text.css">`,
    );
    expect(body).not.to.contain('<style');
    expect(body).not.to.contain('data:');
    const [content] = body.split('\n<script');
    const still = await strictPage(content!, head, false);
    const question = rootOf(still).querySelector('[part~="question"]')!;
    await waitUntil(() => still.getComputedStyle(question).fontWeight === '700', 'the linked styles did not apply');
    const height = question.getBoundingClientRect().height;
    const frame = await strictPage(body, head);
    const el = frame.document.querySelector('mensenhandel-faq') as Faq;
    await el.updateComplete;
    expect(questionButtons(el)[0]!.getBoundingClientRect().height).to.equal(height);
    expect([...still.cspViolations, ...frame.cspViolations]).to.deep.equal([]);
  });

  it('(the default embed’s data: styles are what such a policy blocks)', async () => {
    const { body } = await render({ lang: 'en' });
    const frame = await strictPage(body.split('\n<script')[0]!, '', false);
    await waitUntil(() => frame.cspViolations.length > 0, 'no violation recorded');
    expect(frame.cspViolations[0]).to.match(/^style-src/);
  });
});
