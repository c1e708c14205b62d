// The candidates of the benchmark, each showing the same six questions and answers, and the
// pages that show them. `prepare()` builds everything into bench/.out/.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { embeds } from '../scripts/snippet.mjs';
import { messages, questionsAndAnswers as content } from '../scripts/xliff.mjs';
import { start } from '../wordpress/dev/site.mjs';
import { FALLBACK, publish } from '../wordpress/dev/visitor.mjs';

export const OUT = 'bench/.out';
/** The languages measured: the source, a Latin-script translation, a right-to-left one. */
export const LANGUAGES = ['nl', 'pl', 'ar'];

/** The widget's title and closing paragraph (with its two links) in a language, as HTML. */
function frame(lang) {
  const message = messages(lang);
  const link = (site) => `<a href="https://www.${site}/">www.${site}</a>`;
  const moreInfo = message('more-info').replace(/<x id="0"[^>]*\/>/, link('ckm-fier.nl')).replace(/<x id="1"[^>]*\/>/, link('mensenhandelweb.nl'));
  return { title: `<h2>${message('title')}</h2>`, moreInfo: `<p>${moreInfo}</p>` };
}

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const shadowQuestions = (tag, selector) => `[...(document.querySelector('${tag}')?.shadowRoot?.querySelectorAll('${selector}') ?? [])]`;

/**
 * Each candidate: its language, the files it needs, what goes in <head> and <body> (its
 * recommended embed), and, as page-side JavaScript, how to find its six questions and when it is
 * ready for clicks.
 */
async function candidates() {
  const ours = await embeds(LANGUAGES.map((lang) => ({ scriptUrl: 'mensenhandel-faq.js', lang })));
  // Without its title: nearer what native <details> show (in Arabic, native <details> take
  // longer with the title and closing paragraph too; see native-full-ar).
  const [untitled] = await embeds([{ scriptUrl: 'mensenhandel-faq.js', lang: 'ar', hideTitle: true }]);
  const nl = content('nl');
  return [
    ...LANGUAGES.flatMap((lang, i) => {
      const dir = lang === 'ar' ? 'rtl' : 'ltr';
      const details = content(lang)
        .map((q) => `<details name="faq"><summary>${escape(q.question)}</summary><p>${escape(q.answer)}</p></details>`)
        .join('');
      const { title, moreInfo } = frame(lang);
      return [
        {
          id: `native-${lang}`,
          lang,
          name: 'native `<details name>` + CSS',
          files: ['details.css'],
          head: '<link rel="stylesheet" href="details.css">',
          body: `<div lang="${lang}" dir="${dir}">${details}</div>`,
          questions: `[...document.querySelectorAll('summary')]`,
        },
        {
          // Like for like: native <details> with the same visible text as the widget.
          id: `native-full-${lang}`,
          lang,
          name: 'native `<details name>` + CSS, with the widget’s title and closing paragraph',
          files: ['details.css'],
          head: '<link rel="stylesheet" href="details.css">',
          body: `<div lang="${lang}" dir="${dir}">${title}${details}${moreInfo}</div>`,
          questions: `[...document.querySelectorAll('summary')]`,
        },
        {
          id: `ours-${lang}`,
          lang,
          name: '**mensenhandel-faq**, recommended embed',
          files: ['mensenhandel-faq.js', ...(lang === 'nl' ? [] : [`locales/${lang}.js`])],
          ...ours[i],
          questions: shadowQuestions('mensenhandel-faq', '[part~="question"]'),
          // Clicks go to the element's own buttons, once it has taken the prerendered content over.
          ready: `Boolean(document.querySelector('mensenhandel-faq')?.shadowRoot?.querySelector('button.question'))`,
        },
      ];
    }),
    {
      id: 'ours-ar-hide-title',
      lang: 'ar',
      name: 'mensenhandel-faq, recommended embed with `hide-title`',
      files: ['mensenhandel-faq.js', 'locales/ar.js'],
      ...untitled,
      questions: shadowQuestions('mensenhandel-faq', '[part~="question"]'),
      ready: `Boolean(document.querySelector('mensenhandel-faq')?.shadowRoot?.querySelector('button.question'))`,
    },
    {
      id: 'ours-tag',
      lang: 'nl',
      name: 'mensenhandel-faq, script and tag only',
      files: ['mensenhandel-faq.js'],
      head: '<script type="module" src="mensenhandel-faq.js"></script>',
      body: '<mensenhandel-faq><a href="https://maakhetzichtbaar.nl/wat-is-mensenhandel/" rel="noreferrer">De 6 meest gestelde vragen over mensenhandel</a></mensenhandel-faq>',
      questions: shadowQuestions('mensenhandel-faq', '[part~="question"]'),
    },
    {
      id: 'bare-lit',
      lang: 'nl',
      name: 'bare Lit element (floor)',
      files: ['bare-lit.js'],
      head: '<script type="module" src="bare-lit.js"></script>',
      body: '<bare-faq></bare-faq>',
      questions: shadowQuestions('bare-faq', 'button'),
    },
    {
      id: 'shoelace',
      lang: 'nl',
      name: 'Shoelace `sl-details` ×6',
      files: ['shoelace.js', 'light.css'],
      head: '<link rel="stylesheet" href="light.css"><script type="module" src="shoelace.js"></script>',
      body: nl.map((q) => `<sl-details summary="${escape(q.question)}"><p>${escape(q.answer)}</p></sl-details>`).join(''),
      questions: `[...document.querySelectorAll('sl-details')].map((d) => d.shadowRoot?.querySelector('[part~="header"]')).filter(Boolean)`,
    },
    {
      id: 'vaadin',
      lang: 'nl',
      name: 'Vaadin `vaadin-accordion`',
      files: ['vaadin.js'],
      head: '<script type="module" src="vaadin.js"></script>',
      body: `<vaadin-accordion opened="-1">${nl
        .map((q) => `<vaadin-accordion-panel summary="${escape(q.question)}"><p>${escape(q.answer)}</p></vaadin-accordion-panel>`)
        .join('')}</vaadin-accordion>`,
      questions: `[...document.querySelectorAll('vaadin-accordion-heading:defined')]`,
    },
  ];
}

/**
 * The WordPress plugin's candidates, from the plugin's exact served markup: block posts in each
 * language and a Dutch shortcode post on Debian's WordPress (wordpress/dev/site.mjs, loopback),
 * the element and its preloads as the served page holds them, and the script as WordPress prints
 * it in the footer (after the page's text: `tail`). Addresses become relative to bench/.out/,
 * which holds the files of the plugin's dist/.
 */
async function wordpressServed() {
  const site = await start();
  try {
    const posts = [
      ...LANGUAGES.map((lang) => [`wp-block-${lang}`, lang, 'WordPress block', `<!-- wp:mensenhandel-faq/faq {"lang":"${lang}"} -->\n<mensenhandel-faq lang="${lang}">${FALLBACK}</mensenhandel-faq>\n<!-- /wp:mensenhandel-faq/faq -->`]),
      ['wp-shortcode-nl', 'nl', 'WordPress shortcode', '[mensenhandel_faq lang="nl"]'],
    ];
    const served = [];
    for (const [id, lang, name, post] of posts) {
      const html = (await (await fetch(`${site.url}/?p=${publish(site, post)}`)).text()).replaceAll(`${site.url}/wp-content/plugins/mensenhandel-faq/dist/`, '');
      const end = html.indexOf('</mensenhandel-faq>') + '</mensenhandel-faq>'.length;
      // Its preloads, and the script's (the end the head's `expect` waits for).
      const preloads = html.slice(end).match(/^(\n<link rel="modulepreload"[^>]*>)*/)[0];
      served.push({
        id,
        lang,
        name: `mensenhandel-faq, ${name} as served`,
        files: ['mensenhandel-faq.js', ...(lang === 'nl' ? [] : [`locales/${lang}.js`])],
        // The head line the plugin prints for a widget near the top of a post.
        head: html.match(/<link rel="expect"[^>]*>/)?.[0] ?? '',
        body: html.slice(html.indexOf('<mensenhandel-faq'), end) + preloads,
        tail: html.match(/<script type="module"[^>]*mensenhandel-faq\.js[^>]*><\/script>/)[0],
        questions: shadowQuestions('mensenhandel-faq', '[part~="question"]'),
        ready: `Boolean(document.querySelector('mensenhandel-faq')?.shadowRoot?.querySelector('button.question'))`,
      });
    }
    return served;
  } finally {
    await site.stop();
  }
}

/** A page around a candidate: a municipality's page, with text before and after it, so any layout shift shows. */
export const page = (candidate) => `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${candidate.id}</title>${candidate.head}
<style>body { font-family: system-ui, sans-serif; max-inline-size: 44rem; margin: 1rem auto; }</style></head>
<body><h1>Mensenhandel</h1><p>Een pagina van een gemeente, met de veelgestelde vragen hieronder.</p>
${candidate.body}
<p id="after">Tekst onder de vragen, die niet mag verspringen.</p>${candidate.tail ?? ''}</body></html>`;

/** Builds every candidate's files and page into bench/.out/. Needs `npm run build` first. */
export async function prepare() {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  writeFileSync(`${OUT}/content.json`, JSON.stringify(content('nl')));
  writeFileSync(`${OUT}/details.css`, 'details{border-block-end:1px solid #8c96a3}summary{min-block-size:44px;padding-block:.5em;font-weight:700;cursor:pointer}');
  for (const path of ['mensenhandel-faq.js', 'mensenhandel-faq.css', 'mensenhandel-faq-text.css', 'locales', 'features', 'design-systems']) cpSync(`dist/${path}`, `${OUT}/${path}`, { recursive: true });
  cpSync('bench/node_modules/@shoelace-style/shoelace/dist/themes/light.css', `${OUT}/light.css`);
  for (const id of ['bare-lit', 'shoelace', 'vaadin']) {
    await build({
      entryPoints: [`bench/candidates/${id}.js`],
      outfile: `${OUT}/${id}.js`,
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2022',
      conditions: ['production'],
      logLevel: 'error',
    });
  }
  const all = [...(await candidates()), ...(await wordpressServed())];
  for (const candidate of all) writeFileSync(`${OUT}/${candidate.id}.html`, page(candidate));
  return all;
}
