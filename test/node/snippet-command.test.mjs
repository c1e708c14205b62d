// `npm run snippet` refuses a command line it cannot honour, before it renders anything: an
// unknown option or a missing value prints the usage, a value the element would replace with a
// warning prints the element's own message; both exit with 2 and print no embed. (What it prints
// for good options is compared with the configurator's output in test/snippet-command.test.ts.)
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
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
  /** The stylesheet of the embed's declarative shadow root, decoded from its data: address. */
  const shadowStyles = (...args) => {
    const { status, stdout } = snippet(...args);
    assert.equal(status, 0);
    const href = JSON.parse(stdout).body.match(/<template shadowrootmode="open"><link rel="stylesheet" href="data:text\/css,([^"]*)">/)[1];
    return decodeURIComponent(href.replace(/&amp;/g, '&'));
  };

  it('renders the embed in that portal theme, so it carries the adapter’s styles (as the configurator’s Huisstijl does)', () => {
    assert.match(shadowStyles('--house-style', 'utrecht'), /--utrecht-button-/);
    assert.match(shadowStyles('--house-style', 'amsterdam'), /--ams-accordion-/);
    assert.doesNotMatch(shadowStyles(), /--utrecht-|--ams-/);
  });
});
