// The chunk contract: a widget loads a lazy file (its language, a feature) exactly when the
// options table (src/options.ts, the registry's files in src/chunks.ts) says so, and the
// embed preloads exactly the files its widget then asks for. Each case is the embed for one
// option chosen, loaded without its preloads: what the element itself requests is compared
// with what the embed would have preloaded.
import { expect } from '@open-wc/testing';
import { DEFAULT_CONFIG, embed, type Config } from '../src/embed/index.js';
import { FILES } from '../src/chunks.js';
import { OPTIONS } from '../src/options.js';
import { loadPage } from './helpers.js';

const SCRIPT = new URL('/dist/mensenhandel-faq.js', location.href).href;
const DIST = new URL('/dist/', location.href);
/** The lazy files among what the page fetched, as paths beside the script. */
const lazyFiles = (frame: Window) =>
  frame.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname.replace('/dist/', ''))
    .filter((path) => /^(locales|features|design-systems)\//.test(path));

/** A value that chooses each option with a chunk. */
const CHOSEN: Partial<Config> = { id: 'faq', theme: 'dark', languageMenu: true, exitUrl: 'https://www.buienradar.nl/', structuredData: true, help: 'Bel 0800-1234' };

describe('the chunk contract', () => {
  const cases: [string, Partial<Config>][] = [
    ['no option', {}],
    ['lang="pl"', { lang: 'pl' }],
    ...OPTIONS.filter(({ chunk }) => chunk).map(({ key }): [string, Partial<Config>] => [key, { [key]: CHOSEN[key] }]),
  ];
  for (const [name, config] of cases) {
    it(`${name}: the widget loads what the embed preloads, and no other lazy file`, async () => {
      const { body } = await embed({ ...DEFAULT_CONFIG, ...config, scriptUrl: SCRIPT }, DIST);
      const preloads = [...body.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map(([, href]) => href!.replace(`${DIST.href}`, ''));
      const frame = await loadPage({ srcdoc: `<!doctype html><html lang="nl"><body>${body.replace(/\n<link rel="modulepreload"[^>]*>/g, '')}</body></html>` });
      expect(frame.document.querySelector('mensenhandel-faq')!.shadowRoot!.querySelector('button.question'), 'the script took over').to.exist;
      const option = OPTIONS.find(({ key }) => key === name);
      if (option?.chunk) expect(preloads, 'the table’s chunk').to.include(FILES[option.chunk]);
      expect(lazyFiles(frame).sort()).to.deep.equal([...preloads].sort());
    });
  }
});
