// Screenshots for docs/portal.md and docs/languages.md (`npm run screenshots`, which builds first): each house style's own
// accordion (left) beside <mensenhandel-faq> with no CSS of ours (right), from the real theme
// packages; and the widget in the languages whose script needs its own fonts (Debian's
// fonts-noto-core and fonts-noto-cjk), at a phone's 360 px.
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
  const phone = await browser.newPage({ viewport: { width: 360, height: 740 } });
  for (const lang of ['zh', 'vi', 'ar', 'ru']) {
    await phone.goto(`http://127.0.0.1:5179/scripts/language-page.html?lang=${lang}`);
    await phone.waitForFunction(() => document.querySelector('mensenhandel-faq')?.shadowRoot?.querySelector('[part~="help"]'));
    await phone.screenshot({ path: `docs/languages/${lang}.png` });
    console.log(`docs/languages/${lang}.png`);
  }
} finally {
  await browser.close();
  await server.close();
}
