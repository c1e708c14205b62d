// Checks of the built package that need no browser, run once under Node (`node --test`) before
// the browser tests: byte budgets (bytes are deterministic; `npm run size` prints them, timings
// live in `npm run bench`), the integrity hashes, the npm package's files and exports.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';

const KiB = 1024;
const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url));
const text = (path) => read(path).toString('utf8');
/** gzip -9 size of a file: the figure `npm run size` prints. */
const gzipSize = (path) => gzipSync(read(path), { level: 9 }).length;
const entry = text('dist/mensenhandel-faq.js');
/** The lazy chunks the entry loads from one folder: their names without `.js`. */
const chunks = (folder) => [...new Set(entry.match(new RegExp(`${folder}/[\\w-]+\\.js`, 'g')))].map((path) => path.slice(folder.length + 1, -3)).sort();

describe('size budgets', () => {
  it('dist/mensenhandel-faq.js, with Lit and the Dutch content inside, is at most 12 KiB gzip', () => {
    assert.match(entry, /Wat is mensenhandel\?/);
    // Lit is inside: the file imports nothing (only its lazy chunks, by `import()`).
    assert.doesNotMatch(entry, /\bfrom\s*["']/);
    assert.ok(gzipSize('dist/mensenhandel-faq.js') <= 12 * KiB, `${gzipSize('dist/mensenhandel-faq.js')} B`);
  });

  for (const [folder, names, budget, marker] of [
    ['locales', ['ar', 'bg', 'en', 'es', 'fr', 'hu', 'pl', 'pt', 'ro', 'ru', 'uk', 'vi', 'zh'], 3 * KiB, 'q1.question'],
    ['features', ['dark-theme', 'help', 'language-menu', 'links', 'quick-exit', 'structured-data', 'warnings'], 1.5 * KiB, undefined],
    ['design-systems', ['amsterdam', 'denhaag', 'utrecht'], 1.5 * KiB, 'export{'],
  ]) {
    it(`each chunk in ${folder}/ is at most ${budget / KiB} KiB gzip and imports nothing`, () => {
      assert.deepEqual(chunks(folder), names);
      for (const name of names) {
        const path = `dist/${folder}/${name}.js`;
        assert.doesNotMatch(text(path), /\bimport\b/, path);
        if (marker) assert.ok(text(path).includes(marker), path);
        assert.ok(gzipSize(path) <= budget, `${path}: ${gzipSize(path)} B`);
      }
    });
  }
});

describe('integrity.json', () => {
  it('holds the sha384 of every script a page loads from dist/, matching the files', () => {
    const hashes = JSON.parse(text('dist/integrity.json'));
    const files = Object.keys(hashes);
    assert.ok(files.includes('mensenhandel-faq.js') && files.includes('mensenhandel-faq.all.js'));
    assert.equal(files.filter((file) => file.startsWith('locales/')).length, 13);
    for (const file of files) assert.equal(`sha384-${createHash('sha384').update(read(`dist/${file}`)).digest('base64')}`, hashes[file], file);
  });
});

describe('the npm package', () => {
  const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
  const files = pack.files.map((file) => file.path);
  const pkg = JSON.parse(text('package.json'));

  it('ships what a user needs and nothing else', () => {
    for (const needed of [
      'package.json',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      'custom-elements.json',
      'dist/mensenhandel-faq.js',
      'dist/mensenhandel-faq.all.js',
      'dist/integrity.json',
      'dist/mensenhandel-faq.css',
      'dist/mensenhandel-faq-text.css',
      'dist/lib/index.js',
      'dist/lib/define.js',
      'dist/lib/embed.js',
      'dist/mensenhandel-faq.embed.js',
      'dist/types/index.d.ts',
      'dist/types/embed/index.d.ts',
      'dist/types/define.d.ts',
      'dist/types/mensenhandel-faq.d.ts',
    ]) {
      assert.ok(files.includes(needed), needed);
    }
    assert.equal(files.filter((f) => /^dist\/locales\/[a-z]+\.js$/.test(f)).length, 13);
    assert.equal(files.filter((f) => /^dist\/lib\/locales\/[a-z]+\.js$/.test(f)).length, 13);
    const allowed =
      /^(package\.json|README\.md|LICENSE|CHANGELOG\.md|custom-elements\.json|dist\/(mensenhandel-faq(\.all|\.embed)?\.js|mensenhandel-faq(-text)?\.css|integrity\.json|(lib\/)?((locales|features|design-systems)\/)?[\w-]+\.js|lib\/((locales|features|design-systems)\/)?[\w-]+\.js\.map|snippets\/[a-z]+\.html|types\/(?!generated\/locales\/).+\.d\.ts))$/;
    assert.deepEqual(files.filter((f) => !allowed.test(f)), []);
  });

  it('points every export at a shipped file, with types for the module entries', () => {
    const targets = Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
    for (const target of [...targets, pkg.main, pkg.module, pkg.types]) assert.ok(files.includes(target.replace(/^\.\//, '')), target);
    assert.equal(pkg.exports['.'].types, './dist/types/index.d.ts');
    assert.equal(pkg.customElements, 'custom-elements.json');
    assert.match(pkg.peerDependencies.lit, /^\^3/);
    assert.ok(pkg.sideEffects.includes('./dist/lib/define.js'));
  });

  it('dist/lib/ imports Lit instead of containing it, is readable, and has source maps', () => {
    const index = text('dist/lib/index.js') + text('dist/lib/mensenhandel-faq.js');
    assert.match(index, /from\s*["']lit["']/);
    assert.doesNotMatch(text('dist/lib/index.js'), /customElements\.define/);
    // Readable: one statement a line, as written (bundlers minify for themselves).
    assert.ok(text('dist/lib/mensenhandel-faq.js').split('\n').length > 300);
    assert.ok(files.includes('dist/lib/mensenhandel-faq.js.map'));
  });

  it('`mensenhandel-faq/embed` renders the embed in Node, as docs/developers.md shows a static-site build calling it', async () => {
    // The package's own name resolves through its `exports` (as from node_modules/ in an app).
    const { embed, DEFAULT_CONFIG } = await import('mensenhandel-faq/embed');
    const { head, body } = await embed({ ...DEFAULT_CONFIG, lang: 'pl', scriptUrl: '/assets/faq/mensenhandel-faq.js' }, new URL('../../dist/', import.meta.url));
    assert.equal(head, '<link rel="expect" href="#mensenhandel-faq-end" blocking="render">');
    assert.ok(body.startsWith('<mensenhandel-faq lang="pl">\n  <template shadowrootmode="open">'));
    assert.ok(body.includes('<h3 slot="question-1" role="none" lang="pl" dir="ltr">Czym jest handel ludźmi?</h3>'));
    assert.ok(body.endsWith('<link rel="modulepreload" href="/assets/faq/locales/pl.js">'));
  });
});
