// `npm run release` (after a clean `npm run build` and `npm run snippets`): writes release/, what a
// person without a terminal downloads, and what the forge's workflow publishes on a version tag:
// - mensenhandel-faq-<version>.zip: the self-host files with LEESMIJ.txt (no sources, maps, tests);
// - mensenhandel-faq-wordpress-<version>.zip: the plugin, for Plugins → Add New → Upload Plugin;
// - mensenhandel-faq-<version>.tgz: what `npm publish` publishes (`npm pack`);
// - SHA256SUMS for the three (`sha256sum -c SHA256SUMS` in release/);
// - site/: the product site (vite build --mode site), with all of the above in site/downloads/.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BROWSER_FILES } from './site.mjs';
import { files, zip } from './zip.mjs';

const OUT = 'release';
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const names = {
  selfHost: `mensenhandel-faq-${version}.zip`,
  wordpress: `mensenhandel-faq-wordpress-${version}.zip`,
  npm: `mensenhandel-faq-${version}.tgz`,
};

// On the forge, the tag that starts a release must name this version (v0.3.0 for 0.3.0).
const tag = process.env.GITHUB_REF_TYPE === 'tag' ? process.env.GITHUB_REF_NAME : undefined;
if (tag && tag !== `v${version}`) throw new Error(`the tag ${tag} is not package.json's version ${version} (expected v${version})`);

for (const needed of ['dist/mensenhandel-faq.js', 'dist/snippets/nl.html', 'dist/wordpress/mensenhandel-faq.zip']) {
  if (!existsSync(needed)) throw new Error(`${needed} is missing: npm run release builds it (npm run build && npm run snippets)`);
}
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT);

// The site first: its build empties release/site/.
execFileSync('npx', ['vite', 'build', '--mode', 'site', '--logLevel', 'warn'], { stdio: 'inherit' });

// The self-host files, in one folder, as a webmaster puts them on a server.
const SELF_HOST = [...BROWSER_FILES, 'mensenhandel-faq.all.js', 'integrity.json', 'snippets'];
const selfHost = [
  ...SELF_HOST.flatMap((name) => files(join('dist', name))).map((path) => [`mensenhandel-faq/${relative('dist', path)}`, readFileSync(path)]),
  ['mensenhandel-faq/LEESMIJ.txt', Buffer.from(readFileSync('scripts/LEESMIJ.txt', 'utf8').replaceAll('%MHF_VERSION%', version))],
];
writeFileSync(join(OUT, names.selfHost), zip(selfHost));
copyFileSync('dist/wordpress/mensenhandel-faq.zip', join(OUT, names.wordpress));
execFileSync('npm', ['pack', '--silent', '--pack-destination', OUT], { stdio: ['ignore', 'ignore', 'inherit'] });

const sums = Object.values(names).map((name) => `${createHash('sha256').update(readFileSync(join(OUT, name))).digest('hex')}  ${name}`);
writeFileSync(join(OUT, 'SHA256SUMS'), `${sums.join('\n')}\n`);

mkdirSync(join(OUT, 'site/downloads'));
for (const name of [...Object.values(names), 'SHA256SUMS']) copyFileSync(join(OUT, name), join(OUT, 'site/downloads', name));

for (const name of [...Object.values(names), 'SHA256SUMS']) console.log(`${join(OUT, name)}  ${readFileSync(join(OUT, name)).length} bytes`);
console.log(`${join(OUT, 'site')}/  ${files(join(OUT, 'site')).length} files`);
