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
