// The builds a user can pick, each loaded into a real page the way a host page would.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { loadPage, questionTexts, type Faq } from './helpers.js';

const resources = (frame: Window) => frame.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
const widgets = (frame: Window) => [...frame.document.querySelectorAll('mensenhandel-faq')] as Faq[];

async function sha384(path: string): Promise<string> {
  const bytes = await (await fetch(path)).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

describe('builds: ES modules with Lit as a peer dependency', () => {
  it('dist/lib/define.js defines a working element, importing the app’s own Lit', async () => {
    const frame = await loadPage('/test/fixtures/lit-external.html');
    const [el] = widgets(frame);
    expect(questionTexts(el!)[0]).to.equal('What is human trafficking?');
    const loaded = resources(frame);
    expect(loaded.some((path) => /\/lit-element\/|\/lit-html\//.test(path))).to.be.true;
    expect(loaded).not.to.include('/dist/mensenhandel-faq.js');
  });

  it('dist/lib/index.js imports Lit instead of containing it, and defines nothing', async () => {
    let source = await (await fetch('/dist/lib/index.js')).text();
    // The entry may re-export a chunk it shares with define.js.
    const shared = /from\s*["'](\.\/[\w-]+\.js)["']/.exec(source)?.[1];
    if (shared) source += await (await fetch(`/dist/lib/${shared}`)).text();
    // (The test server rewrites the bare `lit` specifier to the app's node_modules copy.)
    expect(source).to.match(/from\s*["'](lit|[^"']*\/node_modules\/lit\/index\.js)["']/);
    expect(source).not.to.contain('customElements.define');
    const bundle = await (await fetch('/dist/mensenhandel-faq.js')).text();
    expect(source.length).to.be.lessThan(bundle.length * 0.65);
  });
});

describe('builds: single file with every language', () => {
  it('renders every language with no request beyond the one file', async () => {
    const frame = await loadPage('/test/fixtures/single-file.html');
    const all = widgets(frame);
    expect(all).to.have.length(9);
    const first = all.map((el) => questionTexts(el)[0]);
    expect(new Set(first).size).to.equal(9);
    expect(all.map((el) => el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang'))).to.deep.equal(
      ['nl', 'en', 'pl', 'ro', 'bg', 'uk', 'ar', 'fr', 'es'],
    );
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

describe('builds: integrity.json', () => {
  it('holds the sha384 of every script a page loads from dist/, matching the files', async () => {
    const hashes: Record<string, string> = await (await fetch('/dist/integrity.json')).json();
    const files = Object.keys(hashes);
    expect(files).to.include.members(['mensenhandel-faq.js', 'mensenhandel-faq.all.js']);
    expect(files.filter((file) => file.startsWith('locales/'))).to.have.length(8);
    for (const file of files) expect(await sha384(`/dist/${file}`), file).to.equal(hashes[file]);
  });
});

describe('builds: the npm package', () => {
  it('ships what a user needs and nothing else', async () => {
    const { files } = (await executeServerCommand('npm-pack')) as { files: string[] };
    for (const needed of [
      'package.json',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      'custom-elements.json',
      'dist/mensenhandel-faq.js',
      'dist/mensenhandel-faq.all.js',
      'dist/integrity.json',
      'dist/lib/index.js',
      'dist/lib/define.js',
      'dist/types/index.d.ts',
      'dist/types/define.d.ts',
      'dist/types/mensenhandel-faq.d.ts',
    ]) {
      expect(files, needed).to.include(needed);
    }
    expect(files.filter((f) => /^dist\/locales\/[a-z]+\.js$/.test(f))).to.have.length(8);
    expect(files.filter((f) => /^dist\/lib\/locales\/[a-z]+\.js$/.test(f))).to.have.length(8);
    const allowed =
      /^(package\.json|README\.md|LICENSE|CHANGELOG\.md|custom-elements\.json|dist\/(mensenhandel-faq(\.all)?\.js|integrity\.json|(lib\/)?(locales|features|design-systems)\/[\w-]+\.js|snippets\/[a-z]+\.html|lib\/[\w-]+\.js|types\/(?!generated\/locales\/).+\.d\.ts))$/;
    expect(files.filter((f) => !allowed.test(f))).to.deep.equal([]);
  });

  it('points every export at a shipped file, with types for the module entries', async () => {
    const pkg = await (await fetch('/package.json')).json();
    const { files } = (await executeServerCommand('npm-pack')) as { files: string[] };
    const targets = Object.values(pkg.exports as Record<string, string | Record<string, string>>).flatMap((t) =>
      typeof t === 'string' ? [t] : Object.values(t),
    );
    for (const target of [...targets, pkg.main, pkg.module, pkg.types]) expect(files, target).to.include(target.replace(/^\.\//, ''));
    expect(pkg.exports['.'].types).to.equal('./dist/types/index.d.ts');
    expect(pkg.customElements).to.equal('custom-elements.json');
    expect(pkg.peerDependencies.lit).to.match(/^\^3/);
    expect(pkg.sideEffects).to.include('./dist/lib/define.js');
  });
});
