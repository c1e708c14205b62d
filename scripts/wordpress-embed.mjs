// `npm run build:wordpress`: dist/wordpress/embed/, the pieces the plugin assembles the
// prerendered embed from (src/embed/pieces.ts), rendered by the one embed module
// (dist/lib/embed.js) from the built files in dist/: common.json (what no language changes, the
// stylesheet links and which option loads which chunk) and <lang>.json for each language. PHP
// only puts them together (wordpress/mensenhandel-faq.php `mensenhandel_faq_compose`) and
// escapes what a user typed; it never renders the widget.
import { mkdirSync, writeFileSync } from 'node:fs';
import { importTs } from './import-ts.mjs';

const { allPieces } = await import('../dist/lib/embed.js');
const { OPTIONS } = await importTs('src/options.ts');
const { FILES } = await importTs('src/chunks.ts');
const { LOCALES } = await importTs('src/locale.ts');

const { common, languages, links } = await allPieces(new URL('../dist/', import.meta.url));
/** Each option that loads a chunk: its key, its default, the chunk's file and its stylesheet link (if it has styles), in the registry's order. */
const chunks = Object.entries(FILES).flatMap(([name, file]) => {
  const option = OPTIONS.find(({ chunk }) => chunk === name);
  return option ? [{ key: option.key, default: option.default ?? null, file, link: links[file] ?? '' }] : [];
});
mkdirSync('dist/wordpress/embed', { recursive: true });
const write = (name, value) => {
  const json = JSON.stringify(value);
  writeFileSync(`dist/wordpress/embed/${name}.json`, json);
  return json.length;
};
let bytes = write('common', { ...common, locales: LOCALES, links: { widget: links.widget, text: links.text }, chunks });
for (const [locale, pieces] of Object.entries(languages)) bytes += write(locale, pieces);
console.log(`dist/wordpress/embed/: ${Object.keys(languages).length + 1} files, ${bytes} bytes`);
