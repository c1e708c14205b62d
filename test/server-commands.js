// Server-side helpers for the browser tests (web-test-runner plugins and middleware).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/**
 * `executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }])`:
 * any CSS media feature through the browser's emulation (wtr's own emulateMedia does not pass
 * `forced-colors` to Chromium). An empty list resets.
 */
export function mediaFeatures() {
  // The emulation lasts as long as the protocol session that set it: keep one per page.
  const sessions = new Map();
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      // Straight to the DevTools protocol: puppeteer's emulateMediaFeatures rejects forced-colors.
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features: payload });
      return true;
    },
  };
}

/** `executeServerCommand('npm-pack')`: the files `npm pack` would publish, and package.json. */
export function npmPack() {
  return {
    name: 'npm-pack',
    executeCommand({ command }) {
      if (command !== 'npm-pack') return undefined;
      const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
      return { files: pack.files.map((file) => file.path) };
    },
  };
}

/** Serves the pages under test/fixtures/ with a strict Content-Security-Policy. */
export function strictCsp(context, next) {
  if (context.path.startsWith('/test/fixtures/')) context.set('Content-Security-Policy', "default-src 'self'");
  return next();
}

/**
 * `executeServerCommand('gzip-size', 'dist/x.js')`: a file's gzip size at level 9, the figure
 * `npm run size` prints. Measured here, not in the browser: each engine's CompressionStream
 * compresses a little differently, and a budget must not depend on the engine.
 */
export function gzipSize() {
  return {
    name: 'gzip-size',
    executeCommand({ command, payload }) {
      if (command !== 'gzip-size') return undefined;
      if (!/^dist\/[\w./-]+\.js$/.test(payload) || payload.includes('..')) throw new Error(`not a dist script: ${payload}`);
      return gzipSync(readFileSync(payload), { level: 9 }).length;
    },
  };
}
