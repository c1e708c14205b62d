// What the WordPress tests share: publishing a post, opening it as a visitor in Chromium, and
// reading the widget there.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { importTs } from '../../scripts/import-ts.mjs';

/** Debian's Chromium. */
export const launchBrowser = () => chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });

/** Publishes a post with this content (as this user; 1: the administrator), returns its id. */
export const publish = (site, content, user = 1) =>
  site.php(`echo wp_insert_post(['post_title' => 'Vragen', 'post_content' => ${JSON.stringify(content)}, 'post_status' => 'publish']);`, user).trim();

/**
 * Publishes a post as a user with unfiltered_html saves it (the site has none: DISALLOW_UNFILTERED_HTML):
 * without WordPress's HTML filter, which runs only for users without the capability.
 */
export const publishUnfiltered = (site, content) => site.php(`kses_remove_filters(); echo wp_insert_post(['post_title' => 'Vragen', 'post_content' => ${JSON.stringify(content)}, 'post_status' => 'publish']);`).trim();

/** A post's content as WordPress saved it. */
export const saved = (site, id) => site.php(`echo get_post_field('post_content', ${id});`);

/** Opens an address as a visitor: the page, what the console warned, requests, and the PHP log it added. */
export async function visit(site, browser, address) {
  const logBefore = site.logged().length;
  const page = await browser.newPage();
  const warnings = [];
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  const response = await page.goto(address);
  const html = await response.text();
  return { page, html, warnings, requests, php: () => site.logged().slice(logBefore) };
}

/** The widget's question texts as shown (each button's slotted text), once it has rendered. */
export const questions = (page) =>
  page
    .locator('mensenhandel-faq')
    .evaluate((el) =>
      el.updateComplete.then(() =>
        [...el.shadowRoot.querySelectorAll('[part~="question"] slot')].map((slot) => slot.assignedNodes({ flatten: true }).map((node) => node.textContent).join('').trim()),
      ),
    );

/** axe-core's violations in the widget. */
export async function violations(page) {
  await page.addScriptTag({ content: readFileSync('node_modules/axe-core/axe.min.js', 'utf8') });
  return page.evaluate(() => window.axe.run('mensenhandel-faq').then((r) => r.violations.map((v) => v.id)));
}

/** The configurator's fallback link (src/embed/config.ts), which every embed and post carries. */
export const { FALLBACK } = await importTs('src/embed/config.ts');
