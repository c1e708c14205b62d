// `npm run --silent snippet -- --lang pl --src https://example.org/faq/mensenhandel-faq.js`
// prints the recommended embed as JSON, {"head": "…", "body": "…"}: exactly what the demo's
// configurator produces, because it runs the configurator's own code (demo/snippet.ts) in
// headless Chromium against the built dist/. Other options, each an attribute of the element:
// --questions "2 1", --open "1", --single, --heading-level 3, --hide-title, --hide-expand-all,
// --language-menu, --id faq, --exit-url URL, --structured-data, --theme dark, --help "text",
// --strict-csp (styles linked as files), and --house-style utrecht (rendered inside that portal
// theme, as the configurator's "Huisstijl" does, so the embed carries the adapter's styles).
// Builds dist/ first if it is not there.
// `node scripts/snippet.mjs --write-snippets` writes dist/snippets/<lang>.html (every language).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { importTs } from './import-ts.mjs';

const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf' };
/** The house styles of the configurator's picker (demo/house-styles.ts): their ids, classes and stylesheets. */
const { HOUSE_STYLES } = await importTs('demo/house-styles.ts');

/** Serves the page that renders embeds: dist/ and the configurator's embed module, on loopback. */
async function serve() {
  const [bundle] = (await build({ entryPoints: ['demo/snippet.ts'], bundle: true, format: 'esm', write: false, logLevel: 'error' })).outputFiles;
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    if (path === '/') {
      response.writeHead(200, { 'content-type': 'text/html' });
      return response.end('<!doctype html><html lang="nl"><body><script type="module" src="/dist/mensenhandel-faq.js"></script>');
    }
    if (path === '/snippet.js') {
      response.writeHead(200, { 'content-type': TYPES['.js'] });
      return response.end(bundle.text);
    }
    try {
      const file = normalize(join('.', decodeURIComponent(path)));
      // dist/, and a house style's stylesheets and fonts from its package.
      if (!file.startsWith('dist/') && !(file.startsWith('node_modules/') && /\.(css|woff2?|ttf)$/.test(file))) throw new Error('outside dist/');
      const body = readFileSync(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/**
 * Renders embeds for the given configurations (the defaults of the configurator, overridden by
 * each) in one browser: `[{ head, body }]`.
 */
export async function embeds(configs) {
  const server = await serve();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    const base = `http://127.0.0.1:${server.address().port}`;
    await page.goto(`${base}/`);
    return await page.evaluate(async ([configs, loadedFrom]) => {
      const { embed, DEFAULT_CONFIG } = await import('/snippet.js');
      await customElements.whenDefined('mensenhandel-faq');
      const results = [];
      for (const { houseStyle, ...config } of configs) {
        // In a house style: inside an element with its class, under its stylesheets (as the configurator's preview).
        const container = document.body.appendChild(Object.assign(document.createElement('div'), { className: houseStyle?.className ?? '' }));
        for (const href of houseStyle?.stylesheets ?? []) {
          const link = document.head.appendChild(Object.assign(document.createElement('link'), { rel: 'stylesheet', href }));
          await new Promise((resolve) => {
            link.addEventListener('load', resolve);
            link.addEventListener('error', resolve);
          });
        }
        results.push(await embed({ ...DEFAULT_CONFIG, ...config }, container, loadedFrom));
        container.remove();
      }
      return results;
    }, [configs, `${base}/dist/mensenhandel-faq.js`]);
  } finally {
    await browser.close();
    server.close();
  }
}

const OPTIONS = {
  lang: { type: 'string' },
  src: { type: 'string' },
  questions: { type: 'string' },
  open: { type: 'string' },
  single: { type: 'boolean' },
  'heading-level': { type: 'string' },
  'hide-title': { type: 'boolean' },
  'hide-expand-all': { type: 'boolean' },
  'language-menu': { type: 'boolean' },
  id: { type: 'string' },
  'exit-url': { type: 'string' },
  'structured-data': { type: 'boolean' },
  theme: { type: 'string' },
  help: { type: 'string' },
  'strict-csp': { type: 'boolean' },
  'house-style': { type: 'string' },
  'write-snippets': { type: 'boolean' },
};

const USAGE = `usage: npm run --silent snippet -- [options]
prints the recommended embed as JSON, {"head": "…", "body": "…"}
options (each an attribute of the element, as the configurator sets it):
${Object.entries(OPTIONS)
  .map(([name, { type }]) => `  --${name}${type === 'string' ? ' <value>' : ''}`)
  .join('\n')}
house styles (--house-style): ${HOUSE_STYLES.map(({ id }) => id).join(', ')}`;

/** The house style with this id, as `embeds` takes it; an unknown one is refused. */
function houseStyle(id) {
  const style = HOUSE_STYLES.find((candidate) => candidate.id === id);
  if (!style) refuse(`--house-style ${JSON.stringify(id)}: no such house style. Accepted: ${HOUSE_STYLES.map((candidate) => candidate.id).join(', ')}.`);
  return { className: style.className, stylesheets: style.stylesheets };
}

/** Stops with a message on stderr and exit code 2: a wrong command line prints no embed. */
function refuse(message) {
  process.stderr.write(`npm run snippet: ${message}\n`);
  process.exit(2);
}

/**
 * The command line's options as a configuration. An unknown option or a missing value prints
 * the usage; a value the element would warn about (and replace) prints the element's own
 * message; both exit with 2.
 */
async function configOf(argv) {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: OPTIONS }));
  } catch (error) {
    refuse(`${error.message}\n${USAGE}`);
  }
  // The element's own parsers: the command refuses what the element would warn about.
  const { parseExitUrl, parseHeadingLevel, parseLang, parseOpen, parseQuestions, parseTheme } = await importTs('src/attributes.ts');
  const { describe } = await importTs('src/features/warnings.ts');
  const { LOCALES } = await importTs('src/locale.ts');
  const checked = (given, parsed) => {
    if (given === undefined) return undefined;
    if (parsed.problem) refuse(describe(parsed.problem, LOCALES));
    return parsed.value;
  };
  const questions = checked(values.questions, parseQuestions(values.questions));
  const open = checked(values.open, parseOpen(values.open));
  const config = {
    scriptUrl: values.src ?? 'mensenhandel-faq.js',
    lang: checked(values.lang, parseLang(values.lang ?? null, undefined)) && values.lang,
    theme: checked(values.theme, parseTheme(values.theme)),
    questions: questions && [...questions],
    open: open && [...open],
    single: values.single,
    headingLevel: checked(values['heading-level'], parseHeadingLevel(values['heading-level'], values['heading-level'])),
    hideTitle: values['hide-title'],
    hideExpandAll: values['hide-expand-all'],
    languageMenu: values['language-menu'],
    id: values.id,
    exitUrl: checked(values['exit-url'], parseExitUrl(values['exit-url'])) && values['exit-url'],
    structuredData: values['structured-data'],
    help: values.help,
    strictCsp: values['strict-csp'],
    houseStyle: values['house-style'] === undefined ? undefined : houseStyle(values['house-style']),
  };
  // Options not given keep the configurator's defaults.
  return { config: Object.fromEntries(Object.entries(config).filter(([, value]) => value !== undefined)), writeSnippets: values['write-snippets'] };
}

/** dist/snippets/<lang>.html: the element of each language's default embed, for pages that may not run scripts. */
async function writeSnippets() {
  const { LOCALES } = await import('../dist/lib/index.js');
  const results = await embeds(LOCALES.map((lang) => ({ scriptUrl: 'mensenhandel-faq.js', lang })));
  mkdirSync('dist/snippets', { recursive: true });
  LOCALES.forEach((lang, i) => {
    // The element only: where scripts run, the embed's script line goes after it.
    const body = results[i].body.slice(0, results[i].body.indexOf('</mensenhandel-faq>') + '</mensenhandel-faq>'.length);
    writeFileSync(
      `dist/snippets/${lang}.html`,
      `<!-- mensenhandel-faq, prerendered (${lang}): readable and usable without JavaScript. Where scripts may run, add <script type="module" src="…/mensenhandel-faq.js"></script> after it (npm run snippet prints the whole embed): the element takes this content over in place. -->\n${body}\n`,
    );
    console.log(`dist/snippets/${lang}.html: ${body.length} bytes`);
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // On a fresh checkout, build first (its report goes to stderr: stdout is the JSON).
  if (!existsSync('dist/mensenhandel-faq.css')) spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 2, 2] });
  const { config, writeSnippets: all } = await configOf(process.argv.slice(2));
  if (all) await writeSnippets();
  else process.stdout.write(`${JSON.stringify((await embeds([config]))[0])}\n`);
}
