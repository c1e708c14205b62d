// `npm run snippet` (scripts/snippet.mjs) against the configurator's own code, in Chromium: the
// command drives headless Chromium, and CSS serialises the same way only in the same engine.
import { expect, fixture } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { DEFAULT_CONFIG, embed } from '../demo/snippet.js';
import './helpers.js';

const SCRIPT = 'https://cdn.example.org/faq/mensenhandel-faq.js';
const LOADED = new URL('/dist/mensenhandel-faq.js', location.href).href;
type Embed = { head: string; body: string };

describe('npm run snippet', () => {
  for (const [options, config] of [
    [['--lang', 'pl'], { lang: 'pl' }],
    [['--lang', 'ar', '--id', 'faq', '--exit-url', 'https://www.buienradar.nl/', '--single', '--open', '2', '--strict-csp'], { lang: 'ar', id: 'faq', exitUrl: 'https://www.buienradar.nl/', single: true, open: [2], strictCsp: true }],
  ] as const) {
    it(`prints exactly what the configurator produces: ${options.join(' ')}`, async () => {
      const printed = await executeServerCommand<Embed, string[]>('snippet', [...options, '--src', SCRIPT]);
      const made = await embed({ ...DEFAULT_CONFIG, ...config, open: [...(config.open ?? [])], scriptUrl: SCRIPT }, await fixture<HTMLElement>('<div></div>'), LOADED);
      expect(printed).to.deep.equal(made);
      expect(printed.body).to.contain(`<mensenhandel-faq`);
    });
  }
});
