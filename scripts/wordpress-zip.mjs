// `npm run build` (last step): dist/wordpress/mensenhandel-faq.zip, the WordPress plugin that a
// site owner uploads under Plugins → Add New → Upload. It holds the plugin's PHP and readme.txt
// (wordpress/), the block as scripts/wordpress-block.mjs built it (dist/wordpress/block/), its translations
// (the .po sources, and what scripts/wordpress-languages.mjs made of them in
// dist/wordpress/languages/), the prerendered embed's pieces (dist/wordpress/embed/, from
// scripts/wordpress-embed.mjs) and the widget's browser files from dist/, which the plugin serves
// from its own folder.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BROWSER_FILES } from './site.mjs';
import { files, zip } from './zip.mjs';

const FOLDER = 'mensenhandel-faq';

/** The plugin's files: [name in the zip, contents]. */
const entries = () => [
  ...files('wordpress')
    .filter((path) => /\.(php|po)$|^wordpress\/readme\.txt$/.test(path))
    .map((path) => [`${FOLDER}/${relative('wordpress', path)}`, readFileSync(path)]),
  ...['block', 'languages', 'embed'].flatMap((name) => files(`dist/wordpress/${name}`)).map((path) => [`${FOLDER}/${relative('dist/wordpress', path)}`, readFileSync(path)]),
  ...BROWSER_FILES.flatMap((name) => files(join('dist', name))).map((path) => [`${FOLDER}/${path}`, readFileSync(path)]),
];

mkdirSync('dist/wordpress', { recursive: true });
writeFileSync('dist/wordpress/mensenhandel-faq.zip', zip(entries()));
