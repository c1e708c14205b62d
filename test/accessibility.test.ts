import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { all, answers, expandAll, faq, nextFrame, one, questionButtons } from './helpers.js';

const mediaFeatures = (features: { name: string; value: string }[]) => executeServerCommand('emulate-media-features', features);

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

  it('has no violations in the dark colour scheme with theme=auto, all open', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const el = await faq('<mensenhandel-faq theme="auto" open="all"></mensenhandel-faq>');
      expect(getComputedStyle(one(el, '[part~="base"]')).backgroundColor).to.equal('rgb(23, 25, 29)');
      await expect(el).to.be.accessible();
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  for (const attributes of ['hide-title', 'single heading-level="5"', 'hide-expand-all questions="6 3"']) {
    it(`has no violations with ${attributes}`, async () => {
      await expect(await faq(`<mensenhandel-faq ${attributes} open="all"></mensenhandel-faq>`)).to.be.accessible();
    });
  }
});

describe('accessibility: touch targets and focus', () => {
  it('every button is at least 44 × 44 CSS px, also on a 320 px screen', async () => {
    for (const width of [1024, 320]) {
      await setViewport({ width, height: 800 });
      const el = await faq('<mensenhandel-faq open="all"></mensenhandel-faq>');
      for (const button of all(el, 'button')) {
        const { width: w, height: h } = button.getBoundingClientRect();
        expect(w, `${button.textContent!.trim()} at ${width}px`).to.be.at.least(44);
        expect(h, `${button.textContent!.trim()} at ${width}px`).to.be.at.least(44);
      }
    }
    await setViewport({ width: 800, height: 600 });
  });

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

describe('accessibility: reflow and media', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ media: 'screen', reducedMotion: 'no-preference' });
    await mediaFeatures([]);
  });

  for (const lang of ['nl', 'en']) {
    it(`reflows at 320 CSS px with no horizontal scrolling (${lang}, all open)`, async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await faq(`<mensenhandel-faq lang="${lang}" open="all"></mensenhandel-faq>`);
      await nextFrame();
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      expect(el.shadowRoot!.querySelector('section')!.scrollWidth).to.be.at.most(el.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });
  }

  it('reflows at 200 % text size (root font size doubled) within 640 px', async () => {
    await setViewport({ width: 640, height: 800 });
    document.documentElement.style.fontSize = '200%';
    try {
      const el = await faq('<mensenhandel-faq open="all"></mensenhandel-faq>');
      expect(parseFloat(getComputedStyle(questionButtons(el)[0]!).fontSize)).to.equal(36);
      expect(el.shadowRoot!.querySelector('section')!.scrollWidth).to.be.at.most(el.clientWidth);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('turns the chevron without animation when the user prefers reduced motion', async () => {
    const el = await faq('<mensenhandel-faq></mensenhandel-faq>');
    const icon = one(el, '[part~="icon"]');
    expect(getComputedStyle(icon).transitionDuration).to.equal('0.2s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(icon).transitionDuration).to.equal('0s');
  });

  it('draws button borders in forced-colors mode, where backgrounds disappear', async () => {
    const el = await faq('<mensenhandel-faq></mensenhandel-faq>');
    const button = questionButtons(el)[0]!;
    expect(getComputedStyle(button).borderTopWidth).to.equal('0px');
    await mediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    expect(matchMedia('(forced-colors: active)').matches).to.be.true;
    expect(getComputedStyle(button).borderTopWidth).to.equal('1px');
    expect(getComputedStyle(expandAll(el)!).borderTopWidth).to.equal('1px');
  });

  it('prints every answer, without the show-all control or chevrons', async () => {
    const el = await faq('<mensenhandel-faq></mensenhandel-faq>');
    await emulateMedia({ media: 'print' });
    for (const panel of answers(el)) expect(panel.getBoundingClientRect().height).to.be.greaterThan(20);
    expect(getComputedStyle(expandAll(el)!.parentElement!).display).to.equal('none');
    expect(getComputedStyle(one(el, '[part~="icon"]')).display).to.equal('none');
    await emulateMedia({ media: 'screen' });
    for (const panel of answers(el)) expect(panel.getBoundingClientRect().height).to.equal(0);
  });
});
