// Tests that need the browser to emulate CSS media (colour scheme, reduced motion, forced
// colours, print). Only Chromium's test driver can (DevTools protocol); Firefox over WebDriver
// BiDi and WebKit over WebDriver cannot, so web-test-runner.config.js runs this file in Chromium.
import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { answers, expandAll, faq, one, questionButtons, type Faq } from './helpers.js';

const mediaFeatures = (features: { name: string; value: string }[]) => executeServerCommand('emulate-media-features', features);
const base = (el: Faq) => one(el, '[part~="base"]');

afterEach(async () => {
  await emulateMedia({ media: 'screen', colorScheme: 'light', reducedMotion: 'no-preference' });
  await mediaFeatures([]);
});

describe('media: colour scheme', () => {
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

  it('theme=auto follows prefers-color-scheme', async () => {
    const el = await faq('<mensenhandel-faq theme="auto"></mensenhandel-faq>');
    try {
      await emulateMedia({ colorScheme: 'dark' });
      expect(getComputedStyle(base(el)).backgroundColor).to.equal('rgb(23, 25, 29)');
      await emulateMedia({ colorScheme: 'light' });
      expect(getComputedStyle(base(el)).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('theme=light stays light in a dark colour scheme', async () => {
    const el = await faq('<mensenhandel-faq></mensenhandel-faq>');
    try {
      await emulateMedia({ colorScheme: 'dark' });
      expect(getComputedStyle(base(el)).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

});

describe('media: motion, forced colours, print', () => {
  it('turns the chevron at once by default, as a native <details> marker does', async () => {
    const el = await faq('<mensenhandel-faq></mensenhandel-faq>');
    expect(getComputedStyle(one(el, '[part~="icon"]')).transitionDuration).to.equal('0s');
  });

  it('turns the chevron without animation when the user prefers reduced motion, even where the page asks for one', async () => {
    const el = await faq('<mensenhandel-faq style="--mensenhandel-faq-transition-duration: 0.3s"></mensenhandel-faq>');
    const icon = one(el, '[part~="icon"]');
    expect(getComputedStyle(icon).transitionDuration).to.equal('0.3s');
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
