// Runs test/**/*.test.ts in real browsers against the built `dist/` (as a host page uses it).
// `npm test` builds first. See ../shared/TOOLCHAIN.md for why each launcher option is here.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { mediaFeatures, npmPack, strictCsp } from './test/server-commands.js';

// `TEST_FILES=test/x.test.ts npm test` runs one file (wtr's --files flag would add a second, default browser).
const files = process.env.TEST_FILES ?? 'test/**/*.test.ts';

export default {
  middleware: [strictCsp],
  // Lit's production build, as in dist/ (the development build logs a warning per page).
  nodeResolve: { exportConditions: ['production'] },
  // One page at a time: keyboard tests need focus, and a background page gets no animation frames.
  concurrency: 1,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'auto' }), mediaFeatures(), npmPack()],
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
