// Its own file, so this page has loaded nothing but what these tests load.
import { expect } from '@open-wc/testing';
import { expandAll, faq, questionButtons } from './helpers.js';

const resources = () => performance.getEntriesByType('resource').map((entry) => new URL(entry.name));
const localeChunks = () => resources().filter((url) => url.pathname.includes('/dist/locales/'));

describe('privacy and loading', () => {
  it('a Dutch page loads no language chunk', async () => {
    const el = await faq('<mensenhandel-faq></mensenhandel-faq>');
    expandAll(el)!.click();
    await el.updateComplete;
    expect(localeChunks()).to.be.empty;
  });

  it('an English widget loads one small chunk, from beside the script file', async () => {
    await faq('<mensenhandel-faq lang="en"></mensenhandel-faq>');
    const chunks = localeChunks();
    expect(chunks).to.have.length(1);
    expect(chunks[0]!.pathname).to.match(/^\/dist\/locales\/en-[\w-]+\.js$/);
    await faq('<mensenhandel-faq lang="en-GB"></mensenhandel-faq>');
    expect(localeChunks()).to.have.length(1);
  });

  it('requests nothing from any other origin, sets no cookie and stores nothing', async () => {
    const cookies = document.cookie;
    const local = localStorage.length;
    const session = sessionStorage.length;
    for (const lang of ['nl', 'en']) {
      const el = await faq(`<mensenhandel-faq lang="${lang}"></mensenhandel-faq>`);
      for (const button of questionButtons(el)) button.click();
      expandAll(el)!.click();
      el.lang = lang === 'nl' ? 'en' : 'nl';
      await el.updateComplete;
    }
    const foreign = resources().filter((url) => url.origin !== location.origin);
    expect(foreign.map(String)).to.be.empty;
    expect(document.cookie).to.equal(cookies);
    expect(localStorage.length).to.equal(local);
    expect(sessionStorage.length).to.equal(session);
  });
});
