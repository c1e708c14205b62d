// Writes dist/integrity.json: the Subresource Integrity hash (sha384) of every script a page
// loads from dist/ (not dist/lib/, which is for bundlers), and prints them. Part of
// `npm run build`. Pin a hash only on a file that loads no other file:
// dist/mensenhandel-faq.all.js (dynamically imported chunks cannot carry a hash).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { distScripts } from './dist-scripts.mjs';

const hashes = Object.fromEntries(
  distScripts('dist', [join('dist', 'lib')]).map((path) => [relative('dist', path), `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`]),
);
writeFileSync('dist/integrity.json', `${JSON.stringify(hashes, null, 2)}\n`);
for (const [file, hash] of Object.entries(hashes)) console.log(`${hash}  ${file}`);
