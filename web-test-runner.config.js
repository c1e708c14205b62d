// Runs test/**/*.test.ts in Chromium, Firefox and WebKit against the built `dist/` (as a host
// page uses it). `npm test` builds first. test/browsers.js launches the engines.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { browserGroups } from './test/browsers.js';
import { mediaFeatures, pageStore, partialUpload, siteFolders, snippetCommand, strictCsp } from './test/server-commands.js';

// `TEST_FILES=test/x.test.ts npm test` runs one file (wtr's --files flag would add a second, default browser).
const files = process.env.TEST_FILES ?? 'test/**/*.test.ts';

export default {
  middleware: [siteFolders, partialUpload, strictCsp],
  // Lit's production build, as in dist/ (the development build logs a warning per page).
  nodeResolve: { exportConditions: ['production'] },
  // One page at a time: keyboard tests need focus, a background page gets no animation frames,
  // and WebKit's driver fails to send keys into parallel pages.
  concurrency: 1,
  // `esnext`: compile the tests' TypeScript, never rewrite JavaScript — every engine runs the real dist/.
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'esnext' }), mediaFeatures(), snippetCommand(), pageStore()],
  // axe alone can take over 2 s on a loaded machine.
  testFramework: { config: { timeout: 10000, grep: process.env.TEST_GREP } },
  groups: await browserGroups(files, ['test/media.test.ts', 'test/memory.test.ts', 'test/house-styles.test.ts', 'test/snippet-command.test.ts']),
};
