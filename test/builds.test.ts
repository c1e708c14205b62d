// The builds a user can pick, each loaded into a real page the way a host page would.
import { expect } from '@open-wc/testing';
import { LANGUAGES, loadPage, questionTexts, type Faq } from './helpers.js';

const resources = (frame: Window) => frame.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
const widgets = (frame: Window) => [...frame.document.querySelectorAll('mensenhandel-faq')] as Faq[];

describe('builds: ES modules with Lit as a peer dependency', () => {
  it('dist/lib/define.js defines a working element, importing the app’s own Lit', async () => {
    const frame = await loadPage('/test/fixtures/lit-external.html');
    const [el] = widgets(frame);
    expect(questionTexts(el!)[0]).to.equal('What is human trafficking?');
    const loaded = resources(frame);
    expect(loaded.some((path) => /\/lit-element\/|\/lit-html\//.test(path))).to.be.true;
    expect(loaded).not.to.include('/dist/mensenhandel-faq.js');
  });
});

describe('builds: single file with every language', () => {
  it('renders every language with no request beyond the one file', async () => {
    const frame = await loadPage('/test/fixtures/single-file.html');
    const all = widgets(frame);
    expect(all).to.have.length(LANGUAGES.length);
    const first = all.map((el) => questionTexts(el)[0]);
    expect(new Set(first).size).to.equal(LANGUAGES.length);
    expect(all.map((el) => el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang'))).to.deep.equal(LANGUAGES);
    // (Paths under /__ are the test server's own.)
    const scripts = resources(frame).filter((path) => path.endsWith('.js') && !path.startsWith('/__'));
    expect(scripts).to.deep.equal(['/dist/mensenhandel-faq.all.js']);
  });

  it('loads with its Subresource Integrity hash, and is refused with a wrong one', async () => {
    const integrity = (await (await fetch('/dist/integrity.json')).json())['mensenhandel-faq.all.js'];
    const page = (hash: string) => ({
      srcdoc: `<script type="module" src="/dist/mensenhandel-faq.all.js" integrity="${hash}" crossorigin="anonymous"></script><mensenhandel-faq lang="uk"></mensenhandel-faq>`,
    });
    const good = await loadPage(page(integrity));
    expect(questionTexts(widgets(good)[0]!)).to.have.length(6);
    const bad = await loadPage(page('sha384-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'));
    expect(bad.customElements.get('mensenhandel-faq')).to.be.undefined;
  });
});
