// The plugin from dist/wordpress/mensenhandel-faq.zip on the run's WordPress (site.test.mjs),
// after the block's tests installed it: its shortcode in posts, read by a visitor in Chromium.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { DEFAULT_CONFIG, embed, helpSlot, startTag } from '../../dist/lib/embed.js';
import { FALLBACK, publish as publishPost, publishUnfiltered, questions, saved as savedContent, violations, visit as visitAs } from '../../wordpress/dev/visitor.mjs';

let site;
let browser;

const publish = (content, user) => publishPost(site, content, user);
/** Publishes a post with this content, returns its address. */
const post = (content, user = 1) => `${site.url}/?p=${publish(content, user)}`;
const visit = (address) => visitAs(site, browser, address);
/**
 * The configurator's Polish embed (`npm run snippet`), with the script from the plugin's folder,
 * as a site editor pastes it into a Custom HTML block.
 */
/** The Polish embed's fallback link: the questions named in Polish, a Dutch page, said in Polish (src/embed/index.ts `fallback`). */
const POLISH_FALLBACK = '<a href="https://maakhetzichtbaar.nl/wat-is-mensenhandel/" hreflang="nl" rel="noreferrer">6 najczęściej zadawanych pytań o handel ludźmi</a> (po niderlandzku)';
const pastedEmbed = () =>
  `<!-- wp:html -->\n${
    JSON.parse(execFileSync('node', ['scripts/snippet.mjs', '--lang', 'pl', '--src', '/wp-content/plugins/mensenhandel-faq/dist/mensenhandel-faq.js'], { encoding: 'utf8' })).body
  }\n<!-- /wp:html -->`;
let editor;
/** The built files the embed module renders from. */
const DIST = new URL('../../dist/', import.meta.url);

/** The plugin's tests, on the run's site (`shared`: the site, the browser and the Editor's user id), the plugin active. */
export function pluginSuite(shared) {
  describe('WordPress plugin (Debian WordPress, MariaDB, PHP on loopback)', () => {
    before(() => ({ site, browser, editor } = shared));

    it('declares the oldest WordPress it supports, the one Debian ships', () => {
      const declared = site.php("echo get_plugin_data(WP_PLUGIN_DIR . '/mensenhandel-faq/mensenhandel-faq.php')['RequiresWP'];");
      assert.equal(declared, '6.1');
      assert.ok(site.php('global $wp_version; echo $wp_version;').startsWith(declared));
    });

    it('the plugin, its script, its block and its readme.txt carry the package version; posts and the shortcode take every attribute of the element', () => {
      const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
      assert.equal(site.php("echo get_plugin_data(WP_PLUGIN_DIR . '/mensenhandel-faq/mensenhandel-faq.php')['Version'];"), version);
      assert.equal(site.php("echo get_file_data(WP_PLUGIN_DIR . '/mensenhandel-faq/readme.txt', ['stable' => 'Stable tag'])['stable'];"), version);
      assert.equal(site.php('echo MENSENHANDEL_FAQ_VERSION;'), version);
      assert.equal(JSON.parse(readFileSync('wordpress/block/block.json', 'utf8')).version, version);
      const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
      const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'mensenhandel-faq');
      const accepted = site.php("echo implode(' ', array_merge(MENSENHANDEL_FAQ_ATTRIBUTES, MENSENHANDEL_FAQ_FLAGS));").split(' ');
      assert.deepEqual(accepted.sort(), element.attributes.map((a) => a.name).sort());
    });

    it('the zip carries a readme.txt in the WordPress.org plugin directory’s form, true to the plugin', () => {
      const readme = site.php("echo file_get_contents(WP_PLUGIN_DIR . '/mensenhandel-faq/readme.txt');");
      const plugin = JSON.parse(site.php("echo wp_json_encode(get_plugin_data(WP_PLUGIN_DIR . '/mensenhandel-faq/mensenhandel-faq.php', false, false));"));
      const [head, ...sections] = readme.split(/^== /m);
      const lines = head.trimEnd().split('\n');
      assert.equal(lines[0], `=== ${plugin.Name} ===`);
      const headers = Object.fromEntries(lines.slice(1).filter((line) => /^[\w ]+: /.test(line)).map((line) => line.split(/: (.*)/).slice(0, 2)));
      const wordpress = site.php('global $wp_version; echo $wp_version;');
      assert.deepEqual(headers, {
        Contributors: plugin.Author,
        Tags: headers.Tags,
        'Requires at least': plugin.RequiresWP,
        'Tested up to': wordpress.split('.').slice(0, 2).join('.'),
        'Requires PHP': plugin.RequiresPHP,
        'Stable tag': plugin.Version,
        License: 'MIT',
        'License URI': 'https://opensource.org/licenses/MIT',
      });
      assert.ok(headers.Tags.split(', ').length <= 5, 'at most 5 tags');
      // The short description: the one line after the headers, at most 150 characters.
      const summary = lines.at(-1);
      assert.ok(summary && !summary.includes(': ') && summary.length <= 150, summary);
      assert.deepEqual(
        sections.map((section) => section.split(' ==')[0]),
        ['Description', 'Installation', 'Frequently Asked Questions', 'Changelog'],
      );
      const section = (name) => sections.find((text) => text.startsWith(`${name} ==`));
      assert.match(section('Installation'), /Plugins → Add New → Upload Plugin/);
      assert.match(section('Installation'), /Replace current with uploaded/);
      assert.match(section('Frequently Asked Questions'), /^= .+\? =$/m);
      assert.match(section('Changelog'), new RegExp(`^= ${plugin.Version.replace(/\./g, '\\.')} =$`, 'm'));
    });

    it('[mensenhandel_faq lang="pl" questions="1 6"]: those two questions in Polish, by keyboard, axe finds nothing, every file from the site', async () => {
      const { page, html, requests, php } = await visit(post('<p>Tekst.</p>[mensenhandel_faq lang="pl" questions="1 6"]'));
      assert.match(html, /<script type="module" src=["'][^"']*\/wp-content\/plugins\/mensenhandel-faq\/dist\/mensenhandel-faq\.js\?ver=0\.3\.0["'] id=["']mensenhandel-faq-js["']>/);
      assert.deepEqual(await questions(page), ['Czym jest handel ludźmi?', 'Jak rozpoznać handel ludźmi?']);
      await page.locator('mensenhandel-faq [part~="question"]').first().focus();
      await page.keyboard.press('Enter');
      assert.equal(await page.locator('mensenhandel-faq [part~="question"]').first().getAttribute('aria-expanded'), 'true');
      assert.deepEqual(await violations(page), []);
      assert.equal(php(), '');
      assert.ok(requests.some((r) => r.includes('/plugins/mensenhandel-faq/dist/locales/pl.js')), 'the Polish file from the plugin folder');
      assert.deepEqual(requests.filter((r) => !r.startsWith(`${site.url}/`)), [], 'no request to another site');
      await page.close();
    });

    it('a bad value: the page renders, the widget warns and shows Dutch, PHP says nothing', async () => {
      const { page, html, warnings, php } = await visit(post('[mensenhandel_faq lang="xx" heading-level="9" exit_url="javascript:alert(1)" single]'));
      assert.equal(await questions(page).then((q) => q.length), 6);
      assert.ok(warnings.some((w) => w.startsWith('<mensenhandel-faq>') && w.includes('"xx"')), warnings.join('\n'));
      assert.ok(warnings.some((w) => w.includes('heading-level')), warnings.join('\n'));
      assert.match(html, /<mensenhandel-faq lang="xx" heading-level="9" exit-url="javascript:alert\(1\)" single>/);
      assert.doesNotMatch(html, /(Warning|Notice|Deprecated|Fatal error)<\/b>:/);
      assert.equal(php(), '');
      await page.close();
    });

    it('exit-url written without https:// is completed as the block completes it: visitors get the button', async () => {
      const { page, html, warnings } = await visit(post('[mensenhandel_faq exit-url=" www.buienradar.nl "]'));
      assert.match(html, /<mensenhandel-faq exit-url="https:\/\/www\.buienradar\.nl">/);
      await questions(page);
      assert.equal(await page.locator('mensenhandel-faq [part~="quick-exit"]').count(), 1);
      assert.deepEqual(warnings.filter((w) => w.includes('mensenhandel-faq')), []);
      await page.close();
    });

    it('switches: bare, "1" or any other value mean on; "0", "no", "nee", "false" mean off; a value "single" is no switch', async () => {
      const { page, html } = await visit(post('[mensenhandel_faq hide_title="1" hide-expand-all structured_data="nee" single="no" lang="single"]'));
      assert.match(html, /<mensenhandel-faq lang="single" hide-title hide-expand-all>/);
      await page.close();
    });

    it('escapes every attribute: a quote in a value cannot add an attribute or markup', async () => {
      const { page, html } = await visit(post('[mensenhandel_faq questions=\'1" onmouseover="alert(1)\' exit-url=\'https://example.org/"><b>x</b>\']'));
      assert.equal(await page.locator('mensenhandel-faq').evaluate((el) => el.hasAttribute('onmouseover')), false);
      assert.doesNotMatch(html, /<b>x<\/b>/);
      await page.close();
    });

    it('loads the script only on pages that show the widget; the page holds the element prerendered, ending in its fallback link', async () => {
      const without = await visit(post('<p>Geen vragen hier.</p>'));
      assert.doesNotMatch(without.html, /mensenhandel-faq\.js/);
      await without.page.close();
      const withIt = await visit(post('[mensenhandel_faq]'));
      // In the site's language (English here: en_US), so with the fallback link the configurator's English embed has.
      const { body } = await embed({ ...DEFAULT_CONFIG, lang: 'en', scriptUrl: '/mensenhandel-faq.js' }, DIST);
      const fallback = body.split('\n').find((line) => line.startsWith('  <a href="https://maakhetzichtbaar.nl/'));
      assert.match(fallback, /hreflang="nl" rel="noreferrer">The 6 most .+<\/a> \(in Dutch\)$/);
      assert.match(withIt.html, /<mensenhandel-faq>\n {2}<template shadowrootmode="open">/);
      assert.ok(withIt.html.includes(`\n${fallback}\n</mensenhandel-faq>`));
      await withIt.page.close();
    });

    it('serves shortcode and block prerendered: PHP puts together what the embed module renders, byte for byte, in the widget’s language', async () => {
      const scriptUrl = site.php("echo plugins_url('dist/mensenhandel-faq.js', WP_PLUGIN_DIR . '/mensenhandel-faq/mensenhandel-faq.php');");
      // The site's language (en_US): the page's, which an element without `lang` follows.
      assert.equal(site.php('echo get_locale();'), 'en_US');
      for (const config of [
        { lang: 'pl' },
        { lang: 'ar', questions: [6, 2, 1], open: [2], single: true, headingLevel: 4, id: 'faq', exitUrl: 'https://www.buienradar.nl/', languageMenu: true, theme: 'auto', structuredData: true, help: 'اتصل: 0800-1234\nمن 9 إلى 17' },
        { lang: 'zh', hideTitle: true, hideExpandAll: true, open: [1, 2, 3, 4, 5, 6], theme: 'dark', headingLevel: 1 },
        { lang: 'en-GB', questions: [3], open: [3], id: 'vragen', help: 'Call 0800' },
        {},
      ]) {
        const full = { ...DEFAULT_CONFIG, ...config, scriptUrl };
        // What the block saves (wordpress/block/options.ts `markup`): the start tag, the fallback link, the help slot.
        const element = `${startTag(full)}${FALLBACK}${full.help ? helpSlot(full.help) : ''}</mensenhandel-faq>`;
        const marked = site.php(`echo mensenhandel_faq_prerendered(base64_decode('${Buffer.from(element).toString('base64')}'));`);
        // The embed, with a preload of the script where the embed has the script (WordPress prints
        // it in the footer), marked for the head's `expect`; the other preloads after it, in order.
        const end = `<link rel="modulepreload" href="${scriptUrl}?ver=0.3.0" id="mensenhandel-faq-end">`;
        const { body } = await embed({ ...full, lang: full.lang ?? 'en' }, DIST);
        const expected = body.replace(/<script type="module"[^\n]*/, end);
        assert.notEqual(expected, body);
        const content = (markup) => markup.slice(markup.indexOf('>') + 1);
        assert.equal(content(marked), content(expected), JSON.stringify(config));
        assert.ok(marked.startsWith(startTag(full)), 'the start tag as saved');
        if (full.exitUrl) {
          // The block saves its quick-exit address in its comment, not on the element: served, it is where the embed has it.
          const withoutExit = element.replace(/ exit-url="[^"]*"/, '');
          const base64 = (text) => `base64_decode('${Buffer.from(text).toString('base64')}')`;
          assert.equal(site.php(`echo mensenhandel_faq_render_block(['exitUrl' => ${base64(full.exitUrl)}], ${base64(withoutExit)});`), marked, 'the block');
        }
      }
    });

    it('near the top of a post, the head lets the browser paint once the first widget is parsed; further down, not', async () => {
      const block = `<!-- wp:mensenhandel-faq/faq {"lang":"pl"} -->\n<mensenhandel-faq lang="pl">${FALLBACK}</mensenhandel-faq>\n<!-- /wp:mensenhandel-faq/faq -->`;
      const expect = '<link rel="expect" href="#mensenhandel-faq-end" blocking="render">';
      const top = await visit(post(`<!-- wp:paragraph -->\n<p>Inleiding.</p>\n<!-- /wp:paragraph -->\n${block}`));
      assert.ok(top.html.slice(0, top.html.indexOf('</head>')).includes(expect));
      assert.equal(top.html.match(/id="mensenhandel-faq-end"/g)?.length, 1);
      assert.ok(top.html.indexOf('id="mensenhandel-faq-end"') > top.html.indexOf('</mensenhandel-faq>'));
      // Chromium paints only then, and the widget is whole at its first paint.
      assert.deepEqual(await questions(top.page), ['Czym jest handel ludźmi?', 'Czy handel ludźmi występuje w Holandii, a jeśli tak, to gdzie?', 'Skąd pochodzą ofiary handlu ludźmi?', 'Na jaką skalę występuje handel ludźmi w Holandii?', 'Czy handel ludźmi to to samo co przemyt ludzi?', 'Jak rozpoznać handel ludźmi?']);
      await top.page.close();
      const long = `<!-- wp:paragraph -->\n<p>${'Een lange inleiding. '.repeat(200)}</p>\n<!-- /wp:paragraph -->\n`;
      const further = await visit(post(`${long}${block}`));
      assert.ok(!further.html.includes(expect));
      await further.page.close();
    });

    it('a widget near the top that cannot be prerendered (hand-edited block HTML) still ends in the mark the head waits for', async () => {
      const block = `<!-- wp:mensenhandel-faq/faq {"lang":"pl"} -->\n<div><mensenhandel-faq lang="pl">${FALLBACK}</mensenhandel-faq></div>\n<!-- /wp:mensenhandel-faq/faq -->`;
      const served = await visit(post(block));
      assert.ok(served.html.slice(0, served.html.indexOf('</head>')).includes('<link rel="expect" href="#mensenhandel-faq-end" blocking="render">'));
      assert.ok(!served.html.includes('<template shadowrootmode'), 'not prerendered');
      assert.equal(served.html.match(/id="mensenhandel-faq-end"/g)?.length, 1);
      assert.ok(served.html.indexOf('id="mensenhandel-faq-end"') > served.html.indexOf('</mensenhandel-faq>'));
      await served.page.waitForLoadState('load');
      assert.deepEqual(served.warnings.filter((text) => text.includes('expected to be parsed')), []);
      await served.page.close();
    });

    it('with JavaScript off, a block post shows its questions and answers in the widget’s language, which open and close; no control pretends to work', async () => {
      const block = `<!-- wp:mensenhandel-faq/faq {"lang":"pl","questions":[1,6],"open":[6]} -->\n<mensenhandel-faq lang="pl" questions="1 6" open="6">${FALLBACK}</mensenhandel-faq>\n<!-- /wp:mensenhandel-faq/faq -->`;
      // Saved as an Editor without unfiltered_html, in the form this version's block saves.
      const address = post(block, editor);
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(address);
      const faq = page.locator('mensenhandel-faq');
      // The text is the page's own (light DOM), shown through the prerendered shadow root's slots.
      assert.deepEqual(await faq.locator(':scope > [slot^="question-"]').allInnerTexts(), ['Czym jest handel ludźmi?', 'Jak rozpoznać handel ludźmi?']);
      const answer = (id) => faq.locator(`:scope > [slot="answer-${id}"]`);
      assert.ok(await answer(6).isVisible(), 'open as saved');
      assert.match(await answer(6).innerText(), /Handel ludźmi zawsze wiąże się z przymusem/);
      assert.equal(await answer(1).isVisible(), false);
      await faq.locator('summary').first().click();
      assert.ok(await answer(1).isVisible(), 'opens without a script');
      for (const control of await faq.locator('button').all()) assert.equal(await control.isVisible(), false);
      assert.equal(await faq.locator('[aria-expanded]').count(), 0);
      await context.close();
    });

    it('marks WordPress’s own script tag as a module: a nonce another plugin added, and inline scripts on the handle, stay', async () => {
      // A site's Content-Security-Policy plugin, as many add their nonce: an earlier filter, and an inline script on the handle.
      const plugin = "<?php add_filter('script_loader_tag', fn($tag, $handle) => 'mensenhandel-faq' === $handle ? str_replace('<script ', '<script nonce=\"n0nce\" ', $tag) : $tag, 5, 2); add_action('wp_enqueue_scripts', fn() => wp_add_inline_script('mensenhandel-faq', 'window.mensenhandelFaqInline = true;', 'before'));";
      site.php(`file_put_contents(WPMU_PLUGIN_DIR . '/csp-nonce.php', base64_decode('${Buffer.from(plugin).toString('base64')}'));`);
      try {
        const { page, html, php } = await visit(post('[mensenhandel_faq lang="pl"]'));
        assert.match(html, /<script type="module" nonce="n0nce" src=["'][^"']*\/mensenhandel-faq\.js\?ver=0\.3\.0["'] id=["']mensenhandel-faq-js["']><\/script>/);
        assert.match(html, /<script nonce="n0nce" id=["']mensenhandel-faq-js-before["']>\nwindow\.mensenhandelFaqInline = true;/);
        assert.equal(await page.evaluate(() => window.mensenhandelFaqInline), true);
        assert.equal((await questions(page))[0], 'Czym jest handel ludźmi?');
        assert.equal(php(), '');
        await page.close();
      } finally {
        site.php("unlink(WPMU_PLUGIN_DIR . '/csp-nonce.php');");
      }
    });

    describe('as an Editor without unfiltered_html (DISALLOW_UNFILTERED_HTML, as on hardened sites and multisite)', () => {
      it('a quick-exit address typed into the post’s HTML is dropped (a user with unfiltered_html keeps it); the shortcode’s and the block’s reach visitors', async () => {
        const raw = `<!-- wp:html -->\n<mensenhandel-faq lang="pl" exit-url="https://example.org/log-in-again">${FALLBACK}</mensenhandel-faq>\n<!-- /wp:html -->`;
        assert.equal(savedContent(site, publish(raw, editor)), raw.replace(' exit-url="https://example.org/log-in-again"', ''));
        assert.equal(savedContent(site, publishUnfiltered(site, raw)), raw);
        const block = `<!-- wp:mensenhandel-faq/faq {"lang":"pl","exitUrl":"https://www.buienradar.nl/"} -->\n<mensenhandel-faq lang="pl">${FALLBACK}</mensenhandel-faq>\n<!-- /wp:mensenhandel-faq/faq -->`;
        for (const content of [block, '[mensenhandel_faq lang="pl" exit-url="https://www.buienradar.nl/"]']) {
          const { page, html } = await visit(post(content, editor));
          assert.match(html, /<mensenhandel-faq lang="pl" exit-url="https:\/\/www\.buienradar\.nl\/">/);
          await page.locator('mensenhandel-faq [part~="quick-exit"]').waitFor();
          await page.close();
        }
      });

      it('the shortcode survives saving: visitors get the Polish widget', async () => {
        const { page } = await visit(post('[mensenhandel_faq lang="pl" questions="1 6"]', editor));
        assert.deepEqual(await questions(page), ['Czym jest handel ludźmi?', 'Jak rozpoznać handel ludźmi?']);
        await page.close();
      });

      it('the pasted embed loses its script, prerender and styles but keeps the element, which the plugin brings to life', async () => {
        const id = publish(pastedEmbed(), editor);
        const saved = savedContent(site, id);
        for (const removed of ['<script', '<template', '<style']) assert.ok(!saved.includes(removed), removed);
        assert.match(saved, /<mensenhandel-faq lang="pl">/);
        // The plugin lets posts keep the link's hreflang.
        assert.ok(saved.includes(POLISH_FALLBACK));
        const { page, html } = await visit(`${site.url}/?p=${id}`);
        assert.match(html, /<script type="module" src=["'][^"']*\/plugins\/mensenhandel-faq\/dist\/mensenhandel-faq\.js/);
        assert.equal((await questions(page))[0], 'Czym jest handel ludźmi?');
        // What is left of the prerender is the element's own content, which the widget does not show.
        assert.equal(await page.locator('mensenhandel-faq > details').first().isVisible(), false);
        // The pasted text kept its slots, so the widget replaced it: the page's own text holds each question once.
        assert.match(saved, /<h3 slot="question-1" role="none" lang="pl" dir="ltr">Czym jest handel ludźmi\?<\/h3>/);
        const text = await page.evaluate(() => document.body.textContent);
        assert.equal(text.split('Czym jest handel ludźmi?').length - 1, 1);
        await page.close();
      });
    });

    // Last: these two run with the plugin deactivated.
    it('after deactivation, a shortcode post shows the bare shortcode text, and nothing breaks', async () => {
      const address = post('<p>Tekst.</p>[mensenhandel_faq lang="pl"]');
      assert.equal(site.php("deactivate_plugins('mensenhandel-faq/mensenhandel-faq.php'); echo is_plugin_active('mensenhandel-faq/mensenhandel-faq.php') ? 'active' : 'inactive';"), 'inactive');
      const { page, html, php } = await visit(address);
      assert.match(html, /\[mensenhandel_faq lang=(&#8221;|&#8220;|")pl(&#8221;|&#8243;|")\]/);
      assert.doesNotMatch(html, /mensenhandel-faq\.js/);
      assert.equal(php(), '');
      await page.close();
    });

    it('without the plugin, an Editor’s pasted embed loses script, element and styles: bare questions, a dead button and the fallback link', async () => {
      const id = publish(pastedEmbed(), editor);
      const saved = savedContent(site, id);
      for (const removed of ['<script', '<mensenhandel-faq', '<template', '<style']) assert.ok(!saved.includes(removed), removed);
      // What is left (docs/wordpress.md: what survives of a pasted embed): the questions and answers
      // as plain headings and paragraphs, the prerender's six empty <details> and the show-all
      // button that nothing makes work, and the fallback link; no stylesheet text.
      assert.match(saved, /<h3[^>]*>Czym jest handel ludźmi\?<\/h3>/);
      assert.match(saved, /<p>Handel ludźmi to wyzysk/);
      assert.equal(saved.match(/<details/g)?.length, 6);
      assert.doesNotMatch(saved, /:host|\{display/);
      assert.equal(saved.match(/<button/g)?.length, 1);
      // Without the plugin, WordPress drops the link's hreflang (not on its list for posts).
      assert.ok(saved.includes(POLISH_FALLBACK.replace(' hreflang="nl"', '')));
    });
  });
}
