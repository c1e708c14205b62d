import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { HOUSE_STYLES } from './src/embed/house-styles.js';
import { minifyTemplates as minifyTemplateText } from './scripts/minify-templates.mjs';
import { productSite } from './scripts/site.mjs';

/** Minifies the text of the `html` and `css` template literals in our sources (scripts/minify-templates.mjs). */
function minifyTemplates(): Plugin {
  return {
    name: 'mensenhandel-faq:minify-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/(?!generated\/)[\w./-]+\.ts$/.test(id)) return null;
      return minifyTemplateText(code, id);
    },
  };
}

/**
 * Drops the `desc` of messages from the build: notes for translators, which `lit-localize
 * extract` reads from the source and writes to the XLIFF files; the element never uses them.
 */
function stripMessageNotes(): Plugin {
  return {
    name: 'mensenhandel-faq:strip-message-notes',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/(content|features\/[\w-]+)\.ts$/.test(id)) return null;
      // `map: null`: lines stay where they were, so the source maps of dist/lib/ stay right.
      return { code: code.replace(/,\s*desc:\s*(['"`])(?:\\.|(?!\1)[^\\])*\1/g, ''), map: null };
    },
  };
}

/**
 * Gives each generated locale module its own copy of @lit/localize's one-line `str` tag, so a
 * language chunk imports nothing: no extra request, and never a second copy of the entry.
 */
function selfContainedLocales(): Plugin {
  return {
    name: 'mensenhandel-faq:self-contained-locales',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('/src/generated/locales/')) return null;
      // One line for one line (`map: null`: lines stay where they were).
      const selfContained = code.replace(
        /import\s*\{\s*str\s*\}\s*from\s*['"]@lit\/localize['"];?/,
        'const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({ strTag: true as const, strings, values });',
      );
      return { code: selfContained, map: null };
    },
  };
}

/**
 * The folder of a lazy chunk follows from its source: src/features/x.ts → features/x.js,
 * src/design-systems/x.ts → design-systems/x.js, a generated language → locales/x.js. Adding a
 * feature or an adapter needs no list here.
 */
function chunkFolder(source: string | null): string | undefined {
  const match = /\/src\/(features|design-systems|generated\/locales)\/[\w-]+\.ts$/.exec(source ?? '');
  return match ? (match[1] === 'generated/locales' ? 'locales' : match[1]) : undefined;
}

interface Build {
  entry: Record<string, string>;
  outDir: string;
  /** Empty the output folder first (only the first build of `npm run build` does). */
  empty?: boolean;
  /** Lit stays an import (a peer dependency) instead of being bundled. */
  litExternal?: boolean;
  /** Every language inside the one file: no lazy chunks. */
  inlineLanguages?: boolean;
  /** For bundlers (which minify for themselves): readable modules with source maps. */
  readable?: boolean;
}

/** The builds in `dist/`, one per `vite build --mode <name>`; `npm run build` runs them all. */
const BUILDS: Record<string, Build> = {
  // `dist/mensenhandel-faq.js`, the one file a page loads: Lit and the Dutch content inside; each
  // other language a lazy chunk in `dist/locales/`, fetched by a relative `import()` (so it
  // resolves against the entry's own URL) only when a widget needs it.
  production: { entry: { 'mensenhandel-faq': 'src/define.ts' }, outDir: 'dist', empty: true },
  // `dist/mensenhandel-faq.all.js`: every language inside, one request, so it can carry a
  // Subresource Integrity hash (lazy chunks cannot).
  all: { entry: { 'mensenhandel-faq.all': 'src/define.ts' }, outDir: 'dist', inlineLanguages: true },
  // `dist/lib/`: ES modules that import Lit, for apps that already ship it (no second copy), and
  // the embed (`mensenhandel-faq/embed`), which renders with Lit's server renderer and parse5.
  lib: { entry: { index: 'src/index.ts', define: 'src/define.ts', embed: 'src/embed/index.ts' }, outDir: 'dist/lib', empty: true, litExternal: true, readable: true },
};

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/** The product site's plugin: the demo on the dev server, and `vite build --mode site`. */
const site = (build: boolean) => productSite({ version, houseStyleSheets: HOUSE_STYLES.flatMap((style) => style.stylesheets), build });

/**
 * `vite build --mode site` (`npm run release`): the product site from demo/ into release/site/,
 * every address relative (`base: './'`), so it works from any sub-path of any static host.
 */
const SITE: UserConfig = {
  root: 'demo',
  base: './',
  plugins: [site(true)],
  build: {
    target: 'es2022',
    outDir: '../release/site',
    emptyOutDir: true,
    rollupOptions: { input: { index: resolve('demo/index.html'), gallery: resolve('demo/gallery.html') } },
  },
};

export default defineConfig(({ mode }) => {
  if (mode === 'site') return SITE;
  const build = BUILDS[mode] ?? BUILDS.production!;
  return {
    plugins: [stripMessageNotes(), ...(build.readable ? [] : [minifyTemplates()]), selfContainedLocales(), site(false)],
    build: {
      target: 'es2022',
      // Terser: about 100 bytes (gzip) smaller than the default minifier on the entry, whose budget is tight.
      minify: build.readable ? false : 'terser',
      terserOptions: { module: true, ecma: 2022, compress: { passes: 3, keep_fargs: false } },
      sourcemap: Boolean(build.readable),
      outDir: build.outDir,
      emptyOutDir: build.empty ?? false,
      lib: {
        entry: build.entry,
        formats: ['es'],
        fileName: (_format: string, name: string) => `${name}.js`,
      },
      rollupOptions: {
        external: build.litExternal ? (id: string) => /^(lit|@lit\/reactive-element|lit-html|lit-element|@lit-labs\/ssr|parse5)(\/|$)/.test(id) : [],
        // Keeps Lit inside the entry instead of splitting it into an extra, eagerly loaded chunk.
        preserveEntrySignatures: 'allow-extension',
        output: {
          // Each lazy chunk beside the entry, in the folder its source's path gives (chunkFolder).
          chunkFileNames: ({ facadeModuleId }: { facadeModuleId: string | null }) => {
            const folder = chunkFolder(facadeModuleId);
            return folder ? `${folder}/[name].js` : '[name].js';
          },
          minify: !build.readable,
          // Pure-call annotations help only bundlers, which use dist/lib/: drop them elsewhere.
          comments: Boolean(build.readable),
          codeSplitting: !build.inlineLanguages,
        },
      },
    },
  };
});
