// The block "Mensenhandel FAQ" from dist/wordpress/mensenhandel-faq.zip on the run's WordPress
// (site.test.mjs), uploaded there first, used through the block editor's own interface by an Editor
// without unfiltered_html whose admin language is Dutch, and by the English administrator, then
// read by a visitor in Chromium.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { ADMINISTRATOR, addBlock, openEditor as openAs, openSettings, publishPost, uploadPlugin } from '../../wordpress/dev/editor.mjs';
import { FALLBACK, publish, publishUnfiltered, questions, saved, violations, visit } from '../../wordpress/dev/visitor.mjs';

let site;
let browser;
let editor;
/** The Editor's Polish block post, and the post with every option (set by the tests that publish them). */
let polishPost;
let everyOption;

const openEditor = (path, user) => openAs(site, browser, path, user);

/** The help line as a webmaster might type it: markup, an ampersand, quotes, two lines. */
const HELP = 'Bel 0800-1234 <b>gratis</b> & "anoniem"\nMa–vr 9–17 uur';
/** A help line for Polish visitors only. */
const POLISH_HELP = 'Zadzwoń: 0800-1234 (pon.–pt. 9–17)';

/** A field's accessible description: the text of the elements its aria-describedby names. */
const description = (field) =>
  field.evaluate((input) => (input.getAttribute('aria-describedby') ?? '').split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim());

/** The block's attributes as the editor holds them (selected block). */
const blockAttributes = (page) => page.evaluate(() => window.wp.data.select('core/block-editor').getSelectedBlock().attributes);

/** The block's tests, on the run's site (`shared`: the site, the browser and the Editor's user id), the plugin not yet installed. */
export function blockSuite(shared) {
  describe('WordPress block "Mensenhandel FAQ" (Debian WordPress 6.1, Chromium)', () => {
    before(() => ({ site, browser, editor } = shared));

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
      assert.match(html, /<script type="module" src=["'][^"']*\/wp-content\/plugins\/mensenhandel-faq\/dist\/mensenhandel-faq\.js\?ver=0\.3\.0["'] id=["']mensenhandel-faq-js["']>/);
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
      await page.getByRole('combobox', { name: 'Kleuren' }).selectOption({ label: 'Donker' });
      await question('6. Hoe herken je mensenhandel?').getByRole('checkbox', { name: 'Open bij het laden' }).check();
      await page.getByRole('button', { name: 'Vraag 6 hoger zetten' }).click();
      await page.getByRole('checkbox', { name: 'Eén antwoord tegelijk open' }).check();
      await page.getByRole('checkbox', { name: 'Titel verbergen' }).check();
      await page.getByRole('checkbox', { name: 'Knop “alle antwoorden tonen” verbergen' }).check();
      await page.getByRole('combobox', { name: 'Kopniveau van de titel' }).selectOption({ label: 'Niveau 3 (vragen niveau 4)' });
      await page.getByRole('textbox', { name: 'Naam voor links naar één vraag' }).fill('faq');
      // Typed without https://: completed where it is typed, and shown completed.
      const exit = page.getByRole('textbox', { name: 'Adres voor de knop “Snel weg”' });
      await exit.fill('www.buienradar.nl');
      await exit.blur();
      assert.equal(await exit.inputValue(), 'https://www.buienradar.nl/');
      assert.equal(await description(exit), 'Aangevuld tot https://www.buienradar.nl/: de knop heeft een volledig webadres nodig.');
      assert.equal(await exit.getAttribute('aria-invalid'), null);
      await page.getByRole('checkbox', { name: 'Zoekmachines laten weten dat dit veelgestelde vragen zijn' }).check();
      await page.getByRole('textbox', { name: 'Uw eigen hulplijn: telefoon, chat, openingstijden' }).fill(HELP);
      await page.getByRole('combobox', { name: 'Hulplijn toevoegen in één taal' }).selectOption({ label: 'Polski (Pools)' });
      await page.getByRole('textbox', { name: 'Hulplijn voor bezoekers die Polski (Pools) lezen' }).fill(POLISH_HELP);
      // The preview shows the help line as text, under the widget's heading.
      await preview.locator('[part~="help-title"]').waitFor();
      assert.equal(await preview.locator('p[slot="help"]:not([lang])').innerText(), HELP);
      const attributes = (element) => element.evaluate((el) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])));
      // "The page's language" previews in the site's (here English), not the editor's.
      const common = { id: 'faq', theme: 'dark', questions: '1 2 3 4 6 5', open: '6', single: '', 'heading-level': '3', 'hide-title': '', 'hide-expand-all': '', languages: 'all' };
      assert.deepEqual(await attributes(preview), { ...common, lang: 'en-US' });
      everyOption = await publishPost(page);
      assert.deepEqual(problems, []);
      await page.close();
      // Saved as text (never markup), kept by WordPress's filter for the Editor.
      assert.ok(
        saved(site, everyOption).includes(
          `<p slot="help">Bel 0800-1234 &lt;b&gt;gratis&lt;/b&gt; &amp; &quot;anoniem&quot;<br>\n  Ma–vr 9–17 uur</p><p slot="help" lang="pl">${POLISH_HELP}</p></mensenhandel-faq>`,
        ),
        saved(site, everyOption),
      );

      const visitor = await visit(site, browser, `${site.url}/?p=${everyOption}`);
      const element = visitor.page.locator('mensenhandel-faq');
      assert.deepEqual(await attributes(element), { ...common, 'exit-url': 'https://www.buienradar.nl/', 'structured-data': '' });
      await questions(visitor.page);
      assert.equal(await element.locator('[part~="quick-exit"]').count(), 1);
      assert.equal(await element.locator('[part~="title"]').count(), 0);
      assert.equal(await element.locator('[part~="heading"]').first().evaluate((h) => h.getAttribute('aria-level') ?? h.tagName), 'H4');
      assert.equal(await visitor.page.locator('script[type="application/ld+json"]').count(), 1);
      // The help line: the partner's text as typed, under "Help and contact" (the page is English);
      // the Polish one when the visitor picks Polish.
      const title = element.locator('[part~="help"] [part~="help-title"]');
      const [general, polish] = [element.locator('p[slot="help"]:not([lang])'), element.locator('p[slot="help"][lang="pl"]')];
      assert.equal(await title.innerText(), 'Help and contact');
      assert.equal(await general.innerText(), HELP);
      assert.equal(await element.locator('p[slot="help"] b').count(), 0);
      assert.deepEqual([await general.isVisible(), await polish.isVisible()], [true, false]);
      await element.locator('[part~="language-menu"]').selectOption('pl');
      await title.filter({ hasText: 'Pomoc i kontakt' }).waitFor();
      assert.deepEqual([await general.isVisible(), await polish.isVisible()], [false, true]);
      assert.equal(await polish.innerText(), POLISH_HELP);
      assert.equal(visitor.php(), '');
      await visitor.page.close();
    });

    it('reopened in the editor, both saved blocks are valid: WordPress kept every attribute', async () => {
      for (const id of [polishPost, everyOption]) {
        const { page, problems } = await openEditor(`post.php?post=${id}&action=edit`);
        const preview = page.locator('.block-editor-block-list__layout mensenhandel-faq');
        await preview.waitFor();
        assert.equal(await page.getByText('This block contains unexpected or invalid content').count(), 0);
        if (id === everyOption) {
          // The help lines come back into their fields as they were typed.
          await preview.click({ position: { x: 5, y: 5 } });
          await openSettings(page);
          assert.equal(await page.getByRole('textbox', { name: 'Uw eigen hulplijn: telefoon, chat, openingstijden' }).inputValue(), HELP);
          assert.equal(await page.getByRole('textbox', { name: 'Hulplijn voor bezoekers die Polski (Pools) lezen' }).inputValue(), POLISH_HELP);
        }
        assert.deepEqual(problems, []);
        await page.close();
      }
    });

    it('an address and a link name with “&” survive the Editor’s save (WordPress filters the block comment as HTML: the name is read from the element, the address comes back from the comment)', async () => {
      const address = 'https://www.buienradar.nl/?plaats=utrecht&dag=1';
      const { page, problems } = await openEditor();
      await addBlock(page);
      await page.getByRole('textbox', { name: 'Adres voor de knop “Snel weg”' }).fill(address);
      await page.getByRole('textbox', { name: 'Naam voor links naar één vraag' }).fill('vragen&antwoorden');
      const id = await publishPost(page);
      await page.close();
      // The quick-exit address is in the block's comment, never in the post's HTML.
      assert.match(saved(site, id), /"exitUrl":"https:\/\/www.buienradar.nl\/\?plaats=utrecht\\u0026amp;dag=1"[^\n]*\n<mensenhandel-faq id="vragen&amp;antwoorden">/);
      const visitor = await visit(site, browser, `${site.url}/?p=${id}`);
      assert.match(visitor.html, /<mensenhandel-faq id="vragen&amp;antwoorden" exit-url="https:\/\/www\.buienradar\.nl\/\?plaats=utrecht&amp;dag=1">/);
      await visitor.page.close();
      const reopened = await openEditor(`post.php?post=${id}&action=edit`);
      const preview = reopened.page.locator('.block-editor-block-list__layout mensenhandel-faq');
      await preview.click({ position: { x: 5, y: 5 } });
      await openSettings(reopened.page);
      assert.equal(await reopened.page.getByRole('textbox', { name: 'Adres voor de knop “Snel weg”' }).inputValue(), address);
      assert.equal(await reopened.page.getByText('This block contains unexpected or invalid content').count(), 0);
      assert.deepEqual([...problems, ...reopened.problems], []);
      await reopened.page.close();
    });

    it('a block saved by 0.3.0 (its quick-exit address on the element, its fallback link without rel) opens valid, with its address; saved again, in this version’s form; visitors keep the button throughout', async () => {
      const fallback030 = FALLBACK.replace(' rel="noreferrer"', '');
      assert.notEqual(fallback030, FALLBACK);
      const old = `<!-- wp:mensenhandel-faq/faq {"lang":"pl"} -->\n<mensenhandel-faq lang="pl" exit-url="https://www.buienradar.nl/">${fallback030}</mensenhandel-faq>\n<!-- /wp:mensenhandel-faq/faq -->`;
      // Stored as 0.3.0 stored it (WordPress's filter then let every user keep the attribute).
      const id = publishUnfiltered(site, old);
      const button = async () => {
        const visitor = await visit(site, browser, `${site.url}/?p=${id}`);
        assert.match(visitor.html, /<mensenhandel-faq lang="pl"( theme="dark")? exit-url="https:\/\/www\.buienradar\.nl\/">/);
        await visitor.page.locator('mensenhandel-faq [part~="quick-exit"]').waitFor();
        await visitor.page.close();
      };
      await button();
      const { page, problems } = await openEditor(`post.php?post=${id}&action=edit`);
      await page.locator('.block-editor-block-list__layout mensenhandel-faq').click({ position: { x: 5, y: 5 } });
      await openSettings(page);
      assert.equal(await page.getByRole('textbox', { name: 'Adres voor de knop “Snel weg”' }).inputValue(), 'https://www.buienradar.nl/');
      assert.equal(await page.getByText('This block contains unexpected or invalid content').count(), 0);
      await page.getByRole('combobox', { name: 'Kleuren' }).selectOption({ label: 'Donker' });
      await page.getByRole('button', { name: 'Update', exact: true }).click();
      await page.getByText('Post updated.').first().waitFor();
      assert.deepEqual(problems, []);
      await page.close();
      assert.equal(
        saved(site, id),
        `<!-- wp:mensenhandel-faq/faq {"lang":"pl","theme":"dark","questions":[1,2,3,4,5,6],"open":[],"exitUrl":"https://www.buienradar.nl/"} -->\n<mensenhandel-faq lang="pl" theme="dark">${FALLBACK}</mensenhandel-faq>\n<!-- /wp:mensenhandel-faq/faq -->`,
      );
      await button();
    });

    it('the administrator’s editor never leaves for a quick-exit address in a post, not even where WordPress shows an invalid block’s saved HTML', async () => {
      // An author's hand-edited block: its HTML no longer what the block saves, so the editor shows the saved HTML itself.
      const id = publishUnfiltered(site, `<!-- wp:mensenhandel-faq/faq -->\n<mensenhandel-faq exit-url="https://example.org/log-in-again" questions="2">${FALLBACK}</mensenhandel-faq>\n<!-- /wp:mensenhandel-faq/faq -->`);
      const { page } = await openEditor(`post.php?post=${id}&action=edit`, ADMINISTRATOR);
      const left = [];
      page.on('request', (request) => request.url().startsWith('https://example.org/') && left.push(request.url()));
      page.on('dialog', (dialog) => left.push(dialog.message()) && dialog.dismiss());
      await page.getByText('This block contains unexpected or invalid content').waitFor();
      const widget = page.locator('.block-editor-block-list__layout mensenhandel-faq');
      // The widget runs there, quick-exit button and all (so what follows can fail).
      const button = widget.locator('[part~="quick-exit"]');
      await button.waitFor();
      const editing = page.url();
      // The editor's multi-select gesture (Shift-click, three times), three presses of Shift, the
      // button (under the warning's overlay, so clicked as a script would).
      for (let i = 0; i < 3; i++) await page.locator('[data-type="mensenhandel-faq/faq"]').click({ modifiers: ['Shift'], position: { x: 5, y: 5 } });
      for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
      await button.dispatchEvent('click');
      await page.waitForTimeout(500);
      assert.deepEqual(left, []);
      assert.equal(page.url(), editing);
      await page.close();
    });

    it('the Dutch Editor gets the block’s words in Dutch, the English administrator in English; what neither field can use is refused beside it', async () => {
      const cases = [
        {
          user: undefined,
          description: 'De zes meest gestelde vragen over mensenhandel als toegankelijke uitklaplijst, in de taal van de bezoeker.',
          labels: { language: 'Taal', polish: 'Polski (Pools)', colours: 'Kleuren', id: 'Naam voor links naar één vraag', exit: 'Adres voor de knop “Snel weg”' },
          hint: 'De titel noemt nog steeds “6”',
          refused: 'Dit is geen webadres, dus de pagina zou geen knop tonen. Typ er een zoals https://www.buienradar.nl/.',
          changed: 'Aangepast tot Vragen-faq: een naam voor links heeft geen spaties en geen #.',
        },
        {
          user: ADMINISTRATOR,
          description: 'The six most asked questions about human trafficking as an accessible disclosure list, in the visitor’s language.',
          labels: { language: 'Language', polish: 'Polski (Polish)', colours: 'Colours', id: 'Name for links to one question', exit: 'Address for the “Exit this page” button' },
          hint: 'The title still says “6”',
          refused: 'This is not a web address, so the page would show no button. Type one like https://www.buienradar.nl/.',
          changed: 'Changed to Vragen-faq: a name for links has no spaces and no #.',
        },
      ];
      for (const { user, description: blockDescription, labels, hint, refused, changed } of cases) {
        const { page, problems } = await openEditor(undefined, user);
        const preview = await addBlock(page);
        assert.equal(await page.evaluate(() => window.wp.blocks.getBlockType('mensenhandel-faq/faq').description), blockDescription);
        await page.getByRole('combobox', { name: labels.language, exact: true }).selectOption({ label: labels.polish });
        await page.getByRole('combobox', { name: labels.colours }).selectOption('dark');
        assert.equal(await preview.getAttribute('theme'), 'dark');
        // Fewer than six questions: the hint says what the title still says.
        assert.equal(await page.getByText(hint).count(), 0);
        await page.getByRole('checkbox', { name: /^3\. / }).uncheck();
        assert.equal(await page.getByText(hint).count(), 1);
        const exit = page.getByRole('textbox', { name: labels.exit });
        await exit.fill('buienradar');
        await exit.blur();
        assert.equal(await exit.inputValue(), 'buienradar');
        assert.equal(await exit.getAttribute('aria-invalid'), 'true');
        assert.equal(await description(exit), refused);
        const id = page.getByRole('textbox', { name: labels.id });
        await id.fill(' Vragen faq');
        await id.blur();
        assert.equal(await id.inputValue(), 'Vragen-faq');
        assert.equal(await description(id), changed);
        assert.deepEqual([(await blockAttributes(page)).exitUrl, (await blockAttributes(page)).id], ['', 'Vragen-faq']);
        assert.deepEqual(problems, []);
        await page.close();
      }
    });

    it('a block saved with a question the widget lacks (questions: [99]) opens, valid, with all six in the sidebar', async () => {
      const id = publish(site, `<!-- wp:mensenhandel-faq/faq {"questions":[99]} -->\n<mensenhandel-faq questions="99">${FALLBACK}</mensenhandel-faq>\n<!-- /wp:mensenhandel-faq/faq -->`, editor);
      const { page, problems } = await openEditor(`post.php?post=${id}&action=edit`);
      const preview = page.locator('.block-editor-block-list__layout mensenhandel-faq');
      await preview.click({ position: { x: 5, y: 5 } });
      await openSettings(page);
      const boxes = page.getByRole('checkbox', { name: /^[1-6]\. / });
      assert.equal(await boxes.count(), 6);
      for (const box of await boxes.all()) assert.ok(await box.isChecked());
      assert.equal((await questions(page.locator('.block-editor-block-list__layout'))).length, 6);
      assert.equal(await page.getByText('This block contains unexpected or invalid content').count(), 0);
      assert.equal(await page.getByText('This block has encountered an error').count(), 0);
      assert.deepEqual(problems, []);
      await page.close();
    });
  });
}

/** Last in the run, with the plugin deactivated (by the plugin's tests, or here). */
export function blockAfterDeactivation() {
  describe('WordPress block, the plugin deactivated', () => {
    it('after deactivation, a block post shows the element’s fallback link, and PHP says nothing', async () => {
      assert.equal(site.php("deactivate_plugins('mensenhandel-faq/mensenhandel-faq.php'); echo is_plugin_active('mensenhandel-faq/mensenhandel-faq.php') ? 'active' : 'inactive';"), 'inactive');
      const { page, html, php } = await visit(site, browser, `${site.url}/?p=${polishPost}`);
      assert.ok(html.includes(`<mensenhandel-faq lang="pl" questions="1 6">${FALLBACK}</mensenhandel-faq>`), html.slice(html.indexOf('<mensenhandel-faq'), html.indexOf('<mensenhandel-faq') + 400));
      assert.doesNotMatch(html, /mensenhandel-faq\.js/);
      const link = page.getByRole('link', { name: 'De 6 meest gestelde vragen over mensenhandel' });
      assert.equal(await link.getAttribute('href'), 'https://maakhetzichtbaar.nl/wat-is-mensenhandel/');
      assert.ok(await link.isVisible());
      assert.equal(php(), '');
      await page.close();
    });
  });
}
