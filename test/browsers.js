// The three browser engines of `npm test`, each from Debian's packages (no test tool may download
// a browser on our machines). An engine that is not installed is left out with a message saying
// how to install it — except in CI (CI=true), where all three must run.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteer from 'puppeteer-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
const XVFB = '/usr/bin/Xvfb';
const WEBDRIVER_PORT = 4444;

function chromium() {
  return chromeLauncher({
    launchOptions: {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        // Tests run as root in CI; Chromium refuses its sandbox then.
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        // Keep a page that is not in front rendering (fixtures wait for animation frames).
        '--disable-renderer-backgrounding',
        '--disable-backgrounding-occluded-windows',
        '--disable-background-timer-throttling',
        // For test/memory.test.ts: gc() and unrounded heap sizes.
        '--js-flags=--expose-gc',
        '--enable-precise-memory-info',
      ],
    },
  });
}

/** Firefox ESR through puppeteer-core over WebDriver BiDi (geckodriver is not installable here). */
function firefox() {
  return chromeLauncher({ puppeteer, launchOptions: { browser: 'firefox', executablePath: FIREFOX, headless: true } });
}

/** Starts a program for the length of the test run. */
function start(command, args, env = {}) {
  const child = spawn(command, args, { stdio: 'ignore', env: { ...process.env, ...env } });
  process.on('exit', () => child.kill());
  return child;
}

async function waitForDriver() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${WEBDRIVER_PORT}/status`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('WebKitWebDriver did not start');
}

/** WebKitGTK's MiniBrowser under Xvfb, through WebKitWebDriver (WebDriver classic). */
async function webkit() {
  const display = ':99';
  start(XVFB, [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp']);
  start(WEBKIT_DRIVER, [`--port=${WEBDRIVER_PORT}`, '--host=127.0.0.1'], { DISPLAY: display });
  await waitForDriver();
  return webdriverLauncher({
    hostname: '127.0.0.1',
    port: WEBDRIVER_PORT,
    path: '/',
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    },
  });
}

const ENGINES = [
  { name: 'chromium', needs: [CHROMIUM], install: 'apt-get install chromium', launcher: chromium },
  { name: 'firefox', needs: [FIREFOX], install: 'apt-get install firefox-esr', launcher: firefox },
  { name: 'webkit', needs: [MINIBROWSER, WEBKIT_DRIVER, XVFB], install: 'apt-get install webkit2gtk-driver xvfb xauth', launcher: webkit },
];

/**
 * One test group per installed engine (`TEST_BROWSERS=chromium,firefox` picks some).
 * Files named in `chromiumOnly` run in Chromium alone.
 */
export async function browserGroups(files, chromiumOnly) {
  const wanted = process.env.TEST_BROWSERS?.split(',') ?? ENGINES.map((engine) => engine.name);
  const groups = [];
  for (const engine of ENGINES.filter((e) => wanted.includes(e.name))) {
    const missing = engine.needs.filter((path) => !existsSync(path));
    if (missing.length) {
      const message = `${engine.name}: not installed (${missing.join(', ')} missing); install with: ${engine.install}`;
      if (process.env.CI) throw new Error(message);
      console.warn(`Skipping ${message}`);
      continue;
    }
    const only = engine.name === 'chromium' ? [] : chromiumOnly.map((file) => `!${file}`);
    groups.push({ name: engine.name, files: [files, ...only], browsers: [await engine.launcher()] });
  }
  return groups;
}
