// The configurator as `npm start` serves it: on Vite's dev server (not the static server of the
// browser tests), in Chromium. The embed it offers to copy must carry the built stylesheet.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';

let server;
let browser;

describe('the configurator on the dev server (npm start)', () => {
  before(async () => {
    server = await createServer({ logLevel: 'silent', server: { host: '127.0.0.1', port: 0 } });
    await server.listen();
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('offers an embed whose styles are dist/mensenhandel-faq.css and dist/mensenhandel-faq-text.css, not a dev-server module', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.resolvedUrls.local[0]}demo/`);
    await page.getByLabel('Adres van mensenhandel-faq.js op uw server').fill('https://example.org/faq/mensenhandel-faq.js');
    const body = page.locator('#snippet-body');
    await body.filter({ hasText: '<mensenhandel-faq' }).waitFor({ state: 'attached' });
    const code = await body.textContent();
    // The two stylesheet links carry the files as data: addresses (the shadow root's first, then the text's).
    const sheets = [...code.matchAll(/<link rel="stylesheet" href="data:text\/css,([^"]*)">/g)].map(([, href]) => decodeURIComponent(href.replace(/&amp;/g, '&')));
    assert.equal(sheets.length, 2, code.slice(0, 300));
    assert.equal(sheets[0], readFileSync('dist/mensenhandel-faq.css', 'utf8'));
    assert.equal(sheets[1], readFileSync('dist/mensenhandel-faq-text.css', 'utf8'));
    assert.doesNotMatch(code, /__vite__|import\.meta/);
    await page.close();
  });
});
