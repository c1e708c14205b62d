// Builds the WordPress block's editor script (wordpress/block → dist/wordpress/block/) with
// esbuild, as WordPress's own build would: one classic script that takes `@wordpress/*` from the
// editor's globals (`wp.blocks`, `wp.element`, …, so it runs on WordPress 6.1: no
// react-jsx-runtime), `index.asset.php` naming those scripts as its dependencies and a version
// that changes with the file, and block.json beside it. Part of `npm run build:wordpress`.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const OUT = 'dist/wordpress/block';
/** The WordPress script handles the block uses (`@wordpress/block-editor` → `wp-block-editor`). */
const handles = new Set();

/** `@wordpress/<name>` is the editor's global `wp.<camelCasedName>`. */
const wordpressGlobals = {
  name: 'wordpress-globals',
  setup(builder) {
    builder.onResolve({ filter: /^@wordpress\// }, ({ path }) => ({ path: path.slice('@wordpress/'.length), namespace: 'wordpress' }));
    builder.onLoad({ filter: /.*/, namespace: 'wordpress' }, ({ path }) => {
      handles.add(`wp-${path}`);
      return { contents: `module.exports = window.wp.${path.replace(/-(\w)/g, (_, letter) => letter.toUpperCase())};`, loader: 'js' };
    });
  },
};

const { outputFiles } = await build({
  entryPoints: ['wordpress/block/index.ts'],
  bundle: true,
  format: 'iife',
  target: 'es2020',
  minify: true,
  write: false,
  legalComments: 'none',
  plugins: [wordpressGlobals],
  logLevel: 'error',
});
const [script] = outputFiles;
mkdirSync(OUT, { recursive: true });
writeFileSync(`${OUT}/index.js`, script.contents);
const version = createHash('md5').update(script.contents).digest('hex').slice(0, 20);
const dependencies = [...handles].sort().map((handle) => `'${handle}'`).join(', ');
writeFileSync(`${OUT}/index.asset.php`, `<?php return array('dependencies' => array(${dependencies}), 'version' => '${version}');\n`);
copyFileSync('wordpress/block/block.json', `${OUT}/block.json`);
console.log(`${OUT}/index.js: ${script.contents.length} bytes; dependencies ${dependencies}`);
