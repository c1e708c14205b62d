// Hostile host pages: aggressive resets, odd sizes and directions, styled hosts, other
// components. The widget must stay readable, operable and axe-clean in each.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { faq, openIds, questionButtons, questionTexts, DUTCH_QUESTIONS, type Faq } from './helpers.js';

const HOSTILE_CSS: [string, string][] = [
  ['a global reset of the light DOM', '* { all: unset !important; }'],
  ['hidden buttons and headings', 'button, h1, h2, h3, h4, h5, h6, section, p { display: none !important; visibility: hidden !important; }'],
  ['a huge root font size', 'html { font-size: 48px !important; }'],
  ['a tiny root font size', 'html { font-size: 6px !important; }'],
  ['a right-to-left page', 'html { direction: rtl !important; }'],
  ['a host that sets colour and font on the element', 'mensenhandel-faq { color: rgb(250, 250, 250) !important; background: rgb(255, 255, 255); font: italic 30px/1 serif !important; }'],
  ['inherited hostile text styles', 'body { color: transparent; letter-spacing: -2px; text-transform: uppercase; visibility: visible; }'],
];

/** Readable, operable and axe-clean, checked as a user and a screen reader would. */
async function expectUsable(el: Faq) {
  expect(questionTexts(el)).to.deep.equal(DUTCH_QUESTIONS);
  for (const button of questionButtons(el)) {
    const box = button.getBoundingClientRect();
    expect(box.height, 'question visible').to.be.at.least(44);
    expect(box.width).to.be.greaterThan(44);
  }
  questionButtons(el)[1]!.click();
  await el.updateComplete;
  expect(openIds(el)).to.deep.equal([2]);
  expect(el.shadowRoot!.getElementById('answer-2')!.getBoundingClientRect().height).to.be.greaterThan(20);
  questionButtons(el)[3]!.focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
  expect(openIds(el)).to.deep.equal([2, 4]);
  await expect(el).to.be.accessible();
}

describe('hostile host pages', () => {
  for (const [name, css] of HOSTILE_CSS) {
    it(`stays usable with ${name}`, async () => {
      const style = document.createElement('style');
      style.textContent = css;
      document.head.append(style);
      try {
        await expectUsable(await faq('<mensenhandel-faq></mensenhandel-faq>'));
      } finally {
        style.remove();
      }
    });
  }

  it('keeps its own direction on a right-to-left page', async () => {
    const el = await faq('<div dir="rtl"><mensenhandel-faq lang="nl"></mensenhandel-faq></div>');
    const base = el.shadowRoot!.querySelector('[part~="base"]')!;
    expect(getComputedStyle(base).direction).to.equal('ltr');
  });

  it('stays usable inside another component’s shadow root', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<style>:host { all: initial } * { all: unset }</style><mensenhandel-faq></mensenhandel-faq>';
    const el = root.querySelector('mensenhandel-faq')!;
    await el.updateComplete;
    try {
      await expectUsable(el);
    } finally {
      host.remove();
    }
  });
});

/**
 * The widget's text is in the page's own DOM (src/light-text.ts), where the page's CSS reaches it.
 * What the README promises: the page's rules for its elements cannot change it, not even with
 * `!important` (what the element inherits from the page, as any element does, it keeps); the
 * `--mensenhandel-faq-*` properties can, and so can `!important` rules in a cascade layer of the
 * page's own (they come before the widget's layer); the host's help blocks stay the host's.
 */
describe('host CSS and the widget’s text in the light DOM', () => {
  const STYLES = ['color', 'font-size', 'font-weight', 'display', 'margin-top', 'margin-bottom', 'letter-spacing', 'text-transform', 'visibility', 'text-decoration-line'];
  /** The computed styles of the title, a question, an answer's paragraph and a link. */
  const read = (el: Faq) =>
    ['[slot="title"]', '[slot="question-6"]', '[slot="answer-6"] p', '[slot="answer-6"] a', '[slot="more-info"] a'].map((selector) => {
      const style = getComputedStyle(el.querySelector(selector)!);
      return `${selector} ${STYLES.map((name) => style.getPropertyValue(name)).join(' ')}`;
    });
  const withStyle = async (css: string, test: () => Promise<void>) => {
    const style = document.createElement('style');
    style.textContent = css;
    document.head.append(style);
    try {
      await test();
    } finally {
      style.remove();
    }
  };

  it('the page’s rules for its elements, even specific and !important ones, change none of its text', async () => {
    const el = await faq('<mensenhandel-faq open="6"></mensenhandel-faq>');
    const before = read(el);
    await withStyle(
      'mensenhandel-faq *, mensenhandel-faq h2, mensenhandel-faq h3, mensenhandel-faq p, mensenhandel-faq a, mensenhandel-faq div { color: rgb(255, 0, 0) !important; font-size: 40px !important; font-weight: 100 !important; display: inline !important; margin: 30px !important; letter-spacing: 5px !important; text-transform: uppercase !important; visibility: hidden !important; text-decoration: none !important; }',
      async () => {
        expect(read(el)).to.deep.equal(before);
        expect(questionTexts(el)).to.deep.equal(DUTCH_QUESTIONS);
      },
    );
  });

  it('the --mensenhandel-faq-* properties do change it', async () => {
    const el = await faq('<mensenhandel-faq open="6" style="--mensenhandel-faq-link-color: rgb(1, 2, 3); --mensenhandel-faq-color: rgb(4, 5, 6)"></mensenhandel-faq>');
    expect(getComputedStyle(el.querySelector('[slot="answer-6"] a')!).color).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(el.querySelector('[slot="answer-6"] p')!).color).to.equal('rgb(4, 5, 6)');
  });

  it('an !important rule in a cascade layer of the page’s own does change it (as the README says)', async () => {
    const el = await faq('<mensenhandel-faq open="6"></mensenhandel-faq>');
    await withStyle('@layer page { mensenhandel-faq p { color: rgb(7, 8, 9) !important; } }', async () => {
      expect(getComputedStyle(el.querySelector('[slot="answer-6"] p')!).color).to.equal('rgb(7, 8, 9)');
    });
  });

  it('the host’s help blocks keep the page’s own styles', async () => {
    const el = await faq('<mensenhandel-faq><p slot="help" class="own-help">Bel 0800-0000</p></mensenhandel-faq>');
    await withStyle('.own-help { color: rgb(10, 11, 12); letter-spacing: 2px; }', async () => {
      const style = getComputedStyle(el.querySelector('.own-help')!);
      expect([style.color, style.letterSpacing]).to.deep.equal(['rgb(10, 11, 12)', '2px']);
    });
  });
});
