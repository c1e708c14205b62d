// Writes dist/integrity.json: the Subresource Integrity hash (sha384) of every script a page
// loads from dist/ (not dist/lib/, which is for bundlers), and prints them. Part of `npm run build`. Use a hash only for a file that loads no other file:
// dist/mensenhandel-faq.all.js (dynamically imported language chunks cannot carry a hash).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const scripts = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (path === join('dist', 'lib')) return [];
    return statSync(path).isDirectory() ? scripts(path) : path.endsWith('.js') ? [path] : [];
  });

const hashes = Object.fromEntries(
  scripts('dist')
    .sort()
    .map((path) => [relative('dist', path), `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`]),
);
writeFileSync('dist/integrity.json', `${JSON.stringify(hashes, null, 2)}\n`);
for (const [file, hash] of Object.entries(hashes)) console.log(`${hash}  ${file}`);
