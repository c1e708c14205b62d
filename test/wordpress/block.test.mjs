// `npm run test:wordpress`: the block "Mensenhandel FAQ" from dist/wordpress/mensenhandel-faq.zip
// on Debian's WordPress (site.mjs), used through the block editor's own interface by an Editor
// without unfiltered_html, then read by a visitor in Chromium.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { addBlock, addEditor, openEditor as openAs, publishPost, uploadPlugin } from './editor.mjs';
import { start } from './site.mjs';
import { FALLBACK, launchBrowser, questions, saved, violations, visit } from './visitor.mjs';

let site;
let browser;
let editor;

const openEditor = (path) => openAs(site, browser, path);

describe('WordPress block "Mensenhandel FAQ" (Debian WordPress 6.1, Chromium)', () => {
  before(async () => {
    site = await start({ plugin: false });
    editor = addEditor(site);
    assert.equal(site.php("echo current_user_can('unfiltered_html') ? 'may post scripts' : 'may not';", editor), 'may not');
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await site?.stop();
  });

  let polishPost;
  let everyOption;

  it('the site owner uploads the zip under Plugins → Add New → Upload Plugin and activates it', async () => {
    const page = await uploadPlugin(site, browser);
    assert.equal(await page.getByRole('link', { name: 'Deactivate Mensenhandel FAQ' }).count(), 1);
    assert.equal(site.php("echo is_plugin_active('mensenhandel-faq/mensenhandel-faq.php') ? 'active' : 'inactive';"), 'active');
    await page.close();
  });

  it('an Editor adds the block, picks Polish and questions 1 and 6 in the Dutch sidebar, sees them in the preview, publishes', async () => {
    const { page, problems } = await openEditor();
    const preview = await addBlock(page);
    assert.equal(await questions(page.locator('.block-editor-block-list__layout')).then((q) => q.length), 6);
    await page.getByRole('combobox', { name: 'Taal', exact: true }).selectOption({ label: 'Polski (Pools)' });
    for (const id of [2, 3, 4, 5]) await page.getByRole('checkbox', { name: new RegExp(`^${id}\\. `) }).uncheck();
    assert.deepEqual(await questions(page.locator('.block-editor-block-list__layout')), ['Czym jest handel ludźmi?', 'Jak rozpoznać handel ludźmi?']);
    assert.equal(await preview.getAttribute('lang'), 'pl');
    polishPost = await publishPost(page);
    // Saved as the Editor, through WordPress's filter for users without unfiltered_html.
    assert.equal(
      saved(site, polishPost),
      `<!-- wp:mensenhandel-faq/faq {"lang":"pl","questions":[1,6],"open":[]} -->\n<mensenhandel-faq lang="pl" questions="1 6">${FALLBACK}</mensenhandel-faq>\n<!-- /wp:mensenhandel-faq/faq -->`,
    );
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('a visitor gets those two questions in Polish, works them by keyboard, axe finds nothing, every file from the site', async () => {
    const { page, html, requests, php } = await visit(site, browser, `${site.url}/?p=${polishPost}`);
    assert.match(html, /<script type="module" src="[^"]*\/wp-content\/plugins\/mensenhandel-faq\/dist\/mensenhandel-faq\.js\?ver=0\.3\.0">/);
    assert.deepEqual(await questions(page), ['Czym jest handel ludźmi?', 'Jak rozpoznać handel ludźmi?']);
    const first = page.locator('mensenhandel-faq [part~="question"]').first();
    await page.keyboard.press('Tab');
    for (let i = 0; i < 40 && !(await first.evaluate((button) => button.matches(':focus'))); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    assert.equal(await first.getAttribute('aria-expanded'), 'true');
    await page.keyboard.press('Space');
    assert.equal(await first.getAttribute('aria-expanded'), 'false');
    assert.deepEqual(await violations(page), []);
    assert.equal(php(), '');
    assert.deepEqual(requests.filter((r) => !r.startsWith(`${site.url}/`)), [], 'no request to another site');
    await page.close();
  });

  it('every sidebar setting reaches the preview and the saved element; quick exit and structured data only the page', async () => {
    const { page, problems } = await openEditor();
    const preview = await addBlock(page);
    const question = (text) => page.getByRole('listitem').filter({ hasText: text });
    await page.getByRole('checkbox', { name: 'Bezoekers laten kiezen uit alle talen' }).check();
    await page.getByRole('combobox', { name: 'Thema' }).selectOption({ label: 'Donker' });
    await question('6. Hoe herken je mensenhandel?').getByRole('checkbox', { name: 'Open bij het laden' }).check();
    await page.getByRole('button', { name: 'Vraag 6 hoger zetten' }).click();
    await page.getByRole('checkbox', { name: 'Eén antwoord tegelijk open' }).check();
    await page.getByRole('checkbox', { name: 'Titel verbergen' }).check();
    await page.getByRole('checkbox', { name: 'Knop “alle antwoorden tonen” verbergen' }).check();
    await page.getByRole('combobox', { name: 'Kopniveau van de titel' }).selectOption({ label: 'h3 (vragen h4)' });
    await page.getByRole('textbox', { name: 'Naam (id) voor deelbare links' }).fill('faq');
    await page.getByRole('textbox', { name: 'Adres voor de knop “Snel weg”' }).fill('https://www.buienradar.nl/');
    await page.getByRole('checkbox', { name: 'Gestructureerde gegevens (FAQPage) voor zoekmachines' }).check();
    const attributes = (element) => element.evaluate((el) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])));
    // "The page's language" previews in the site's (here English), not the editor's.
    const shared = { id: 'faq', theme: 'dark', questions: '1 2 3 4 6 5', open: '6', single: '', 'heading-level': '3', 'hide-title': '', 'hide-expand-all': '', languages: 'all' };
    assert.deepEqual(await attributes(preview), { ...shared, lang: 'en-US' });
    everyOption = await publishPost(page);
    assert.deepEqual(problems, []);
    await page.close();

    const visitor = await visit(site, browser, `${site.url}/?p=${everyOption}`);
    const element = visitor.page.locator('mensenhandel-faq');
    assert.deepEqual(await attributes(element), { ...shared, 'exit-url': 'https://www.buienradar.nl/', 'structured-data': '' });
    await questions(visitor.page);
    assert.equal(await element.locator('[part~="quick-exit"]').count(), 1);
    assert.equal(await element.locator('[part~="title"]').count(), 0);
    assert.equal(await element.locator('[part~="heading"]').first().evaluate((h) => h.getAttribute('aria-level') ?? h.tagName), 'H4');
    assert.equal(await visitor.page.locator('script[type="application/ld+json"]').count(), 1);
    assert.equal(visitor.php(), '');
    await visitor.page.close();
  });

  it('reopened in the editor, both saved blocks are valid: WordPress kept every attribute', async () => {
    for (const id of [polishPost, everyOption]) {
      const { page, problems } = await openEditor(`post.php?post=${id}&action=edit`);
      await page.locator('.block-editor-block-list__layout mensenhandel-faq').waitFor();
      assert.equal(await page.getByText('This block contains unexpected or invalid content').count(), 0);
      assert.deepEqual(problems, []);
      await page.close();
    }
  });


  // Last: it deactivates the plugin.
  it('after deactivation, a block post shows the element’s fallback link, and PHP says nothing', async () => {
    assert.equal(site.php("deactivate_plugins('mensenhandel-faq/mensenhandel-faq.php'); echo is_plugin_active('mensenhandel-faq/mensenhandel-faq.php') ? 'active' : 'inactive';"), 'inactive');
    const { page, html, php } = await visit(site, browser, `${site.url}/?p=${polishPost}`);
    assert.ok(html.includes(`<mensenhandel-faq lang="pl" questions="1 6">${FALLBACK}</mensenhandel-faq>`));
    assert.doesNotMatch(html, /mensenhandel-faq\.js/);
    const link = page.getByRole('link', { name: 'De 6 meest gestelde vragen over mensenhandel' });
    assert.equal(await link.getAttribute('href'), 'https://maakhetzichtbaar.nl/wat-is-mensenhandel/');
    assert.ok(await link.isVisible());
    assert.equal(php(), '');
    await page.close();
  });
});
