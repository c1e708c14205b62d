// Byte budgets (bytes are deterministic; `npm run size` prints them, timings live in `npm run bench`).
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

const KiB = 1024;

/** gzip -9 size of a file in dist/, measured by the test server (see test/server-commands.js). */
const gzipSize = (path: string) => executeServerCommand<number, string>('gzip-size', path.replace(/^\//, ''));

describe('size budgets', () => {
  it('dist/mensenhandel-faq.js, with Lit and the Dutch content inside, is at most 12 KiB gzip', async () => {
    const entry = await (await fetch('/dist/mensenhandel-faq.js')).text();
    expect(entry).to.contain('Wat is mensenhandel?');
    // Lit is inside: the file imports nothing (only the lazy language chunks, by `import()`).
    expect(entry).not.to.match(/\bfrom\s*["']/);
    expect(await gzipSize('/dist/mensenhandel-faq.js')).to.be.at.most(12 * KiB);
  });

  it('every language is one chunk of at most 3 KiB gzip that imports nothing', async () => {
    const entry = await (await fetch('/dist/mensenhandel-faq.js')).text();
    const chunks = [...new Set(entry.match(/locales\/[a-z]+\.js/g))];
    expect(chunks.map((chunk) => chunk.replace(/^locales\/|\.js$/g, '')).sort()).to.deep.equal(
      ['ar', 'bg', 'en', 'es', 'fr', 'pl', 'ro', 'uk'],
    );
    for (const chunk of chunks) {
      const text = await (await fetch(`/dist/${chunk}`)).text();
      expect(text, chunk).not.to.match(/\bimport\b/);
      expect(text, chunk).to.contain('q1.question');
      expect(await gzipSize(`/dist/${chunk}`), chunk).to.be.at.most(3 * KiB);
    }
  });

  it('each optional feature is a chunk of at most 1.5 KiB gzip that imports nothing, loaded only when used', async () => {
    const entry = await (await fetch('/dist/mensenhandel-faq.js')).text();
    const chunks = [...new Set(entry.match(/features\/[\w-]+\.js/g))];
    expect(chunks.map((chunk) => chunk.replace(/^features\/|\.js$/g, '')).sort()).to.deep.equal(
      ['language-menu', 'links', 'quick-exit', 'structured-data'],
    );
    for (const chunk of chunks) {
      const text = await (await fetch(`/dist/${chunk}`)).text();
      expect(text, chunk).not.to.match(/\bimport\b/);
      expect(await gzipSize(`/dist/${chunk}`), chunk).to.be.at.most(1.5 * KiB);
    }
  });

  it('each design-system adapter is a chunk of at most 1.5 KiB gzip that imports nothing, loaded only on its portals', async () => {
    const entry = await (await fetch('/dist/mensenhandel-faq.js')).text();
    const chunks = [...new Set(entry.match(/design-systems\/[\w-]+\.js/g))];
    expect(chunks.map((chunk) => chunk.replace(/^design-systems\/|\.js$/g, '')).sort()).to.deep.equal(['amsterdam', 'denhaag', 'utrecht']);
    for (const chunk of chunks) {
      const text = await (await fetch(`/dist/${chunk}`)).text();
      expect(text, chunk).not.to.match(/\bimport\b/);
      expect(await gzipSize(`/dist/${chunk}`), chunk).to.be.at.most(1.5 * KiB);
    }
  });
});
