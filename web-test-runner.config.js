// Runs test/**/*.test.ts in real browsers against the built `dist/` (as a host page uses it).
// `npm test` builds first. See ../shared/TOOLCHAIN.md for why each launcher option is here.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

// `TEST_FILES=test/x.test.ts npm test` runs one file (wtr's --files flag would add a second, default browser).
const files = process.env.TEST_FILES ?? 'test/**/*.test.ts';

/**
 * `executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }])`:
 * any CSS media feature through the browser's emulation (wtr's own emulateMedia does not pass
 * `forced-colors` to Chromium). An empty list resets.
 */
function mediaFeatures() {
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

/** Serves the pages under test/fixtures/ with a strict Content-Security-Policy. */
function strictCsp(context, next) {
  if (context.path.startsWith('/test/fixtures/')) context.set('Content-Security-Policy', "default-src 'self'");
  return next();
}

export default {
  middleware: [strictCsp],
  // Lit's production build, as in dist/ (the development build logs a warning per page).
  nodeResolve: { exportConditions: ['production'] },
  // One page at a time: keyboard tests need focus, and a background page gets no animation frames.
  concurrency: 1,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'auto' }), mediaFeatures()],
  // axe alone can take over 2 s on a loaded machine.
  testFramework: { config: { timeout: 10000, grep: process.env.TEST_GREP } },
  groups: [
    {
      name: 'chromium',
      files,
      browsers: [
        chromeLauncher({
          launchOptions: {
            executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
            headless: true,
            args: [
              // Tests run as root in CI; Chromium refuses its sandbox then.
              '--no-sandbox',
              '--disable-gpu',
              '--disable-background-networking',
              '--disable-component-update',
              // Test files run in parallel pages; a page in the background gets no animation
              // frames otherwise, and fixtures wait for one.
              '--disable-renderer-backgrounding',
              '--disable-backgrounding-occluded-windows',
              '--disable-background-timer-throttling',
            ],
          },
        }),
      ],
    },
  ],
};
