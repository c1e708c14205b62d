// Byte budgets (bytes are deterministic; timings live in `npm run bench:size`, not here).
import { expect } from '@open-wc/testing';

const KiB = 1024;

async function gzipSize(path: string): Promise<number> {
  const response = await fetch(path);
  expect(response.ok, path).to.be.true;
  const compressed = response.body!.pipeThrough(new CompressionStream('gzip'));
  return (await new Response(compressed).arrayBuffer()).byteLength;
}

describe('size budgets', () => {
  it('dist/mensenhandel-faq.js, with Lit and the Dutch content inside, is at most 12 KiB gzip', async () => {
    const entry = await (await fetch('/dist/mensenhandel-faq.js')).text();
    expect(entry).to.contain('Wat is mensenhandel?');
    // Lit is inside: the file imports nothing (only the lazy language chunks, by `import()`).
    expect(entry).not.to.match(/\bfrom\s*["']/);
    expect(await gzipSize('/dist/mensenhandel-faq.js')).to.be.at.most(12 * KiB);
  });

  it('the English chunk is at most 3 KiB gzip and imports nothing', async () => {
    const entry = await (await fetch('/dist/mensenhandel-faq.js')).text();
    const chunk = entry.match(/locales\/en-[\w-]+\.js/)?.[0];
    expect(chunk).to.be.a('string');
    const text = await (await fetch(`/dist/${chunk}`)).text();
    expect(text).to.contain('What is human trafficking?');
    expect(text).not.to.match(/\bimport\b/);
    expect(await gzipSize(`/dist/${chunk}`)).to.be.at.most(3 * KiB);
  });
});
