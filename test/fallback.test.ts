// When the script cannot run, the page still offers something useful: the recommended snippet
// (the configurator's, src/embed/) puts a link inside the element, shown until the element is
// defined (the link is in no slot, so it disappears once the widget draws itself).
import { expect, waitUntil } from '@open-wc/testing';
import { FALLBACK } from '../src/embed/config.js';
import { loadPage, questionTexts, type Faq } from './helpers.js';

const page = (script: string) => `<!doctype html><html lang="nl"><head>${script}</head><body><mensenhandel-faq>${FALLBACK}</mensenhandel-faq></body></html>`;
const SCRIPT = '<script type="module" src="/dist/mensenhandel-faq.js"></script>';

/** Whether the fallback link is on screen, with a box a visitor can see and tap. */
const linkShown = (frame: Window) => {
  const link = frame.document.querySelector('mensenhandel-faq > a:not([slot])')!;
  return link.getClientRects().length > 0 && link.getBoundingClientRect().height > 0;
};

describe('fallback without the script', () => {
  it('with JavaScript disabled, the fallback link is shown', async () => {
    const frame = await loadPage({ srcdoc: page(SCRIPT) }, { javascript: false });
    expect(frame.document.querySelector('mensenhandel-faq')!.shadowRoot).to.be.null;
    expect(linkShown(frame)).to.be.true;
  });

  it('when the script fails to load, the fallback link is shown', async () => {
    const frame = await loadPage({ srcdoc: page('<script type="module" src="/dist/missing.js"></script>') });
    // Once the browser has given up on the script.
    await waitUntil(() => frame.performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/dist/missing.js')), 'the script was not tried');
    expect(linkShown(frame)).to.be.true;
  });

  it('when the script runs, the widget replaces the fallback', async () => {
    const frame = await loadPage({ srcdoc: page(SCRIPT) });
    const el = frame.document.querySelector('mensenhandel-faq') as Faq;
    expect(questionTexts(el)).to.have.length(6);
    expect(linkShown(frame)).to.be.false;
  });
});
