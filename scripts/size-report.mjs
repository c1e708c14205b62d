// Prints the size of every file in dist/ — raw (minified), gzip and brotli — as a Markdown
// table. `npm run size` (builds first). Bytes are deterministic; the budgets are asserted in
// test/size.test.ts.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { distScripts } from './dist-scripts.mjs';

const KiB = (bytes) => `${(bytes / 1024).toFixed(2)} KiB`;
console.log('| file | minified | gzip -9 | brotli -11 |\n|---|---:|---:|---:|');
for (const path of distScripts()) {
  const bytes = readFileSync(path);
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log(`| ${path} | ${bytes.length} B (${KiB(bytes.length)}) | ${gzip} B (${KiB(gzip)}) | ${brotli} B (${KiB(brotli)}) |`);
}
