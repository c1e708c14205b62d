// The scripts in dist/, sorted: for the size report and the integrity hashes.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every `.js` file below `dir`, leaving out the folders in `skip`. */
export function distScripts(dir = 'dist', skip = []) {
  const walk = (folder) =>
    readdirSync(folder).flatMap((name) => {
      const path = join(folder, name);
      if (skip.includes(path)) return [];
      return statSync(path).isDirectory() ? walk(path) : path.endsWith('.js') ? [path] : [];
    });
  return walk(dir).sort();
}
