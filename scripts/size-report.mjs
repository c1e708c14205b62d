// Prints the size of every file in dist/ — raw (minified), gzip and brotli — as a Markdown
// table. `npm run size` (builds first). Bytes are deterministic; the budgets are asserted in
// test/size.test.ts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.js') ? [path] : [];
  });

const KiB = (bytes) => `${(bytes / 1024).toFixed(2)} KiB`;
console.log('| file | minified | gzip -9 | brotli -11 |\n|---|---:|---:|---:|');
for (const path of files('dist').sort()) {
  const bytes = readFileSync(path);
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log(`| ${path} | ${bytes.length} B (${KiB(bytes.length)}) | ${gzip} B (${KiB(gzip)}) | ${brotli} B (${KiB(brotli)}) |`);
}
