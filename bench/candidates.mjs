// The candidates of the benchmark, each showing the same six Dutch questions and answers, and
// the pages that show them. `prepare()` builds everything into bench/.out/.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

export const OUT = 'bench/.out';

/** The six questions and answers, as plain text, from the XLIFF source (Dutch). */
function content() {
  const xliff = readFileSync('locales/en.xlf', 'utf8');
  const source = (id) => {
    const unit = xliff.match(new RegExp(`<trans-unit id="${id.replace('.', '\\.')}">\\s*<source>([\\s\\S]*?)</source>`))[1];
    return unit.replace(/<x id="0"[^>]*\/>/, 'Signalen herkennen').replace(/&amp;/g, '&');
  };
  return [1, 2, 3, 4, 5, 6].map((n) => ({ question: source(`q${n}.question`), answer: source(`q${n}.answer`) }));
}

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/**
 * Each candidate: the files it needs, what goes in <head> and <body> (its recommended snippet),
 * and, as page-side JavaScript, how to find its six question controls.
 */
export function candidates(qas = content()) {
  return [
    {
      id: 'native',
      name: 'native `<details name>` + CSS',
      files: ['details.css'],
      head: '<link rel="stylesheet" href="details.css">',
      body: qas.map((q) => `<details name="faq"><summary>${escape(q.question)}</summary><p>${escape(q.answer)}</p></details>`).join(''),
      questions: `[...document.querySelectorAll('summary')]`,
    },
    {
      id: 'bare-lit',
      name: 'bare Lit element (floor)',
      files: ['bare-lit.js'],
      head: '<script type="module" src="bare-lit.js"></script>',
      body: '<bare-faq></bare-faq>',
      questions: `[...(document.querySelector('bare-faq')?.shadowRoot?.querySelectorAll('button') ?? [])]`,
    },
    {
      id: 'ours',
      name: '**mensenhandel-faq**',
      files: ['mensenhandel-faq.js'],
      // The recommended snippet: render-blocking, so the widget is in the first paint (Chromium).
      head: '<script type="module" src="mensenhandel-faq.js" blocking="render"></script>',
      body: '<mensenhandel-faq><a href="https://maakhetzichtbaar.nl/wat-is-mensenhandel/">De 6 meest gestelde vragen over mensenhandel</a></mensenhandel-faq>',
      questions: `[...(document.querySelector('mensenhandel-faq')?.shadowRoot?.querySelectorAll('[part~="question"]') ?? [])]`,
    },
    {
      id: 'shoelace',
      name: 'Shoelace `sl-details` ×6',
      files: ['shoelace.js', 'light.css'],
      head: '<link rel="stylesheet" href="light.css"><script type="module" src="shoelace.js"></script>',
      body: qas.map((q) => `<sl-details summary="${escape(q.question)}"><p>${escape(q.answer)}</p></sl-details>`).join(''),
      questions: `[...document.querySelectorAll('sl-details')].map((d) => d.shadowRoot?.querySelector('[part~="header"]')).filter(Boolean)`,
    },
    {
      id: 'vaadin',
      name: 'Vaadin `vaadin-accordion`',
      files: ['vaadin.js'],
      head: '<script type="module" src="vaadin.js"></script>',
      body: `<vaadin-accordion opened="-1">${qas
        .map((q) => `<vaadin-accordion-panel summary="${escape(q.question)}"><p>${escape(q.answer)}</p></vaadin-accordion-panel>`)
        .join('')}</vaadin-accordion>`,
      questions: `[...document.querySelectorAll('vaadin-accordion-heading:defined')]`,
    },
  ];
}

/** A page around a candidate: text before and after it, so any layout shift shows. */
export const page = (candidate) => `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${candidate.id}</title>${candidate.head}
<style>body { font-family: system-ui, sans-serif; max-inline-size: 44rem; margin: 1rem auto; }</style></head>
<body><h1>Mensenhandel</h1><p>Een pagina van een gemeente, met de veelgestelde vragen hieronder.</p>
${candidate.body}
<p id="after">Tekst onder de vragen, die niet mag verspringen.</p></body></html>`;

/** Builds every candidate's files and page into bench/.out/. Needs `npm run build` first. */
export async function prepare() {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const qas = content();
  writeFileSync(`${OUT}/content.json`, JSON.stringify(qas));
  writeFileSync(`${OUT}/details.css`, 'details{border-block-end:1px solid #8c96a3}summary{min-block-size:44px;padding-block:.5em;font-weight:700;cursor:pointer}');
  copyFileSync('dist/mensenhandel-faq.js', `${OUT}/mensenhandel-faq.js`);
  copyFileSync('node_modules/@shoelace-style/shoelace/dist/themes/light.css', `${OUT}/light.css`);
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
  const all = candidates(qas);
  for (const candidate of all) writeFileSync(`${OUT}/${candidate.id}.html`, page(candidate));
  return all;
}
