// `npm run build` (before the zip): the WordPress plugin's translations, from the .po files in
// wordpress/languages/ (the source, kept in the repository) into dist/wordpress/languages/:
// - mensenhandel-faq-<locale>.mo for PHP: the plugin header and block.json (load_plugin_textdomain);
// - mensenhandel-faq-<locale>-<handle>.json for the block's editor script, the name WordPress 6.1's
//   load_script_textdomain() looks for first in the folder given to wp_set_script_translations().
// Each entry goes where its `#:` reference says it is used.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { jed, mo, parsePo } from './po.mjs';

const SOURCE = 'wordpress/languages';
const OUT = 'dist/wordpress/languages';
const DOMAIN = 'mensenhandel-faq';
const { name } = JSON.parse(readFileSync('wordpress/block/block.json', 'utf8'));
/** The handle WordPress gives block.json's first editorScript (generate_block_asset_handle). */
const EDITOR_SCRIPT = `${name.replace('/', '-')}-editor-script`;

const inScript = (entry) => entry.references.some((path) => path.endsWith('.ts'));

mkdirSync(OUT, { recursive: true });
for (const file of readdirSync(SOURCE).filter((f) => f.endsWith('.po'))) {
  const locale = file.match(new RegExp(`^${DOMAIN}-(\\w+)\\.po$`))?.[1];
  if (!locale) throw new Error(`${SOURCE}/${file}: expected ${DOMAIN}-<locale>.po`);
  const entries = parsePo(readFileSync(`${SOURCE}/${file}`, 'utf8'));
  const header = entries.filter((entry) => entry.id === '');
  writeFileSync(`${OUT}/${DOMAIN}-${locale}.mo`, mo([...header, ...entries.filter((entry) => entry.id !== '' && !inScript(entry))]));
  writeFileSync(`${OUT}/${DOMAIN}-${locale}-${EDITOR_SCRIPT}.json`, jed(entries.filter(inScript), locale));
}
