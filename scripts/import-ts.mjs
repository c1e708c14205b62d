// Imports one of our TypeScript modules in Node (which runs no TypeScript): esbuild bundles it in
// memory, and the bundle is imported as a data: URL. For the pure modules that commands and Node
// tests use (src/attributes.ts, src/field-checks.ts).
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** The module at `path` (relative to the repository's root). */
export async function importTs(path) {
  const entry = fileURLToPath(new URL(`../${path}`, import.meta.url));
  const { outputFiles } = await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'error' });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}
