// The embed's head (`<link rel="expect" blocking="render">`, src/embed/) in Chromium, on a
// page a server sends in two parts, as a slow connection delivers it: the text above the
// questions first, the questions 600 ms later. With the head, the browser paints nothing until
// the questions are parsed (then the whole page at once); without it, it paints the text above
// them first.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { embeds } from '../../scripts/snippet.mjs';

const DELAY = 600;
let server;
let browser;
let embed;

/** Serves dist/ and, at /page, the host page with `head`, its body in two parts. */
function serve(pageOf) {
  return createServer(async (request, response) => {
    const url = new URL(request.url, 'http://x');
    if (url.pathname.startsWith('/dist/')) {
      response.writeHead(200, { 'content-type': 'text/javascript' });
      return response.end(readFileSync(`.${url.pathname}`));
    }
    const [first, second] = pageOf(url.searchParams.has('head'));
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.write(first);
    await new Promise((resolve) => setTimeout(resolve, DELAY));
    response.end(second);
  });
}

/** When the first paint was, and when the parser had read the whole embed (ms from navigation). */
async function paintAndParse(withHead) {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/page${withHead ? '?head' : ''}`);
  const times = await page.evaluate(async () => {
    await new Promise((resolve) => {
      const painted = () => performance.getEntriesByName('first-contentful-paint').length > 0 && resolve();
      new PerformanceObserver(painted).observe({ type: 'paint', buffered: true });
    });
    return { paint: performance.getEntriesByName('first-contentful-paint')[0].startTime, parsed: window.parsed };
  });
  await page.close();
  return times;
}

describe('the embed’s head holds the first paint until the questions are parsed (Chromium)', () => {
  before(async () => {
    [embed] = await embeds([{ lang: 'pl', scriptUrl: '/dist/mensenhandel-faq.js' }]);
    server = serve((withHead) => [
      `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Gemeente</title>${withHead ? embed.head : ''}</head><body><h1>Mensenhandel</h1><p>Tekst boven de vragen.</p>`,
      `${embed.body}<script>window.parsed = performance.now()</script><p>Tekst onder de vragen.</p></body></html>`,
    ]);
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  it('with the head: the first paint comes after the whole embed is parsed', async () => {
    const { paint, parsed } = await paintAndParse(true);
    assert.ok(parsed >= DELAY, `parsed at ${parsed} ms`);
    assert.ok(paint >= parsed, `first paint at ${paint} ms, the embed parsed at ${parsed} ms`);
  });

  it('(without it, the text above the questions is painted while they are still on their way)', async () => {
    const { paint, parsed } = await paintAndParse(false);
    assert.ok(paint < parsed, `first paint at ${paint} ms, the embed parsed at ${parsed} ms`);
  });
});
