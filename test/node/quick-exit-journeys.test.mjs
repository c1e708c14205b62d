// Quick exit as a visitor meets it, in Chromium with real mouse and keyboard input (the browser
// tests dispatch events in a frame that may not leave the test's page): in a frame, on a page that
// asks "Leave site?", and with the keys of someone who types or selects while holding Shift.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';

let server;
let browser;
/** The two origins of the one loopback server (another host name is another origin). */
let here;
let elsewhere;

const TYPES = { '.js': 'text/javascript', '.css': 'text/css' };
const EXIT = '/weer';
const frame = (src, sandbox = '') => `<!doctype html><html lang="nl"><body><h1>Gemeente</h1><iframe src="${src}"${sandbox ? ` sandbox="${sandbox}"` : ''} style="width:800px;height:600px"></iframe></body></html>`;
const PAGES = {
  // The help page: the widget with quick exit; `?ask`: with a form that asks before the page is left.
  '/hulp': (query) =>
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><script type="module" src="/dist/mensenhandel-faq.js"></script></head><body><h1>Hulp</h1>${
      query.has('ask') ? '<script>addEventListener("beforeunload", (event) => event.preventDefault());</script>' : ''
    }<mensenhandel-faq exit-url="${here}${EXIT}"></mensenhandel-faq></body></html>`,
  '/in-frame': () => frame('/hulp'),
  '/in-frame-elsewhere': () => frame(`${elsewhere}/hulp`),
  '/in-sandboxed-frame': () => frame('/hulp', 'allow-scripts allow-same-origin'),
  [EXIT]: () => '<!doctype html><html lang="nl"><title>Weerbericht</title><body><h1>Weerbericht</h1></body></html>',
};

/** A new tab at `path` of this origin, once the widget's quick-exit button is there (in the page's frame, if it has one). */
async function open(path) {
  const page = await browser.newPage();
  await page.goto(`${here}${path}`);
  const button = (path.startsWith('/in-') ? page.frameLocator('iframe') : page).locator('mensenhandel-faq [part~="quick-exit"]');
  await button.waitFor();
  return { page, button };
}

describe('quick exit, as a visitor uses it (Chromium, real input)', () => {
  before(async () => {
    server = createServer((request, response) => {
      const url = new URL(request.url, 'http://x');
      const page = PAGES[url.pathname];
      if (page) {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return response.end(page(url.searchParams));
      }
      if (!/^\/dist\/[\w/.-]+$/.test(url.pathname) || url.pathname.includes('..')) return response.writeHead(404).end();
      response.writeHead(200, { 'content-type': TYPES[url.pathname.slice(url.pathname.lastIndexOf('.'))] ?? 'application/octet-stream' });
      response.end(readFileSync(`.${url.pathname}`));
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    here = `http://127.0.0.1:${server.address().port}`;
    elsewhere = `http://localhost:${server.address().port}`;
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  for (const [path, where] of [
    ['/in-frame', 'a frame of the same site'],
    ['/in-frame-elsewhere', 'a frame from another site'],
  ]) {
    it(`in ${where}, the button leaves the whole tab, not only the frame`, async () => {
      const { page, button } = await open(path);
      await button.click();
      await page.waitForURL(`${here}${EXIT}`);
      await page.close();
    });
  }

  it('in a sandboxed frame that may not navigate the tab, the button leaves the frame', async () => {
    const { page, button } = await open('/in-sandboxed-frame');
    await button.click();
    await page.frameLocator('iframe').getByRole('heading', { name: 'Weerbericht' }).waitFor();
    assert.equal(page.url(), `${here}/in-sandboxed-frame`);
    await page.close();
  });

  it('on a page that asks “Leave site?”: who stays gets the page back (no white cover); who leaves, leaves', async () => {
    const { page, button } = await open('/hulp?ask');
    const asked = [];
    page.on('dialog', (dialog) => {
      asked.push(dialog.type());
      return asked.length === 1 ? dialog.dismiss() : dialog.accept();
    });
    await button.click();
    assert.deepEqual(asked, ['beforeunload']);
    assert.equal(page.url(), `${here}/hulp?ask`);
    assert.equal(await page.locator('mensenhandel-faq').evaluate((el) => el.shadowRoot.querySelector('.cover')), null, 'no cover over the page');
    assert.ok(await page.getByRole('button', { name: 'Wat is mensenhandel?' }).isVisible());
    await button.click();
    await page.waitForURL(`${here}${EXIT}`);
    assert.deepEqual(asked, ['beforeunload', 'beforeunload']);
    await page.close();
  });

  it('three presses of Shift leave; Shift-clicks (selecting text, or blocks in an editor) and capitals typed do not count', async () => {
    const { page } = await open('/hulp');
    const heading = page.getByRole('heading', { name: 'Hulp' });
    for (let i = 0; i < 3; i++) await heading.click({ modifiers: ['Shift'] });
    await page.keyboard.press('Shift+H');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift+A');
    await page.keyboard.press('Shift');
    await page.waitForTimeout(300);
    assert.equal(page.url(), `${here}/hulp`);
    // Another key: the count starts again (the last Shift above was a press of Shift alone).
    await page.keyboard.press('a');
    for (let i = 0; i < 2; i++) await page.keyboard.press('Shift');
    await page.waitForTimeout(300);
    assert.equal(page.url(), `${here}/hulp`, 'two presses stay');
    await page.keyboard.press('Shift');
    await page.waitForURL(`${here}${EXIT}`);
    await page.close();
  });
});
