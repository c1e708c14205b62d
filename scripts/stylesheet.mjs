// Writes dist/mensenhandel-faq.css: the widget's styles and those of its prerendered form
// (src/no-script.css). The configurator's embed carries it inline, or links it for pages whose
// Content-Security-Policy allows no inline styles. Part of `npm run build` (after dist/lib/).
import { readFileSync, writeFileSync } from 'node:fs';
import { transform } from 'lightningcss';

const { MensenhandelFaq } = await import('../dist/lib/index.js');
const text = `${MensenhandelFaq.styles.cssText}\n${readFileSync('src/no-script.css', 'utf8')}`;
const { code } = transform({ filename: 'mensenhandel-faq.css', code: Buffer.from(text), minify: true });
writeFileSync('dist/mensenhandel-faq.css', code);
console.log(`dist/mensenhandel-faq.css: ${code.length} bytes`);
