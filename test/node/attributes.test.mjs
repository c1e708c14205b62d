// Unit tests of the attribute parsers (src/attributes.ts): pure functions, so they run under
// Node, from the TypeScript source (bundled in memory by esbuild). The browser tests cover the
// same attributes through the element, as a page uses it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importTs } from '../../scripts/import-ts.mjs';

const { parseExitUrl, parseHeadingLevel, parseLang, parseLanguages, parseOpen, parseQuestions, parseTheme, text, THEMES } = await importTs('src/attributes.ts');
const { describe: words } = await importTs('src/features/warnings.ts');
const { LOCALES } = await importTs('src/locale.ts');

/** The one shape of every warning: `<attribute>="<value>": <outcome>. Accepted: <what is>.` */
const SHAPE = /^[a-z -]+=".*": .+\. Accepted: .+\.$/;
function ok(parsed, value) {
  assert.deepEqual(parsed.value, value);
  assert.equal(parsed.problem, undefined);
}
/** A bad value: the fallback, and a problem whose warning (features/warnings.ts) has the one shape and says `mentions`. */
function bad(parsed, value, ...mentions) {
  assert.deepEqual(parsed.value, value);
  const warning = words(parsed.problem, LOCALES);
  assert.match(warning, SHAPE);
  for (const mention of mentions) assert.ok(warning.includes(mention), `${warning} mentions ${mention}`);
}

describe('parseTheme', () => {
  it('takes light, dark and auto in any case and spacing; absent is light', () => {
    ok(parseTheme('dark'), 'dark');
    ok(parseTheme(' AUTO '), 'auto');
    ok(parseTheme(undefined), 'light');
  });
  it('falls back to light with a warning', () => bad(parseTheme('blue'), 'light', 'theme="blue"', 'using "light"', `Accepted: ${THEMES.join(', ')}.`));
});

describe('parseQuestions', () => {
  it('keeps order, drops duplicates, takes commas and spaces', () => ok(parseQuestions(' 4, 2 ,1 4'), [4, 2, 1]));
  it('blank or absent: all six', () => {
    ok(parseQuestions(' '), [1, 2, 3, 4, 5, 6]);
    ok(parseQuestions(undefined), [1, 2, 3, 4, 5, 6]);
  });
  it('drops unknown ids with a warning', () => bad(parseQuestions('1, 7, x'), [1], '"7 x"', '1 to 6'));
  it('nothing known: all six, with a warning', () => bad(parseQuestions('0 1.5'), [1, 2, 3, 4, 5, 6], 'showing all six'));
});

describe('parseOpen', () => {
  it('ids, or all; blank is none', () => {
    ok(parseOpen('3 1'), [3, 1]);
    ok(parseOpen('ALL'), [1, 2, 3, 4, 5, 6]);
    ok(parseOpen(''), []);
  });
  it('ignores unknown ids with a warning', () => bad(parseOpen('2 nine'), [2], '"nine"', '"all"'));
});

describe('parseHeadingLevel', () => {
  it('1 to 6; absent is 2', () => {
    ok(parseHeadingLevel(4), 4);
    ok(parseHeadingLevel('6'), 6);
    ok(parseHeadingLevel(undefined), 2);
  });
  for (const value of [0, 7, 2.5, Number.NaN]) {
    it(`${value}: 2, with a warning`, () => bad(parseHeadingLevel(value), 2, 'heading-level', '1 to 6'));
  }
  it('quotes what was written, not the number it became', () => bad(parseHeadingLevel(Number.NaN, 'twee'), 2, '"twee"'));
});

describe('parseLanguages', () => {
  it('region subtags fall back to the base language; all is every shipped one', () => {
    ok(parseLanguages('en-GB pl_PL'), ['en', 'pl']);
    assert.ok(parseLanguages('all').value.length >= 9);
  });
  it('drops unknown codes with a warning', () => bad(parseLanguages('nl xx'), ['nl'], '"xx"'));
});

describe('parseExitUrl', () => {
  it('an absolute http(s) address, normalised', () => ok(parseExitUrl(' https://www.buienradar.nl '), 'https://www.buienradar.nl/'));
  for (const value of ['javascript:alert(1)', '/relative', 'www.example.org', 'ftp://example.org/']) {
    it(`${value}: no button, with a warning`, () => bad(parseExitUrl(value), undefined, 'exit-url', 'https://'));
  }
  it('blank: none, without a warning', () => ok(parseExitUrl(' '), undefined));
});

describe('parseLang', () => {
  it('own lang first, else the inherited one, else Dutch; regions fall back', () => {
    ok(parseLang('en-GB', 'pl'), 'en');
    ok(parseLang(' ', 'pl-PL'), 'pl');
    ok(parseLang(null, undefined), 'nl');
  });
  it('a language we do not ship: Dutch, with a warning saying whose lang it was', () => {
    bad(parseLang('xx', 'pl'), 'nl', 'lang="xx"', 'not shipped');
    bad(parseLang(null, 'de'), 'nl', 'inherited lang="de"');
  });
});

describe('text', () => {
  it('never throws, even for values that cannot become strings', () => {
    assert.equal(text(null), undefined);
    assert.equal(text(3), '3');
    assert.equal(text({ toString: () => { throw new Error('no'); } }), '[object Object]');
    assert.equal(text(Symbol('s')), 'Symbol(s)');
  });
});

describe('a missing chunk', () => {
  it('is named in its warning, with what the widget shows without it, for every chunk of src/chunks.ts', async () => {
    const { CHUNKS } = await importTs('src/features/warnings.ts');
    const { FILES } = await importTs('src/chunks.ts');
    assert.deepEqual(Object.fromEntries(Object.entries(CHUNKS).map(([name, [file]]) => [name, file])), FILES);
    const warning = words(['exit', 'TypeError: Failed to fetch dynamically imported module: https://example.org/features/quick-exit.js', 'chunk'], LOCALES);
    assert.equal(
      warning,
      'features/quick-exit.js did not load (TypeError: Failed to fetch dynamically imported module: https://example.org/features/quick-exit.js), showing no quick-exit button. Put every file of dist/ beside mensenhandel-faq.js, in their folders.',
    );
  });
});
