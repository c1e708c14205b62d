// `npm run --silent snippet -- --lang pl --src https://example.org/faq/mensenhandel-faq.js`
// prints the recommended embed as JSON, {"head": "…", "body": "…"}: exactly what the demo's
// configurator produces, because both run the one embed module (src/embed/, here as built in
// dist/lib/embed.js), which renders the element's templates with Lit's server renderer: no
// browser. Other options, each an attribute of the element: --questions "2 1", --open "1",
// --single, --heading-level 3, --hide-title, --hide-expand-all, --language-menu, --id faq,
// --exit-url URL, --structured-data, --theme dark, --help "text", --strict-csp (styles linked
// as files), and --house-style utrecht (the embed carries the styles the widget takes from that
// portal theme, as the configurator's "Huisstijl" does). Builds dist/ first if it is not there.
// `node scripts/snippet.mjs --write-snippets` writes dist/snippets/<lang>.html (every language).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { importTs } from './import-ts.mjs';

/** The house styles of the configurator's picker (src/embed/house-styles.ts). */
const { HOUSE_STYLES } = await importTs('src/embed/house-styles.ts');

/**
 * Renders embeds for the given configurations (the defaults of the configurator, overridden by
 * each), from the built dist/: `[{ head, body }]`.
 */
export async function embeds(configs) {
  const { embed, DEFAULT_CONFIG } = await import('../dist/lib/embed.js');
  const dist = new URL('../dist/', import.meta.url);
  return Promise.all(configs.map((config) => embed({ ...DEFAULT_CONFIG, ...config }, dist)));
}

/** The options table (src/options.ts): each option a command-line option, `--` and its key in kebab case (`--src`: the script's address). */
const { OPTIONS: TABLE } = await importTs('src/options.ts');
const optionName = (key) => (key === 'scriptUrl' ? 'src' : key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`));
const OPTIONS = {
  ...Object.fromEntries(TABLE.map(({ key, kind }) => [optionName(key), { type: kind === 'flag' ? 'boolean' : 'string' }])),
  'write-snippets': { type: 'boolean' },
};

const USAGE = `usage: npm run --silent snippet -- [options]
prints the recommended embed as JSON, {"head": "…", "body": "…"}
options (each an attribute of the element, as the configurator sets it):
${Object.entries(OPTIONS)
  .map(([name, { type }]) => `  --${name}${type === 'string' ? ' <value>' : ''}`)
  .join('\n')}
house styles (--house-style): ${HOUSE_STYLES.map(({ id }) => id).join(', ')}`;

/** A house style's id; an unknown one is refused. */
function houseStyle(id) {
  if (!HOUSE_STYLES.some((candidate) => candidate.id === id)) refuse(`--house-style ${JSON.stringify(id)}: no such house style. Accepted: ${HOUSE_STYLES.map((candidate) => candidate.id).join(', ')}.`);
  return id;
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
  const { describe } = await importTs('src/features/warnings.ts');
  const { LOCALES } = await importTs('src/locale.ts');
  const config = { scriptUrl: 'mensenhandel-faq.js' };
  for (const { key, parse } of TABLE) {
    const given = values[optionName(key)];
    if (given === undefined) continue;
    const parsed = parse?.(given);
    if (parsed?.problem) refuse(describe(parsed.problem, LOCALES));
    // Lists and numbers as the element reads them; text as given.
    config[key] = parsed && typeof parsed.value !== 'string' ? (Array.isArray(parsed.value) ? [...parsed.value] : parsed.value) : given;
  }
  if (config.houseStyle !== undefined) houseStyle(config.houseStyle);
  // Options not given keep the configurator's defaults.
  return { config, writeSnippets: values['write-snippets'] };
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
  if (!existsSync('dist/lib/embed.js')) spawnSync('npm', ['run', 'build:widget'], { stdio: ['ignore', 2, 2] });
  const { config, writeSnippets: all } = await configOf(process.argv.slice(2));
  if (all) await writeSnippets();
  else process.stdout.write(`${JSON.stringify((await embeds([config]))[0])}\n`);
}
