// Tools that read the page's own DOM, not the rendered page: reader views (Firefox Reader View
// serializes the page and runs Readability.js on it), crawlers that store the rendered HTML
// (`page.content()`), read-aloud services and page translators that walk `document.body`, and a
// CMS whose filter strips unknown tags. Each gets the six questions and answers, because the widget
// writes its text into its own light DOM (src/light-text.ts). In Chromium, on a page with the
// recommended embed (src/embed/) after its script ran, and on that embed filtered.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { embeds } from '../../scripts/snippet.mjs';
import { questionsAndAnswers } from '../../scripts/xliff.mjs';

const LANGUAGES = ['nl', 'pl'];
const READABILITY = readFileSync('node_modules/@mozilla/readability/Readability.js', 'utf8');
const TYPES = { '.js': 'text/javascript', '.css': 'text/css' };
/** The twelve texts of a language, whitespace as one space. */
const texts = (lang) => questionsAndAnswers(lang).flatMap(({ question, answer }) => [question, answer]);
const squeeze = (text) => text.replace(/\s+/g, ' ');
/** The texts of `lang` that `text` lacks. */
const missing = (text, lang) => texts(lang).filter((expected) => !squeeze(text).includes(expected));

let server;
let browser;
const pages = {};

/** A municipal page: an intro, the embed, a closing paragraph. */
const page = ({ head, body }) =>
  `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Mensenhandel - Gemeente Voorbeeld</title>${head}</head><body><main><h1>Mensenhandel</h1><p>Op deze pagina leest u wat mensenhandel is en waar u hulp vindt. Twijfelt u? Neem contact op met de gemeente of met de politie.</p>${body}<p>Deze informatie is bijgewerkt in december 2026.</p></main></body></html>`;

/** Opens `path` and waits until the widget has taken its content over. */
async function open(path) {
  const tab = await browser.newPage();
  await tab.goto(`http://127.0.0.1:${server.address().port}${path}`);
  await tab.waitForFunction(() => customElements.get('mensenhandel-faq'));
  await tab.evaluate(() => document.querySelector('mensenhandel-faq').updateComplete);
  return tab;
}

describe('page tools read the questions and answers (Chromium, the recommended embed after its script ran)', () => {
  before(async () => {
    const rendered = await embeds(LANGUAGES.map((lang) => ({ lang, scriptUrl: '/dist/mensenhandel-faq.js' })));
    LANGUAGES.forEach((lang, i) => (pages[`/${lang}`] = page(rendered[i])));
    server = createServer((request, response) => {
      const path = new URL(request.url, 'http://x').pathname;
      if (pages[path]) {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return response.end(pages[path]);
      }
      if (!/^\/dist\/[\w/.-]+$/.test(path) || path.includes('..')) return response.writeHead(404).end();
      response.writeHead(200, { 'content-type': TYPES[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream' });
      response.end(readFileSync(`.${path}`));
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  for (const lang of LANGUAGES) {
    it(`${lang}: Readability.js on the serialized page (as Firefox Reader View) gets all six questions and answers`, async () => {
      const tab = await open(`/${lang}`);
      const article = await tab.evaluate((source) => {
        const Readability = new Function(`${source}; return Readability;`)();
        const copy = new DOMParser().parseFromString(new XMLSerializer().serializeToString(document), 'text/html');
        return new Readability(copy).parse();
      }, READABILITY);
      await tab.close();
      assert.deepEqual(missing(article.textContent, lang), []);
      // The questions stay headings in the reader's view.
      const headings = [...article.content.replace(/<!--[^>]*-->/g, '').matchAll(/<h3[^>]*>([^<]*)<\/h3>/g)].map(([, text]) => text);
      assert.deepEqual(headings, questionsAndAnswers(lang).map(({ question }) => question));
    });

    it(`${lang}: page.content() (a crawler that stores the rendered HTML) holds all of them`, async () => {
      const tab = await open(`/${lang}`);
      const html = await tab.content();
      await tab.close();
      const text = html.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&');
      assert.deepEqual(missing(text, lang), []);
    });

    it(`${lang}: document.body.textContent (read-aloud, page translators) holds all of them, in the language's own lang`, async () => {
      const tab = await open(`/${lang}`);
      const { text, langs } = await tab.evaluate(() => ({
        text: document.body.textContent,
        langs: [...document.querySelectorAll('mensenhandel-faq > [slot]')].map((node) => node.closest('[lang]').lang),
      }));
      await tab.close();
      assert.deepEqual(missing(text, lang), []);
      assert.deepEqual([...new Set(langs)], [lang]);
    });
  }

  it('after lang="pl" is set at run time, the page’s own text is Polish and no longer Dutch, changed at once', async () => {
    const tab = await open('/nl');
    const { text, batches } = await tab.evaluate(async () => {
      const el = document.querySelector('mensenhandel-faq');
      // Every change to the element's children, by the task it came in: one task, no frame between.
      const batches = [];
      new MutationObserver((records) => batches.push(records.length)).observe(el, { childList: true, subtree: true, characterData: true });
      el.lang = 'pl';
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve));
      return { text: document.body.textContent, batches };
    });
    await tab.close();
    assert.deepEqual(missing(text, 'pl'), []);
    assert.deepEqual(texts('nl').filter((dutch) => squeeze(text).includes(dutch)), []);
    assert.equal(batches.length, 1, `changes came in ${batches.length} tasks`);
  });

  it('a text-fragment link to a phrase in a closed answer opens that answer', async () => {
    const tab = await browser.newPage();
    const phrase = 'geen concrete betrouwbare cijfers';
    await tab.goto(`http://127.0.0.1:${server.address().port}/nl#:~:text=${encodeURIComponent(phrase)}`);
    await tab.waitForFunction(() => document.querySelector('mensenhandel-faq')?.shadowRoot?.getElementById('question-4')?.getAttribute('aria-expanded') === 'true', null, { timeout: 5000 });
    const shown = await tab.evaluate(() => document.querySelector('mensenhandel-faq').shadowRoot.getElementById('answer-4').checkVisibility());
    await tab.close();
    assert.equal(shown, true);
  });

  describe('the embed pasted into a CMS whose basic-HTML filter strips unknown tags and keeps their text', () => {
    /**
     * Drupal's "Basic HTML" (filter_html): allowed tags keep only allowed attributes; any other
     * tag is removed and its content kept (a `<template>`'s too, as a server sees it as markup);
     * scripts go with their content. Returns what the filtered page shows.
     */
    async function filtered(markup) {
      const tab = await browser.newPage();
      const html = await tab.evaluate((markup) => {
        const ALLOWED = { a: ['href', 'hreflang'], p: [], br: [], h2: [], h3: [], h4: [], h5: [], h6: [], em: [], strong: [], cite: [], blockquote: [], code: [], ul: [], ol: [], li: [], span: [] };
        const clean = (parent) => {
          for (const node of [...parent.childNodes]) {
            if (node.nodeType !== Node.ELEMENT_NODE) continue;
            if (node.localName === 'script') {
              node.remove();
              continue;
            }
            if (node.localName === 'template') node.replaceWith(node.content);
            else if (ALLOWED[node.localName]) {
              for (const { name } of [...node.attributes]) if (!ALLOWED[node.localName].includes(name)) node.removeAttribute(name);
              clean(node);
            } else node.replaceWith(...node.childNodes);
          }
          // Unwrapped content comes back as children of `parent`: clean it too.
          if ([...parent.children].some((child) => !ALLOWED[child.localName])) clean(parent);
        };
        const doc = new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html');
        clean(doc.body);
        return doc.body.innerHTML;
      }, markup);
      await tab.setContent(`<!doctype html><html lang="nl"><body>${html}</body></html>`);
      const shown = await tab.evaluate(() => document.body.innerText);
      await tab.close();
      return { html, shown };
    }

    for (const lang of LANGUAGES) {
      it(`${lang}: shows every question and answer, each once, and no stylesheet text`, async () => {
        const { html, shown } = await filtered(pages[`/${lang}`].match(/<body>([\s\S]*)<\/body>/)[1]);
        assert.deepEqual(missing(shown, lang), []);
        for (const text of texts(lang)) assert.equal(squeeze(shown).split(text).length - 1, 1, text);
        assert.doesNotMatch(shown, /[{}]|:host|@layer|data:text/);
        assert.doesNotMatch(html, /<(style|link|script|template)\b/);
      });
    }

    it('and through a filter that reads each tag up to its first ">" (as PHP’s strip_tags and WordPress’s kses): no stylesheet text either', async () => {
      for (const lang of LANGUAGES) {
        const markup = pages[`/${lang}`].match(/<body>([\s\S]*)<\/body>/)[1];
        const stripped = markup.replace(/<script\b[\s\S]*?<\/script>/g, '').replace(/<[^>]*>/g, '');
        assert.deepEqual(missing(stripped.replace(/&amp;/g, '&'), lang), []);
        assert.doesNotMatch(stripped, /[{}]|:host|@layer|data:text/);
      }
    });

    it('(a <style> in the embed would leave its text on the page: the filter is as harsh as the real ones)', async () => {
      const { shown } = await filtered('<mensenhandel-faq><template shadowrootmode="open"><style>:host{display:block}</style></template></mensenhandel-faq>');
      assert.match(shown, /:host\{display:block\}/);
    });
  });
});
