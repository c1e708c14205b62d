// The release as a person without a terminal gets it: release/ as `npm run release` writes it,
// and the product site served as static files under a sub-path (/mensenhandel-faq/, as a forge's
// pages serve it), read in Chromium at 1280 × 800, 360 and 320 px, as a webmaster uses it.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';

const SITE = 'release/site';
const BASE = '/mensenhandel-faq/';
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.woff2': 'font/woff2', '.json': 'application/json' };

/** What a zip holds (Python's zipfile, which reads what unzip and WordPress read). */
const zipNames = (path) =>
  execFileSync('/usr/bin/python3', ['-c', 'import sys, zipfile; print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))', path], { encoding: 'utf8' }).trim().split('\n');

let server;
let origin;
let browser;

/** A page of the site at this size, with every address it asks for. */
async function open(path, width, height = 800) {
  const page = await browser.newPage({ viewport: { width, height } });
  const requests = [];
  const errors = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(`${origin}${BASE}${path}`);
  await page.waitForLoadState('networkidle');
  return { page, requests, errors };
}

/**
 * What axe finds. The gallery shows the same widget many times, so its landmarks repeat their
 * names there (`landmark-unique`); a page that visitors get has one widget per language.
 */
async function violations(page) {
  await page.addScriptTag({ path: AXE });
  const gallery = page.url().endsWith('/gallery.html');
  const { violations: found } = await page.evaluate(
    (rules) => window.axe.run(document, { resultTypes: ['violations'], rules }),
    gallery ? { 'landmark-unique': { enabled: false } } : {},
  );
  return found.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const pages = () => ['', 'gallery.html', ...readdirSync(join(SITE, 'docs')).filter((name) => name.endsWith('.html')).map((name) => `docs/${name}`)];

describe('the release (npm run release)', () => {
  it('writes the two zips, the npm tarball and SHA256SUMS, which sha256sum -c accepts', () => {
    const names = [`mensenhandel-faq-${version}.zip`, `mensenhandel-faq-wordpress-${version}.zip`, `mensenhandel-faq-${version}.tgz`];
    for (const name of names) assert.ok(statSync(join('release', name)).size > 10_000, name);
    assert.deepEqual(
      readFileSync('release/SHA256SUMS', 'utf8').trim().split('\n').map((line) => line.split('  ')[1]),
      names,
    );
    assert.match(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: 'release', encoding: 'utf8' }), /(: OK\n.*){3}/s);
  });

  it('the self-host zip holds the files a page loads, LEESMIJ.txt and the snippets; no sources, maps or tests', () => {
    const names = zipNames(`release/mensenhandel-faq-${version}.zip`);
    for (const name of ['mensenhandel-faq.js', 'mensenhandel-faq.css', 'mensenhandel-faq.all.js', 'integrity.json', 'LEESMIJ.txt', 'locales/pl.js', 'features/quick-exit.js', 'design-systems/utrecht.js', 'snippets/ar.html'])
      assert.ok(names.includes(`mensenhandel-faq/${name}`), name);
    assert.deepEqual(names.filter((name) => !name.startsWith('mensenhandel-faq/') || /\.(ts|map)$|test|\/lib\/|\/types\//.test(name)), []);
    const readme = execFileSync('/usr/bin/python3', ['-c', 'import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read("mensenhandel-faq/LEESMIJ.txt").decode())', `release/mensenhandel-faq-${version}.zip`], { encoding: 'utf8' });
    for (const words of ['Bijwerken', '<head>', 'locales/', `mensenhandel-faq-wordpress-${version}.zip`, 'blocking="render"']) assert.ok(readme.includes(words), words);
  });

  it('the WordPress zip is the plugin in its own folder; the tarball is what npm pack makes', () => {
    assert.ok(zipNames(`release/mensenhandel-faq-wordpress-${version}.zip`).includes('mensenhandel-faq/mensenhandel-faq.php'));
    const listed = execFileSync('tar', ['-tzf', `release/mensenhandel-faq-${version}.tgz`], { encoding: 'utf8' });
    assert.match(listed, /^package\/dist\/mensenhandel-faq\.js$/m);
    assert.match(listed, /^package\/custom-elements\.json$/m);
    assert.doesNotMatch(listed, /dist\/wordpress\//);
  });
});

describe('the product site, served under a sub-path (Chromium)', () => {
  before(async () => {
    server = createServer((request, response) => {
      const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
      let file = path.startsWith(BASE) ? join(SITE, path.slice(BASE.length)) : undefined;
      if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!file || !file.startsWith(SITE) || !existsSync(file)) return response.writeHead(404).end();
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(readFileSync(file));
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${server.address().port}`;
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  it('at 1280 × 800, choosing “Polski” under “Taal” shows Polish in the preview without scrolling', async () => {
    const { page, errors } = await open('', 1280, 800);
    await page.getByLabel('Taal', { exact: true }).selectOption({ label: 'Polski' });
    // The first question's text (in the element's light DOM, shown inside its button); the
    // preview's widget comes first (the code's is rendered after it, out of sight, while it is made).
    const first = page.locator('#preview mensenhandel-faq > [slot="question-1"]').first();
    await first.filter({ hasText: 'Czym jest handel ludźmi?' }).waitFor();
    const box = await first.boundingBox();
    assert.equal(await page.evaluate(() => scrollY), 0);
    assert.ok(box.y >= 0 && box.y + box.height <= 800, `first question at ${box.y}`);
    // The preview stays in view while the settings scroll past it.
    await page.getByLabel('Adres van mensenhandel-faq.js op uw server').scrollIntoViewIfNeeded();
    const stuck = await first.boundingBox();
    assert.ok(stuck.y >= 0 && stuck.y + stuck.height <= 800, `after scrolling, first question at ${stuck.y}`);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('offers no code until the script’s address is typed, and then never a loopback address', async () => {
    const { page } = await open('', 1280);
    assert.equal(await page.getByRole('button', { name: 'Kopieer het blok' }).isVisible(), false);
    assert.ok(await page.getByText('Vul eerst bij stap 3 het adres van het script in').isVisible());
    const address = page.getByLabel('Adres van mensenhandel-faq.js op uw server');
    assert.equal(await address.inputValue(), '');
    assert.equal(await address.getAttribute('placeholder'), 'https://uw-site.nl/assets/faq/mensenhandel-faq.js');
    await address.fill('gemeente.example/assets/faq/');
    await address.press('Tab');
    assert.equal(await address.inputValue(), 'https://gemeente.example/assets/faq/mensenhandel-faq.js');
    assert.ok(await page.getByText('Aangepast tot https://gemeente.example/assets/faq/mensenhandel-faq.js').isVisible());
    await page.getByRole('button', { name: 'Kopieer het blok' }).waitFor();
    const code = `${await page.locator('#snippet-head').textContent()}\n${await page.locator('#snippet-body').textContent()}`;
    assert.match(code, /<script type="module" src="https:\/\/gemeente\.example\/assets\/faq\/mensenhandel-faq\.js" id="mensenhandel-faq-end"><\/script>/);
    assert.doesNotMatch(code, /127\.0\.0\.1|localhost|\[::1\]/);
    await page.getByText('Toon de volledige code').click();
    assert.ok(await page.locator('#snippet-body').isVisible());
    await page.close();
  });

  it('completes a quick-exit address typed without https://, and refuses one that cannot work, beside the field', async () => {
    const { page } = await open('', 1280);
    await page.getByLabel('Adres van mensenhandel-faq.js op uw server').fill('/assets/faq/mensenhandel-faq.js');
    const exit = page.getByLabel('Adres voor de knop “Snel weg”');
    await exit.fill('www.buienradar.nl');
    await exit.press('Tab');
    assert.equal(await exit.inputValue(), 'https://www.buienradar.nl/');
    const status = page.locator('#exitUrl-status');
    assert.equal(await status.textContent(), 'Aangepast tot https://www.buienradar.nl/');
    assert.ok((await exit.getAttribute('aria-describedby')).split(' ').includes('exitUrl-status'));
    await page.locator('#snippet-body', { hasText: 'exit-url="https://www.buienradar.nl/"' }).waitFor({ state: 'attached' });
    // Not in the preview, where Shift three times would leave the configurator; a note says so.
    assert.ok(await page.getByText('De knop “Snel weg” staat niet in dit voorbeeld').isVisible());
    // (The first widget is the preview; the code's is rendered after it, out of sight, while it is made.)
    assert.equal(await page.locator('#preview mensenhandel-faq').first().locator('[part~="quick-exit"]').count(), 0);

    await exit.fill('javascript:alert(1)');
    await exit.press('Tab');
    assert.equal(await exit.getAttribute('aria-invalid'), 'true');
    assert.ok(await status.isVisible());
    assert.match(await status.textContent(), /werkt niet voor de knop “Snel weg”.*Er komt nu geen knop\./);
    await page.waitForFunction(() => !document.querySelector('#snippet-body').textContent.includes('exit-url'));
    await page.close();
  });

  it('links both zips, and serves them', async () => {
    const { page } = await open('', 1280);
    for (const name of [`mensenhandel-faq-${version}.zip`, `mensenhandel-faq-wordpress-${version}.zip`]) {
      const link = page.locator(`a[href="downloads/${name}"]`).first();
      assert.ok(await link.isVisible(), name);
      const response = await page.request.get(new URL(await link.getAttribute('href'), page.url()).href);
      assert.equal(response.status(), 200, name);
      assert.ok((await response.body()).equals(readFileSync(join('release', name))), name);
    }
    await page.close();
  });

  it('every page: axe finds nothing at 1280 and 360 px, nothing overflows at 320 px, no request leaves the site', async () => {
    assert.ok(pages().length >= 3, pages().join());
    // Each page loaded once, then narrowed (the layout follows at once); two pages at a time.
    const check = async (path) => {
      const { page, requests, errors } = await open(path, 1280);
      try {
        for (const width of [1280, 360, 320]) {
          await page.setViewportSize({ width, height: 800 });
          if (width !== 320) assert.deepEqual(await violations(page), [], `${path} at ${width}`);
          assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), `${path} overflows at ${width}`);
        }
        assert.deepEqual(requests.filter((url) => !url.startsWith(`${origin}${BASE}`) && !url.startsWith('data:')), [], `${path}: requests elsewhere`);
        assert.deepEqual(errors, [], path);
      } finally {
        await page.close();
      }
    };
    const all = pages();
    await Promise.all([0, 1].map(async (first) => {
      for (let index = first; index < all.length; index += 2) await check(all[index]);
    }));
  });

  it('every link between the site’s pages reaches a page, and every #anchor a heading on it', () => {
    const html = (path) => readFileSync(join(SITE, path || 'index.html'), 'utf8');
    const ids = (path) => new Set([...html(path).matchAll(/ id="([^"]+)"/g)].map((match) => match[1]));
    for (const path of pages()) {
      const links = [...html(path).matchAll(/<a [^>]*href="([^"]+)"/g)].map((match) => match[1]).filter((href) => !/^(https?:|mailto:|tel:)/.test(href));
      assert.ok(links.length > 3, path);
      for (const href of links) {
        const [file, anchor] = href.split('#');
        const target = file ? join(path.includes('/') ? path.replace(/[^/]+$/, '') : '', file).replace(/^\.\/?$/, '') : path;
        const page = target === '' || target.endsWith('/') ? `${target}index.html` : target;
        assert.ok(existsSync(join(SITE, page)), `${path} → ${href}`);
        if (anchor && page.endsWith('.html')) assert.ok(ids(page).has(anchor), `${path} → ${href}: no #${anchor}`);
      }
    }
  });

  it('the gallery shows every house style and every language live', async () => {
    const { page } = await open('gallery.html', 1280);
    await page.waitForFunction(() => [...document.querySelectorAll('mensenhandel-faq')].every((el) => el.shadowRoot?.querySelector('[part~="question"]')));
    assert.equal(await page.locator('#house-styles mensenhandel-faq').count(), 7);
    assert.equal(await page.locator('#languages mensenhandel-faq').count(), 14);
    // Amsterdam's interactive blue (--ams-color-interactive), from the theme's own file in themes/.
    const amsterdam = page.locator('#house-styles .ams-theme mensenhandel-faq [part~="question"]').first();
    assert.equal(await amsterdam.evaluate((button) => getComputedStyle(button).color), 'rgb(0, 70, 153)');
    assert.equal(await page.locator('#languages mensenhandel-faq[lang="ar"] [part~="base"]').getAttribute('dir'), 'rtl');
    await page.close();
  });

  it('on a narrow screen the preview is one tap away, and in forced colours axe still finds nothing', async () => {
    const { page } = await open('', 360, 740);
    const link = page.getByRole('link', { name: 'Voorbeeld bekijken' });
    assert.ok(await link.isVisible());
    await link.focus();
    await page.keyboard.press('Enter');
    // At the top of the screen, below the bar (which stays), not under it.
    await page.waitForFunction(() => {
      const top = document.querySelector('#voorbeeld').getBoundingClientRect().top;
      return top >= document.querySelector('.to-preview').getBoundingClientRect().bottom && top < 120;
    });
    await page.emulateMedia({ forcedColors: 'active' });
    assert.deepEqual(await violations(page), []);
    await page.close();
  });
});
