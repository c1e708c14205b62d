// A host page with several widgets, used fully: every question opened, languages switched. It
// may load only the widget's own files, from its own origin, and keep nothing.
import { expect } from '@open-wc/testing';
import { expandAll, hostPage, loadPage, questionButtons, type Faq } from './helpers.js';

const resources = (frame: Window) =>
  frame.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    // (Paths under /__ are the test server's own.)
    .filter((url) => !url.pathname.startsWith('/__'));

describe('privacy and loading', () => {
  it('a Dutch page loads one file and no language chunk', async () => {
    const frame = await loadPage({ srcdoc: hostPage('<mensenhandel-faq></mensenhandel-faq><mensenhandel-faq lang="nl-BE"></mensenhandel-faq>') });
    for (const el of frame.document.querySelectorAll<Faq>('mensenhandel-faq')) {
      expandAll(el)!.click();
      await el.updateComplete;
    }
    expect(resources(frame).map((url) => url.pathname)).to.deep.equal(['/dist/mensenhandel-faq.js']);
  });

  it('an English widget adds one small chunk, from beside the script file, once', async () => {
    const frame = await loadPage({ srcdoc: hostPage('<mensenhandel-faq lang="en"></mensenhandel-faq><mensenhandel-faq lang="en-GB"></mensenhandel-faq>') });
    const chunks = resources(frame).filter((url) => url.pathname.includes('/locales/'));
    expect(chunks).to.have.length(1);
    expect(chunks[0]!.pathname).to.match(/^\/dist\/locales\/en\.js$/);
  });

  it('requests only its own files from the page’s origin, sets no cookie and stores nothing', async () => {
    const frame = await loadPage({
      srcdoc: hostPage('<mensenhandel-faq languages="all"></mensenhandel-faq><mensenhandel-faq lang="ar"></mensenhandel-faq><mensenhandel-faq lang="pl" single></mensenhandel-faq>'),
    });
    const widgets = [...frame.document.querySelectorAll<Faq>('mensenhandel-faq')];
    for (const el of widgets) {
      for (const button of questionButtons(el)) button.click();
      expandAll(el)?.click();
      await el.updateComplete;
    }
    const menu = widgets[0]!.shadowRoot!.querySelector('select')!;
    for (const lang of ['uk', 'fr', 'es', 'bg', 'ro', 'nl']) {
      menu.value = lang;
      menu.dispatchEvent(new Event('change'));
      await widgets[0]!.updateComplete;
      await widgets[0]!.updateComplete;
    }
    const loaded = resources(frame);
    expect(loaded.filter((url) => url.origin !== location.origin).map(String)).to.deep.equal([]);
    expect(loaded.filter((url) => !url.pathname.startsWith('/dist/')).map(String)).to.deep.equal([]);
    expect(loaded.filter((url) => url.pathname.includes('/locales/'))).to.have.length(7);
    expect(frame.document.cookie).to.equal('');
    expect(frame.localStorage.length).to.equal(0);
    expect(frame.sessionStorage.length).to.equal(0);
  });
});
