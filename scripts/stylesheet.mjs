// Writes the prerendered embed's two stylesheets (demo/snippet.ts): dist/mensenhandel-faq.css,
// the widget's shadow-root styles and those of its prerendered form (src/no-script.css), and
// dist/mensenhandel-faq-text.css, the styles of its text in the light DOM
// (src/light-text.styles.ts). The embed carries them as data: addresses, or links the files for
// pages whose Content-Security-Policy allows no data: styles. Part of `npm run build` (after dist/lib/).
import { readFileSync, writeFileSync } from 'node:fs';
import { transform } from 'lightningcss';
import { importTs } from './import-ts.mjs';

const { MensenhandelFaq } = await import('../dist/lib/index.js');
const { TEXT_STYLES } = await importTs('src/light-text.styles.ts');
const files = {
  'mensenhandel-faq.css': `${MensenhandelFaq.styles.cssText}\n${readFileSync('src/no-script.css', 'utf8')}`,
  'mensenhandel-faq-text.css': TEXT_STYLES,
};
for (const [filename, text] of Object.entries(files)) {
  const { code } = transform({ filename, code: Buffer.from(text), minify: true });
  writeFileSync(`dist/${filename}`, code);
  console.log(`dist/${filename}: ${code.length} bytes`);
}
