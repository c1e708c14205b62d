// `npm run snippet` refuses a command line it cannot honour, before it renders anything: an
// unknown option or a missing value prints the usage, a value the element would replace with a
// warning prints the element's own message; both exit with 2 and print no embed. (What it prints
// for good options is compared with the configurator's output in test/snippet-command.test.ts.)
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const snippet = (...args) => spawnSync('node', ['scripts/snippet.mjs', ...args], { encoding: 'utf8' });

describe('npm run snippet: refused command lines', () => {
  for (const args of [['--nope'], ['--lang'], ['--single=yes']]) {
    it(`${args.join(' ')}: the usage, exit 2`, () => {
      const { status, stdout, stderr } = snippet(...args);
      assert.equal(status, 2);
      assert.equal(stdout, '');
      assert.match(stderr, /^npm run snippet: .+\nusage: npm run --silent snippet -- \[options\]\n/);
      for (const option of ['--lang <value>', '--questions <value>', '--single', '--exit-url <value>', '--strict-csp', '--house-style <value>']) assert.ok(stderr.includes(option), option);
      assert.ok(stderr.includes('house styles (--house-style): utrecht, rijkshuisstijl, nijmegen, voorbeeld, rotterdam, denhaag, amsterdam'), stderr);
    });
  }

  for (const [args, message] of [
    [['--heading-level', 'NaN'], 'heading-level="NaN": using 2. Accepted: 1 to 6.'],
    [['--questions', '1 NaN 9'], 'questions="1 NaN 9": ignoring "NaN 9". Accepted: ids 1 to 6, separated by commas or spaces.'],
    [['--open', '7'], 'open="7": ignoring "7".'],
    [['--exit-url', 'javascript:alert(1)'], 'exit-url="javascript:alert(1)": no quick-exit button. Accepted: a full https:// or http:// address.'],
    [['--theme', 'pink'], 'theme="pink": using "light".'],
    [['--lang', 'xx'], 'lang="xx": not shipped, showing Dutch (nl).'],
    [['--house-style', 'gouda'], '--house-style "gouda": no such house style. Accepted: utrecht, rijkshuisstijl, nijmegen, voorbeeld, rotterdam, denhaag, amsterdam.'],
  ]) {
    it(`${args.join(' ')}: the element's own message, exit 2`, () => {
      const { status, stdout, stderr } = snippet(...args);
      assert.equal(status, 2);
      assert.equal(stdout, '');
      assert.ok(stderr.startsWith(`npm run snippet: ${message}`), stderr);
    });
  }
});

describe('npm run snippet --house-style', () => {
  /** The stylesheets of the embed's declarative shadow root, decoded from their data: addresses. */
  const shadowStyles = (...args) => {
    const { status, stdout } = snippet(...args);
    assert.equal(status, 0);
    const template = JSON.parse(stdout).body.match(/<template shadowrootmode="open">(.*?)<section/)[1];
    return [...template.matchAll(/<link rel="stylesheet" href="data:text\/css,([^"]*)">/g)].map(([, href]) => decodeURIComponent(href.replace(/&amp;/g, '&'))).join('\n');
  };

  it('renders the embed in that portal theme, so it carries the adapter’s styles (as the configurator’s Huisstijl does)', () => {
    assert.match(shadowStyles('--house-style', 'utrecht'), /--utrecht-button-/);
    assert.match(shadowStyles('--house-style', 'amsterdam'), /--ams-accordion-/);
    assert.doesNotMatch(shadowStyles(), /--utrecht-|--ams-/);
  });
});

describe('npm run snippet without a browser', () => {
  it('prints the Polish embed with nothing on PATH but node (no browser to find)', () => {
    const bin = mkdtempSync(join(tmpdir(), 'only-node-'));
    symlinkSync(process.execPath, join(bin, 'node'));
    const { status, stdout, stderr } = spawnSync(join(bin, 'node'), ['scripts/snippet.mjs', '--lang', 'pl', '--src', 'https://example.org/faq/mensenhandel-faq.js'], {
      encoding: 'utf8',
      env: { PATH: bin },
    });
    assert.equal(status, 0, stderr);
    const { head, body } = JSON.parse(stdout);
    assert.equal(head, '<link rel="expect" href="#mensenhandel-faq-end" blocking="render">');
    assert.ok(body.startsWith('<mensenhandel-faq lang="pl">\n  <template shadowrootmode="open">'), body.slice(0, 80));
    assert.ok(body.includes('<h3 slot="question-1" role="none" lang="pl" dir="ltr">Czym jest handel ludźmi?</h3>'));
    assert.ok(body.endsWith('<script type="module" src="https://example.org/faq/mensenhandel-faq.js" id="mensenhandel-faq-end"></script>\n<link rel="modulepreload" href="https://example.org/faq/locales/pl.js">'));
  });

  it('nothing under src/, scripts/, wordpress/ or bench/ (or vite.config.ts) imports from demo/', () => {
    const files = (folder) =>
      readdirSync(folder, { recursive: true })
        .map((name) => join(folder, name))
        .filter((path) => /\.(ts|mjs|js)$/.test(path) && !path.includes('node_modules') && !path.includes('/.out/') && statSync(path).isFile());
    const importing = ['src', 'scripts', 'wordpress', 'bench']
      .flatMap(files)
      .concat('vite.config.ts')
      .filter((path) => /(from|import)\s*\(?\s*['"][./]*\/?demo\//.test(readFileSync(path, 'utf8')));
    assert.deepEqual(importing, []);
  });
});
