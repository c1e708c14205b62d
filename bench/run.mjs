// `npm run bench`: the same six questions and answers shown by native <details> (alone, and
// with the widget's title and closing paragraph, to compare like with like), a bare Lit
// element, mensenhandel-faq (its recommended embed, and the bare script-and-tag) and two
// web-component peers, in Dutch, Polish and Arabic, measured in headless Chromium on 127.0.0.1:
// at loopback speed, and as a slow phone on a weak connection (4× CPU slowdown, 150 ms round
// trip, 1.6 Mbit/s), every file gzip-compressed as a web server sends it. Prints Markdown tables (each time as the median of three passes, with their
// spread, and as a ratio to native <details> in the same language), checks the goals, and writes
// bench/results.json. Options: --runs N page loads per pass (default 7), --passes N (default 3),
// --only a,b (the candidates whose ids start so; the native ones are always measured). Each
// page load waits until the machine is quiet (`settle`).
// The WordPress plugin's candidates (wp-*) come from Debian's WordPress on loopback.
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { OUT, LANGUAGES, prepare } from './candidates.mjs';

const option = (name, fallback) => Number(process.argv[process.argv.indexOf(name) + 1]) || fallback;
const RUNS = option('--runs', 7);
const ONLY = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1].split(',') : undefined;
const PASSES = option('--passes', 3);
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
export const PROFILES = {
  loopback: { name: 'loopback, no throttling' },
  slow: { name: 'slow phone: 4× CPU slowdown, 150 ms round trip, 1.6 Mbit/s', cpu: 4, latency: 150, bytesPerSecond: 1.6e6 / 8 },
};

function serve() {
  const server = createServer((request, response) => {
    try {
      const path = new URL(request.url, 'http://x').pathname;
      const body = readFileSync(join(OUT, path));
      // Compressed, as any web server or CDN sends text.
      const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      response.writeHead(200, {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      });
      response.end(gzip ? gzipSync(body, { level: 6 }) : body);
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

/** All cores' busy and total CPU time so far (ms). */
function cpuTimes() {
  const all = cpus().map(({ times }) => [times.user + times.nice + times.sys + times.irq, times.user + times.nice + times.sys + times.irq + times.idle]);
  return all.reduce(([busy, total], [b, t]) => [busy + b, total + t], [0, 0]);
}

/**
 * Waits (up to 3 s) until the cores were at most a quarter busy for 100 ms: the previous page's
 * renderer is gone and the next load starts on a quiet machine. Without it, each load shared the
 * cores with tearing down the one before (about 200 ms), which delayed the pages whose first
 * paint waits for the main thread and not those waiting for a file (docs/performance.md, run 7).
 */
async function settle() {
  for (let i = 0; i < 30; i++) {
    const [busy, total] = cpuTimes();
    await new Promise((r) => setTimeout(r, 100));
    const [busy2, total2] = cpuTimes();
    if ((busy2 - busy) / (total2 - total || 1) <= 0.25) return;
  }
}

/** Bytes the page gets for the widget (gzip -9): its files plus its markup in the page. */
function bytes(candidate) {
  const text = Buffer.concat([...candidate.files.map((file) => readFileSync(join(OUT, file))), Buffer.from(candidate.head + candidate.body)]);
  return gzipSync(text, { level: 9 }).length;
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

async function measure(browser, url, candidate, profile) {
  await settle();
  const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (profile.cpu) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  if (profile.latency) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: profile.latency,
      downloadThroughput: profile.bytesPerSecond,
      uploadThroughput: profile.bytesPerSecond,
    });
  }
  let requests = 0;
  page.on('request', () => requests++);
  await page.addInitScript(probes(candidate.questions));
  await page.goto(url);
  await page.waitForFunction(() => window.__visible !== undefined, null, { timeout: 30000 });
  await page.waitForFunction(candidate.ready ?? 'true', null, { timeout: 30000 });
  await page.waitForFunction(() => performance.getEntriesByName('first-paint').length > 0);
  await page.waitForTimeout(300);
  const result = await page.evaluate(() => ({
    visible: window.__visible,
    paint: performance.getEntriesByName('first-paint')[0].startTime,
    shift: window.__shift,
  }));
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
  await context.close();
  return { ...result, click: median(clicks), requests: requests - 1 };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
/** The median of the passes' medians, and their spread. */
const spread = (values) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values) });

async function main() {
  const candidates = (await prepare()).filter(({ id }) => !ONLY || id.startsWith('native-') || ONLY.some((prefix) => id.startsWith(prefix)));
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}`;
  const load = await waitForIdle();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  // passes[profile][candidate] = one median per pass, per measure.
  const passes = Object.fromEntries(Object.keys(PROFILES).map((profile) => [profile, Object.fromEntries(candidates.map((c) => [c.id, []]))]));
  const requests = {};
  for (let pass = 0; pass < PASSES; pass++) {
    // Round robin: each round loads every candidate once, so a slow moment of the machine
    // falls on all of them instead of on one candidate's consecutive loads.
    const runs = Object.fromEntries(Object.keys(PROFILES).map((key) => [key, Object.fromEntries(candidates.map((c) => [c.id, []]))]));
    for (let i = 0; i < RUNS; i++) {
      for (const candidate of candidates) {
        for (const [key, profile] of Object.entries(PROFILES)) runs[key][candidate.id].push(await measure(browser, `${base}/${candidate.id}.html`, candidate, profile));
      }
      process.stderr.write(`pass ${pass + 1}/${PASSES}: round ${i + 1}/${RUNS}\n`);
    }
    for (const [key, byCandidate] of Object.entries(runs)) {
      for (const [id, loads] of Object.entries(byCandidate)) {
        requests[id] = loads[0].requests;
        passes[key][id].push({
          visible: median(loads.map((r) => r.visible)),
          paint: median(loads.map((r) => r.paint)),
          click: median(loads.map((r) => r.click)),
          shift: Math.max(...loads.map((r) => r.shift)),
        });
      }
    }
  }
  await browser.close();
  server.close();
  const results = Object.fromEntries(
    Object.entries(passes).map(([profile, byCandidate]) => [
      profile,
      candidates.map((c) => ({
        id: c.id,
        name: c.name,
        lang: c.lang,
        bytes: bytes(c),
        requests: requests[c.id],
        ...Object.fromEntries(['paint', 'visible', 'click', 'shift'].map((measure) => [measure, spread(byCandidate[c.id].map((p) => p[measure]))])),
      })),
    ]),
  );
  const entry = gzipSync(readFileSync('dist/mensenhandel-faq.js'), { level: 9 }).length;
  const machine = { cpus: cpus().length, model: cpus()[0].model, loadBefore: load, chromium: browser.version(), runs: RUNS, passes: PASSES, date: new Date().toISOString() };
  writeFileSync('bench/results.json', `${JSON.stringify({ machine, entry, results }, null, 2)}\n`);
  console.log(report(results, machine, entry));
}

const ratio = (value, native) => (native ? ` (${(value / native).toFixed(2)}×)` : '');
const ms = ({ median: m, min, max }) => `${m.toFixed(0)} [${min.toFixed(0)}–${max.toFixed(0)}]`;

function table(rows) {
  const native = (lang) => rows.find((r) => r.id === `native-${lang}`);
  return [
    '| candidate | lang | gzip B | requests | host page’s first paint | all six questions visible | click → next paint | layout shift |',
    '|---|---|---:|---:|---:|---:|---:|---:|',
    ...rows.map((r) => {
      const n = native(r.lang);
      return `| ${r.name} | ${r.lang} | ${r.bytes} | ${r.requests} | ${ms(r.paint)}${ratio(r.paint.median, n.paint.median)} | ${ms(r.visible)}${ratio(r.visible.median, n.visible.median)} | ${ms(r.click)}${ratio(r.click.median, n.click.median)} | ${r.shift.max.toFixed(4)} |`;
    }),
  ];
}

export function report(results, machine, entry) {
  const slow = results.slow;
  const find = (id) => slow.find((r) => r.id === id);
  const goals = [...LANGUAGES.map((lang) => [`ours-${lang}`, lang]), ...LANGUAGES.map((lang) => [`wp-block-${lang}`, lang]), ['wp-shortcode-nl', 'nl']].flatMap(([id, lang]) => {
    const ours = find(id);
    const native = find(`native-${lang}`);
    if (!ours) return [];
    // The recommended embed by its language, the WordPress candidates by their ids.
    const label = id.startsWith('wp-') ? id : lang;
    return [
      [`${label}: questions visible ≤ 1.1× native: ${(ours.visible.median / native.visible.median).toFixed(2)}×`, ours.visible.median <= 1.1 * native.visible.median],
      [`${label}: host first paint ≤ native + 50 ms: ${(ours.paint.median - native.paint.median).toFixed(0)} ms later`, ours.paint.median <= native.paint.median + 50],
      [`${label}: layout shift 0 (worst run): ${ours.shift.max.toFixed(4)}`, ours.shift.max === 0],
      [`${label}: click → next paint ≤ 1.2× native: ${(ours.click.median / native.click.median).toFixed(2)}×`, ours.click.median <= 1.2 * native.click.median],
    ];
  });
  // Not a goal: the same ratio against native <details> that show the widget's whole text.
  const likeForLike = LANGUAGES.filter((lang) => find(`ours-${lang}`) && find(`native-full-${lang}`)).map((lang) => `${lang} ${(find(`ours-${lang}`).visible.median / find(`native-full-${lang}`).visible.median).toFixed(2)}×`);
  goals.push([`entry file ≤ 12 KiB gzip: ${entry} B`, entry <= 12 * 1024]);
  return [
    `Chromium ${machine.chromium}, ${machine.cpus} × ${machine.model}, load ${machine.loadBefore.toFixed(2)} before timing. Times in ms from navigation: the median of ${machine.passes} passes (each the median of ${machine.runs} page loads) [lowest–highest pass]; (×) = ratio to native \`<details>\` in the same language. Layout shift: the worst page load. gzip B: the widget's files and markup, gzip -9.`,
    '',
    ...Object.entries(results).flatMap(([profile, rows]) => [`**${PROFILES[profile].name}**`, '', ...table(rows), '']),
    'Goals (slow phone, medians):',
    ...goals.map(([text, met]) => `- ${met ? 'met' : '**not met**'}: ${text}`),
    '',
    `For comparison (no goal), questions visible against native \`<details>\` with the widget's title and closing paragraph: ${likeForLike.join(', ')}.`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
