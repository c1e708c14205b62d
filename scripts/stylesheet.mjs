// Writes the prerendered embed's styles (src/embed/): dist/mensenhandel-faq.css, the widget's
// shadow-root styles and those of its prerendered form (src/no-script.css);
// dist/mensenhandel-faq-text.css, the styles of its text in the light DOM
// (src/light-text.styles.ts); and dist/mensenhandel-faq.embed.js, a module with both and each
// lazy chunk's styles (src/chunks.ts `FILES`), which the embed carries as data: addresses.
// Pages whose Content-Security-Policy allows no data: styles link the two files instead.
// Part of `npm run build` (after dist/lib/).
import { readFileSync, writeFileSync } from 'node:fs';
import { transform } from 'lightningcss';
import { importTs } from './import-ts.mjs';

const minify = (filename, text) => transform({ filename, code: Buffer.from(text), minify: true }).code.toString();

const { MensenhandelFaq } = await import('../dist/lib/index.js');
const { TEXT_STYLES } = await importTs('src/light-text.styles.ts');
const { FILES } = await importTs('src/chunks.ts');

const widget = minify('mensenhandel-faq.css', `${MensenhandelFaq.styles.cssText}\n${readFileSync('src/no-script.css', 'utf8')}`);
const text = minify('mensenhandel-faq-text.css', TEXT_STYLES);
const chunks = {};
for (const file of Object.values(FILES)) {
  const { styles } = await importTs(`src/${file.replace(/\.js$/, '.ts')}`);
  if (styles) chunks[file] = minify(file, styles);
}
for (const [filename, code] of Object.entries({ 'mensenhandel-faq.css': widget, 'mensenhandel-faq-text.css': text })) {
  writeFileSync(`dist/${filename}`, code);
  console.log(`dist/${filename}: ${code.length} bytes`);
}
const module = `// The embed's styles (src/embed/index.ts \`Styles\`), written by scripts/stylesheet.mjs.\nexport default ${JSON.stringify({ widget, text, chunks }, null, 1)};\n`;
writeFileSync('dist/mensenhandel-faq.embed.js', module);
console.log(`dist/mensenhandel-faq.embed.js: ${module.length} bytes`);
