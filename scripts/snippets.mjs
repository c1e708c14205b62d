// Writes dist/snippets/<lang>.html: the widget prerendered with @lit-labs/ssr as declarative
// shadow DOM, every answer open, for pages that may not run scripts. Where the script does load
// (dist/mensenhandel-faq.js), the element takes the prerendered content over in place.
// Part of `npm run build` (after the library build in dist/lib/).
import { mkdirSync, writeFileSync } from 'node:fs';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';

const { LOCALES, preloadLanguage } = await import('../dist/lib/define.js').then(() => import('../dist/lib/index.js'));

mkdirSync('dist/snippets', { recursive: true });
for (const lang of LOCALES) {
  await preloadLanguage(lang);
  // hide-expand-all: without a script, buttons cannot act, so none is offered; every answer is open.
  const rendered = collectResultSync(render(html`<mensenhandel-faq lang=${lang} open="all" hide-expand-all></mensenhandel-faq>`));
  // The host's own help block (`<div slot="help">` inside the element) shows after the answers
  // without a script too; with one, the widget puts it in its labelled section.
  const end = rendered.lastIndexOf('</section>');
  const markup = `${rendered.slice(0, end)}<slot name="help"></slot>${rendered.slice(end)}`;
  writeFileSync(
    `dist/snippets/${lang}.html`,
    `<!-- <mensenhandel-faq> prerendered (${lang}): readable without JavaScript. Add the script tag to make it interactive; put your own help block inside the element as <div slot="help">…</div>. -->\n${markup}\n`,
  );
  console.log(`dist/snippets/${lang}.html: ${markup.length} bytes`);
}
