// `npm run bench`: the same six questions and answers shown by native <details>, a bare Lit
// element, mensenhandel-faq and two web-component peers, measured in headless Chromium on
// 127.0.0.1. Prints a Markdown table (each figure also as a ratio to native <details>) and
// writes bench/results.json. Options: --runs N (default 15).
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { OUT, prepare } from './candidates.mjs';

const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 15;
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

function serve() {
  const server = createServer((request, response) => {
    try {
      const body = readFileSync(join(OUT, new URL(request.url, 'http://x').pathname));
      response.writeHead(200, { 'content-type': TYPES[extname(request.url)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Waits (up to a minute) until the machine is nearly idle, so timings are not someone else's. */
async function waitForIdle() {
  for (let i = 0; i < 60 && loadavg()[0] > cpus().length * 0.5; i++) await new Promise((r) => setTimeout(r, 1000));
  return loadavg()[0];
}

/** Bytes the page needs for the widget: its files plus its markup in the page. */
function bytes(candidate) {
  const text = Buffer.concat([...candidate.files.map((file) => readFileSync(join(OUT, file))), Buffer.from(candidate.body)]);
  return {
    min: text.length,
    gzip: gzipSync(text, { level: 9 }).length,
    brotli: brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Page-side probes, installed before the page's own scripts. */
const probes = (questions) => `
  window.__shift = 0;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value; })
    .observe({ type: 'layout-shift', buffered: true });
  window.__questions = () => ${questions};
  const check = () => {
    const shown = window.__questions().filter((q) => q.getBoundingClientRect().height > 0);
    if (shown.length >= 6) window.__visible = performance.now(); else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
  window.__clicks = [];
  addEventListener('click', (event) => {
    const start = event.timeStamp;
    requestAnimationFrame(() => setTimeout(() => window.__clicks.push(performance.now() - start)));
  }, { capture: true });
`;

async function measure(browser, url, candidate, throttle) {
  const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (throttle) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  let requests = 0;
  page.on('request', () => requests++);
  await page.addInitScript(probes(candidate.questions));
  await page.goto(url);
  await page.waitForFunction(() => window.__visible !== undefined, null, { timeout: 20000 });
  await page.waitForTimeout(300);
  const result = await page.evaluate(() => ({ visible: window.__visible, shift: window.__shift }));
  const clicks = [];
  for (let i = 0; i < 3; i++) {
    const box = await page.evaluate(() => {
      const { x, y, width, height } = window.__questions()[0].getBoundingClientRect();
      return { x: x + width / 2, y: y + Math.min(height / 2, 20) };
    });
    await page.mouse.click(box.x, box.y);
    await page.waitForFunction((n) => window.__clicks.length > n, i);
    clicks.push(await page.evaluate((n) => window.__clicks[n], i));
  }
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await context.close();
  return { ...result, click: median(clicks), heap: usedSize, requests: requests - 1 };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const quartiles = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return [sorted[Math.floor(sorted.length / 4)], sorted[Math.floor((sorted.length * 3) / 4)]];
};
const summary = (values) => ({ median: median(values), iqr: quartiles(values), min: Math.min(...values), max: Math.max(...values) });

async function main() {
  const candidates = await prepare();
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}`;
  const load = await waitForIdle();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const results = [];
  for (const candidate of candidates) {
    const runs = { normal: [], throttled: [] };
    for (let i = 0; i < RUNS; i++) {
      for (const mode of ['normal', 'throttled']) runs[mode].push(await measure(browser, `${base}/${candidate.id}.html`, candidate, mode === 'throttled'));
    }
    results.push({
      id: candidate.id,
      name: candidate.name,
      bytes: bytes(candidate),
      requests: runs.normal[0].requests,
      visible: summary(runs.normal.map((r) => r.visible)),
      visibleThrottled: summary(runs.throttled.map((r) => r.visible)),
      click: summary(runs.normal.map((r) => r.click)),
      shift: Math.max(...runs.normal.map((r) => r.shift)),
      heap: median(runs.normal.map((r) => r.heap)),
    });
    process.stderr.write(`measured ${candidate.id}\n`);
  }
  await browser.close();
  server.close();
  const machine = { cpus: cpus().length, model: cpus()[0].model, loadBefore: load, chromium: browser.version(), runs: RUNS, date: new Date().toISOString() };
  writeFileSync('bench/results.json', `${JSON.stringify({ machine, results }, null, 2)}\n`);
  console.log(report(results, machine));
}

const ratio = (value, native) => (native ? ` (${(value / native).toFixed(2)}×)` : '');
const ms = ({ median: m, iqr: [q1, q3] }) => `${m.toFixed(1)} [${q1.toFixed(1)}–${q3.toFixed(1)}]`;

export function report(results, machine) {
  const native = results.find((r) => r.id === 'native');
  const rows = results.map((r) =>
    [
      r.name,
      `${r.bytes.min}${ratio(r.bytes.min, native.bytes.min)}`,
      `${r.bytes.gzip}${ratio(r.bytes.gzip, native.bytes.gzip)}`,
      `${r.bytes.brotli}${ratio(r.bytes.brotli, native.bytes.brotli)}`,
      r.requests,
      `${ms(r.visible)}${ratio(r.visible.median, native.visible.median)}`,
      `${ms(r.visibleThrottled)}${ratio(r.visibleThrottled.median, native.visibleThrottled.median)}`,
      `${ms(r.click)}${ratio(r.click.median, native.click.median)}`,
      r.shift.toFixed(4),
      `${Math.round(r.heap / 1024)}${ratio(r.heap, native.heap)}`,
    ].join(' | '),
  );
  const ours = results.find((r) => r.id === 'ours');
  const floor = results.find((r) => r.id === 'bare-lit');
  const peers = results.filter((r) => ['shoelace', 'vaadin'].includes(r.id));
  const goals = [
    [`smallest web component (gzip): ours ${ours.bytes.gzip} B vs ${peers.map((p) => `${p.id} ${p.bytes.gzip} B`).join(', ')}`, peers.every((p) => ours.bytes.gzip < p.bytes.gzip)],
    [`bytes ≤ 1.3× bare Lit: ${(ours.bytes.gzip / floor.bytes.gzip).toFixed(2)}×`, ours.bytes.gzip <= 1.3 * floor.bytes.gzip],
    [`render ≤ 1.5× bare Lit: ${(ours.visible.median / floor.visible.median).toFixed(2)}×`, ours.visible.median <= 1.5 * floor.visible.median],
    [`click-to-next-paint ≤ 1.2× native: ${(ours.click.median / native.click.median).toFixed(2)}×`, ours.click.median <= 1.2 * native.click.median],
    [`layout shift 0: ${ours.shift.toFixed(4)}`, ours.shift === 0],
  ];
  return [
    `Chromium ${machine.chromium}, ${machine.cpus} × ${machine.model}, load ${machine.loadBefore.toFixed(2)} before timing, ${machine.runs} runs each; times in ms as median [interquartile range], bytes in B; (×) = ratio to native \`<details>\`.`,
    '',
    '| candidate | minified | gzip | brotli | requests | all six visible | same, 4× CPU throttle | click → next paint | layout shift | JS heap KiB |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map((row) => `| ${row} |`),
    '',
    ...goals.map(([text, met]) => `- ${met ? 'met' : '**not met**'}: ${text}`),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
