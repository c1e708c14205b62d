// Server-side helpers for the browser tests (web-test-runner plugins and middleware).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { SITE_FOLDERS } from '../scripts/site.mjs';

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

/**
 * The product site's folders beside demo/ (scripts/site.mjs), from where they are in the
 * repository: the widget's files (dist/) and the themes (node_modules/).
 */
export function siteFolders(context, next) {
  for (const [prefix, folder] of SITE_FOLDERS) {
    if (context.path.startsWith(prefix)) context.url = folder + context.url.slice(prefix.length);
  }
  return next();
}

/**
 * `/without/<names>/…`: dist/ as a webmaster may have uploaded it, with some files missing
 * (`<names>`: file names without `.js`, separated by commas): those answer 404, the rest is dist/.
 */
export function partialUpload(context, next) {
  const [, names, rest] = /^\/without\/([\w,-]+)\/(.*)$/.exec(context.path) ?? [];
  if (rest === undefined) return next();
  if (names.split(',').includes(rest.split('/').pop().replace(/\.js$/, ''))) {
    context.status = 404;
    return undefined;
  }
  context.url = `/dist/${rest}`;
  return next();
}

/** Serves the pages under test/fixtures/ with a strict Content-Security-Policy. */
export function strictCsp(context, next) {
  if (context.path.startsWith('/test/fixtures/')) context.set('Content-Security-Policy', "default-src 'self'");
  return next();
}

/** `executeServerCommand('snippet', ['--lang', 'pl', …])`: runs `npm run snippet` and returns its JSON. */
export function snippetCommand() {
  return {
    name: 'snippet',
    async executeCommand({ command, payload }) {
      if (command !== 'snippet') return undefined;
      const { stdout } = await promisify(execFile)('node', ['scripts/snippet.mjs', ...payload]);
      return JSON.parse(stdout);
    },
  };
}

/**
 * `executeServerCommand('serve-page', { path: '/test/fixtures/x.html', html })`: serves that
 * markup at that address from now on (under /test/fixtures/, with the strict policy above): a
 * page as a server sends it, parsed by the browser's HTML parser, with its HTTP headers.
 */
export function pageStore() {
  const pages = new Map();
  return {
    name: 'serve-page',
    serve(context) {
      if (pages.has(context.path)) return { body: pages.get(context.path), type: 'html' };
      return undefined;
    },
    async executeCommand({ command, payload }) {
      if (command !== 'serve-page') return undefined;
      pages.set(payload.path, payload.html);
      return true;
    },
  };
}
