import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { all, faq, hostPage, loadPage, questionButtons, shownText, type Faq } from './helpers.js';

describe('accessibility: axe', () => {
  for (const lang of ['nl', 'en']) {
    for (const theme of ['light', 'dark', 'auto']) {
      for (const open of ['', 'all']) {
        it(`has no violations: lang=${lang} theme=${theme} ${open ? 'all open' : 'all closed'}`, async () => {
          const el = await faq(`<mensenhandel-faq lang="${lang}" theme="${theme}" open="${open}"></mensenhandel-faq>`);
          await expect(el).to.be.accessible();
        });
      }
    }
  }

  for (const attributes of ['hide-title', 'single heading-level="5"', 'hide-expand-all questions="6 3"']) {
    it(`has no violations with ${attributes}`, async () => {
      await expect(await faq(`<mensenhandel-faq ${attributes} open="all"></mensenhandel-faq>`)).to.be.accessible();
    });
  }
});

/** A widget in a host page whose viewport is `width` CSS px wide. */
async function atWidth(width: number, markup: string, head = '') {
  const frame = await loadPage({ srcdoc: hostPage(markup, head) }, { width, height: 700 });
  return { frame, el: frame.document.querySelector('mensenhandel-faq') as Faq };
}

describe('accessibility: touch targets and focus', () => {
  for (const width of [1024, 320]) {
    it(`every button and the language menu are at least 44 × 44 CSS px on a ${width} px screen`, async () => {
      const { el } = await atWidth(width, '<mensenhandel-faq open="all" languages="all"></mensenhandel-faq>');
      const controls = all(el, 'button, select');
      expect(controls.length).to.equal(8);
      for (const control of controls) {
        const { width: w, height: h } = control.getBoundingClientRect();
        expect(w, shownText(control).trim()).to.be.at.least(44);
        expect(h, shownText(control).trim()).to.be.at.least(44);
      }
    });
  }

  it('shows a clear focus ring on keyboard focus', async () => {
    const el = await faq('<button id="start">start</button><mensenhandel-faq hide-expand-all></mensenhandel-faq>');
    document.getElementById('start')!.focus();
    await sendKeys({ press: 'Tab' });
    const button = questionButtons(el)[0]!;
    expect(el.shadowRoot!.activeElement).to.equal(button);
    const style = getComputedStyle(button);
    expect(style.outlineStyle).to.equal('solid');
    expect(style.outlineWidth).to.equal('3px');
    expect(style.backgroundColor).to.equal('rgb(255, 225, 122)');
  });
});

describe('accessibility: reflow', () => {
  for (const lang of ['nl', 'en', 'ar', 'zh', 'vi', 'ru']) {
    it(`reflows at 320 CSS px with no horizontal scrolling (${lang}, all open, with the menu)`, async () => {
      const { frame, el } = await atWidth(320, `<mensenhandel-faq lang="${lang}" open="all" languages="all"></mensenhandel-faq>`);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      expect(el.shadowRoot!.querySelector('section')!.scrollWidth).to.be.at.most(el.clientWidth);
      expect(frame.document.documentElement.scrollWidth).to.be.at.most(320);
    });
  }

  it('reflows at 200 % text size (root font size doubled) within 640 px', async () => {
    const { frame, el } = await atWidth(640, '<mensenhandel-faq open="all"></mensenhandel-faq>', '<style>html { font-size: 200% }</style>');
    expect(parseFloat(frame.getComputedStyle(questionButtons(el)[0]!).fontSize)).to.equal(36);
    expect(el.shadowRoot!.querySelector('section')!.scrollWidth).to.be.at.most(el.clientWidth);
    expect(frame.document.documentElement.scrollWidth).to.be.at.most(640);
  });

  // WCAG 1.4.12 Text Spacing: letter and word spacing reach the shadow root by inheritance, line
  // height through its property (a page's own `* { … }` rules cannot reach inside).
  it('loses no text with WCAG text spacing at 320 px (letters 0.12 em, words 0.16 em, lines 1.5)', async () => {
    const { frame, el } = await atWidth(
      320,
      '<mensenhandel-faq open="all" languages="all" id="vragen" exit-url="https://example.org/"></mensenhandel-faq>',
      '<style>mensenhandel-faq { letter-spacing: 0.12em; word-spacing: 0.16em; --mensenhandel-faq-line-height: 1.5 }</style>',
    );
    // Applied to the text (buttons and the menu keep their user-agent spacing: see docs/accessibility.md, WCAG 1.4.12).
    expect(frame.getComputedStyle(all(el, '[part~="answer"] p')[0]!).letterSpacing).to.not.equal('normal');
    const boxes = all(el, 'button, select, h2, [part~="answer"], [part~="more-info"]');
    expect(boxes.length).to.be.greaterThan(20);
    // Nothing overflows its box (2 px: Firefox rounds a taller line box up by one).
    for (const box of boxes) {
      expect(box.scrollWidth, shownText(box).slice(0, 40)).to.be.at.most(box.clientWidth + 2);
      expect(box.scrollHeight, shownText(box).slice(0, 40)).to.be.at.most(box.clientHeight + 2);
    }
    expect(frame.document.documentElement.scrollWidth).to.be.at.most(320);
  });
});

/** The WCAG contrast ratio of two computed `rgb()` colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, bl] = color.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

describe('accessibility: non-text contrast (WCAG 1.4.11)', () => {
  for (const [theme, page] of [['light', 'rgb(255, 255, 255)'], ['dark', 'rgb(23, 25, 29)']] as const) {
    it(`the chevron and the focus ring are at least 3:1 against the background (${theme})`, async () => {
      const el = await faq(`<mensenhandel-faq theme="${theme}" hide-expand-all></mensenhandel-faq>`);
      const button = questionButtons(el)[0]!;
      const chevron = getComputedStyle(button.querySelector('.icon')!, '::before').borderRightColor;
      expect(contrast(chevron, page), chevron).to.be.at.least(3);
      button.focus();
      await sendKeys({ press: 'Shift' });
      const ring = getComputedStyle(button).outlineColor;
      expect(contrast(ring, page), ring).to.be.at.least(3);
    });
  }
});
