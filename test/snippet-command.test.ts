// `npm run snippet` (scripts/snippet.mjs: the embed module as built, dist/lib/embed.js, in Node,
// no browser) prints exactly what the configurator makes in the browser (the same module, from
// src/embed/, as the configurator imports it): for every language and for options together.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { DEFAULT_CONFIG, embed, type Config, type Embed } from '../src/embed/index.js';
import { LANGUAGES } from './helpers.js';

const SCRIPT = 'https://cdn.example.org/faq/mensenhandel-faq.js';
const DIST = new URL('/dist/', location.href);

const cases: [string[], Partial<Config>][] = [
  ...LANGUAGES.map((lang): [string[], Partial<Config>] => [['--lang', lang], { lang }]),
  [
    ['--lang', 'ar', '--id', 'faq', '--exit-url', 'https://www.buienradar.nl/', '--single', '--open', '2', '--strict-csp'],
    { lang: 'ar', id: 'faq', exitUrl: 'https://www.buienradar.nl/', single: true, open: [2], strictCsp: true },
  ],
  [
    ['--lang', 'zh', '--questions', '6 2 1', '--open', '2', '--heading-level', '4', '--hide-expand-all', '--language-menu', '--theme', 'auto', '--help', 'Bel 0800-1234\nChat: 9–17 uur', '--house-style', 'denhaag'],
    { lang: 'zh', questions: [6, 2, 1], open: [2], headingLevel: 4, hideExpandAll: true, languageMenu: true, theme: 'auto', help: 'Bel 0800-1234\nChat: 9–17 uur', houseStyle: 'denhaag' },
  ],
  [['--hide-title', '--structured-data', '--house-style', 'amsterdam', '--theme', 'dark'], { hideTitle: true, structuredData: true, houseStyle: 'amsterdam', theme: 'dark' }],
];

describe('npm run snippet', () => {
  for (const [options, config] of cases) {
    it(`prints exactly what the configurator makes: ${options.join(' ')}`, async () => {
      const printed = await executeServerCommand<Embed, string[]>('snippet', [...options, '--src', SCRIPT]);
      const made = await embed({ ...DEFAULT_CONFIG, ...config, scriptUrl: SCRIPT }, DIST);
      expect(printed).to.deep.equal(made);
      expect(printed.body).to.contain(`<mensenhandel-faq`);
    });
  }
});
