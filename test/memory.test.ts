// Memory after 1,000 widgets come and go. Needs Chromium's `gc()` and precise heap figures
// (test/browsers.js starts Chromium with them), so web-test-runner.config.js runs it in Chromium.
import { expect, fixture } from '@open-wc/testing';
import './helpers.js';

declare global {
  interface Window {
    gc?: () => void;
  }
  interface Performance {
    memory?: { usedJSHeapSize: number };
  }
}

async function heap(): Promise<number> {
  for (let i = 0; i < 3; i++) {
    window.gc!();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return performance.memory!.usedJSHeapSize;
}

describe('memory', () => {
  it('returns to baseline after 1,000 widgets are created, rendered, used and removed', async function () {
    this.timeout(60000);
    const container = await fixture<HTMLElement>('<div></div>');
    const cycle = async () => {
      for (let i = 0; i < 1000; i++) {
        const el = document.createElement('mensenhandel-faq');
        el.lang = i % 2 ? 'en' : 'nl';
        el.open = 'all';
        el.languages = 'all';
        container.append(el);
        await el.updateComplete;
        el.remove();
      }
    };
    // The first round warms up the engine (compiled code, caches); measured here: a flat heap
    // from the second round on, whatever the number of rounds.
    await cycle();
    const before = await heap();
    await cycle();
    const after = await heap();
    const growth = after - before;
    console.log(`memory: heap ${(before / 1024).toFixed(0)} KiB before, ${(after / 1024).toFixed(0)} KiB after 1,000 widgets: ${(growth / 1024).toFixed(1)} KiB growth`);
    expect(growth).to.be.below(128 * 1024);
  });
});
