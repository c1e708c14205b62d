// Screenshots for the README: each house style's own accordion (left) beside <mensenhandel-faq>
// with no CSS of ours (right), from the real theme packages. `npm run screenshots` (builds first).
import { chromium } from 'playwright-core';
import { createServer } from 'vite';

const IDS = ['utrecht', 'rijkshuisstijl', 'nijmegen', 'voorbeeld', 'rotterdam', 'denhaag', 'amsterdam'];
const server = await createServer({ server: { port: 5179, host: '127.0.0.1' }, logLevel: 'error' });
await server.listen();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 760 } });
  for (const id of IDS) {
    await page.goto(`http://127.0.0.1:5179/test/house-styles/screenshot.html?theme=${id}`);
    await page.waitForSelector('body[data-ready]');
    await page.locator('iframe').screenshot({ path: `docs/house-styles/${id}.png` });
    console.log(`docs/house-styles/${id}.png`);
  }
} finally {
  await browser.close();
  await server.close();
}
