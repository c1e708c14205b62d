import { defineConfig, type Plugin } from 'vite';

/**
 * Collapses the white space inside `css` template literals of `*.styles.ts` files. The
 * minifier leaves template-literal text alone, and our styles are a third of the entry's bytes.
 */
function minifyStyles(): Plugin {
  return {
    name: 'mensenhandel-faq:minify-styles',
    transform(code, id) {
      if (!id.endsWith('.styles.ts')) return null;
      return code.replace(/css`([^`]*)`/g, (_, text: string) => {
        const minified = text
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/ ?([{};,>]) ?/g, '$1')
          .replace(/: /g, ':')
          .replace(/;}/g, '}')
          .trim();
        return `css\`${minified}\``;
      });
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
      return code.replace(
        /import\s*\{\s*str\s*\}\s*from\s*['"]@lit\/localize['"];?/,
        'const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({ strTag: true as const, strings, values });',
      );
    },
  };
}

/** The dev server shows the demo at its root address. */
function demoAtRoot(): Plugin {
  return {
    name: 'mensenhandel-faq:demo-at-root',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url !== '/') return next();
        response.writeHead(302, { Location: '/demo/' });
        response.end();
      });
    },
  };
}

// Library build: `dist/mensenhandel-faq.js` is the one file a page loads. Lit and the Dutch
// content are inside it; each other language is a lazy chunk beside it, fetched by a relative
// `import()` (so it resolves against the entry's own URL) only when a widget needs it.
export default defineConfig({
  plugins: [minifyStyles(), selfContainedLocales(), demoAtRoot()],
  build: {
    target: 'es2022',
    minify: true,
    sourcemap: false,
    lib: {
      entry: 'src/define.ts',
      formats: ['es'],
      fileName: () => 'mensenhandel-faq.js',
    },
    rollupOptions: {
      // Keeps Lit inside the entry instead of splitting it into an extra, eagerly loaded chunk.
      preserveEntrySignatures: 'allow-extension',
      output: {
        chunkFileNames: 'locales/[name]-[hash].js',
        minify: true,
      },
    },
  },
});
