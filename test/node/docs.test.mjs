// The documentation's own checks, under Node (`node --test`): README.md is the front door (at most
// 20 KB, with its "Start hier / Start here" table), the pages are docs/*.md (each names its
// language on its first line, for the product site's renderer), every version number they give
// is package.json's, and every relative link points at a file that exists — and its `#anchor` at a
// heading there (GitHub's slugs). test/docs.test.ts checks the API tables and the house styles.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const read = (path) => readFileSync(join(ROOT, path), 'utf8');
const { version } = JSON.parse(read('package.json'));
const PAGES = readdirSync(join(ROOT, 'docs')).filter((name) => name.endsWith('.md')).sort().map((name) => `docs/${name}`);
const FILES = ['README.md', ...PAGES];

/** The text outside fenced code blocks. */
const unfenced = (markdown) => markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
/** The text outside fenced code blocks and inline code: what a reader sees as links. */
const prose = (markdown) => unfenced(markdown).replace(/(`+)[\s\S]*?\1/g, '');

/** GitHub's anchors for a page's headings: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function anchors(markdown) {
  const seen = new Map();
  const result = new Set();
  for (const [, heading] of unfenced(markdown).replace(/`([^`\n]*)`/g, '$1').matchAll(/^#{1,6} +(.+?) *#* *$/gm)) {
    const base = heading
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    result.add(count ? `${base}-${count}` : base);
  }
  return result;
}

/** Every link and image target in a page's prose: [text](target), ![alt](target). */
const links = (markdown) => [...prose(markdown).matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((match) => match[1]);

describe('the documentation', () => {
  it('is README.md and exactly the pages of docs/ that the site renders', () => {
    assert.deepEqual(PAGES, [
      'docs/accessibility.md',
      'docs/api.md',
      'docs/developers.md',
      'docs/development.md',
      'docs/languages.md',
      'docs/performance.md',
      'docs/portal.md',
      'docs/theming.md',
      'docs/website.md',
      'docs/wordpress.md',
    ]);
  });

  it('README.md is at most 20 KB (20,480 bytes)', () => {
    const size = statSync(join(ROOT, 'README.md')).size;
    assert.ok(size <= 20480, `README.md is ${size} bytes`);
  });

  it('README.md has the "Start hier / Start here" table, linking each kind of reader to its page', () => {
    const readme = read('README.md');
    const section = readme.split(/^## Start hier \/ Start here$/m)[1]?.split(/^## /m)[0];
    assert.ok(section, 'a "## Start hier / Start here" section');
    const rows = section.split('\n').filter((line) => line.startsWith('|') && !/^\|[-| ]+\|$/.test(line));
    assert.ok(rows.length >= 5, 'a head row and a row for each kind of reader');
    const row = (target) => rows.find((line) => line.includes(`](${target})`));
    assert.match(row('docs/wordpress.md') ?? '', new RegExp(`mensenhandel-faq-wordpress-${version.replace(/\./g, '\\.')}\\.zip`));
    assert.match(row('docs/website.md') ?? '', /configurator/);
    assert.ok(row('docs/portal.md'), 'NL Design System portals → docs/portal.md');
    assert.match(row('docs/developers.md') ?? '', /npm install mensenhandel-faq/);
    assert.ok(row('docs/api.md'), 'developers → docs/api.md');
  });

  it('README.md keeps the two commands exactly', () => {
    const readme = read('README.md');
    assert.match(readme, /^npm install && npm start +#/m);
    assert.match(readme, /^npm test +#/m);
    const scripts = JSON.parse(read('package.json')).scripts;
    assert.ok(scripts.start && scripts.test);
    assert.match(read('.ci/run'), /^npm test$/m);
  });

  for (const page of PAGES) {
    it(`${page} names its language on its first line and has a title`, () => {
      const markdown = read(page);
      assert.match(markdown.split('\n')[0], /^<!-- lang: (nl|en) -->$/);
      assert.match(prose(markdown), /^# \S/m);
    });
  }

  it(`every version in README.md and docs/*.md is package.json's (${version})`, () => {
    const found = [];
    for (const file of FILES) {
      const markdown = read(file);
      for (const [match, found_] of markdown.matchAll(/mensenhandel-faq@(\d+\.\d+\.\d+)/g)) found.push([file, match, found_]);
      for (const [match, found_] of markdown.matchAll(/-(\d+\.\d+\.\d+)\.(?:zip|tgz)\b/g)) found.push([file, match, found_]);
    }
    assert.ok(found.length >= 4, 'the CDN address and the release files are named with their version');
    assert.deepEqual(found.filter(([, , v]) => v !== version), []);
  });

  it('every relative link points at a file that exists, and every #anchor at a heading there', () => {
    const broken = [];
    let checked = 0;
    for (const file of FILES) {
      for (const target of links(read(file))) {
        if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:, tel:
        checked += 1;
        const [path, anchor] = target.split('#');
        const resolved = path ? normalize(join(dirname(file), decodeURI(path))) : file;
        if (!existsSync(join(ROOT, resolved))) {
          broken.push(`${file}: ${target} (no ${resolved})`);
          continue;
        }
        // The product site renders docs/ alone: a page's links stay inside it.
        if (file.startsWith('docs/') && relative('docs', resolved).startsWith('..')) broken.push(`${file}: ${target} leaves docs/`);
        if (anchor !== undefined) {
          if (!resolved.endsWith('.md')) broken.push(`${file}: ${target} (an anchor in a file that is not Markdown)`);
          else if (!anchors(read(resolved)).has(decodeURIComponent(anchor))) broken.push(`${file}: ${target} (no heading #${anchor} in ${resolved})`);
        }
      }
    }
    assert.ok(checked > 30, `${checked} relative links checked`);
    assert.deepEqual(broken, []);
  });

  it('the anchors follow GitHub: lower case, punctuation dropped, spaces to hyphens, repeats numbered', () => {
    const found = anchors("# `<mensenhandel-faq>`\n## WCAG 2.2 AA conformance\n## Op pagina's met agressieve CSS\n## Één bestand, met Subresource Integrity\n## Events\n## Events\n```\n# not a heading\n```\n");
    assert.deepEqual([...found], ['mensenhandel-faq', 'wcag-22-aa-conformance', 'op-paginas-met-agressieve-css', 'één-bestand-met-subresource-integrity', 'events', 'events-1']);
  });
});
