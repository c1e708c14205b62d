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
  plugins: [minifyStyles(), demoAtRoot()],
  build: {
    target: 'es2021',
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
      // The generated locale modules import `str` from @lit/localize, whose package does not
      // declare itself free of side effects; it is, so only `str` ends up in the chunks.
      treeshake: { moduleSideEffects: (id: string) => !id.includes('/@lit/localize/') },
      output: {
        chunkFileNames: 'locales/[name]-[hash].js',
        minify: true,
      },
    },
  },
});
