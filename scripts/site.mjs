// The product site (`npm run release` → release/site/; `npm start` serves the same pages from
// demo/): the configurator (demo/index.html), the gallery (demo/gallery.html), a page per
// docs/*.md, the widget's own files in widget/ and the house styles' theme files in themes/.
// Every address is relative, so the site works from any sub-path of any static host, and
// nothing is loaded from another site.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { Marked } from 'marked';
import { files } from './zip.mjs';

/** The widget's files that a page loads: the self-host set (dist/ → widget/). */
export const BROWSER_FILES = ['mensenhandel-faq.js', 'mensenhandel-faq.css', 'mensenhandel-faq-text.css', 'locales', 'features', 'design-systems'];

/**
 * The built site's folders that are repository folders as they are: the widget's files
 * (dist/ → widget/) and the theme packages (node_modules/ → themes/). The dev server
 * (`npm start`) and web-test-runner serve these addresses from the repository.
 */
export const SITE_FOLDERS = [
  ['/demo/widget/', '/dist/'],
  ['/demo/themes/', '/node_modules/'],
];

/** The pages rendered from docs/*.md: `{ name, lang, title }`, webmasters' (Dutch) first. */
export function docPages() {
  return readdirSync('docs')
    .filter((file) => file.endsWith('.md'))
    .map((file) => {
      const text = readFileSync(join('docs', file), 'utf8');
      const lang = text.match(/^<!-- lang: ([a-z]{2}) -->/)?.[1] ?? 'en';
      const title = text.match(/^# (.+)$/m)?.[1] ?? file;
      return { name: file.replace(/\.md$/, ''), lang, title, text };
    })
    .sort((a, b) => Number(a.lang !== 'nl') - Number(b.lang !== 'nl') || a.name.localeCompare(b.name));
}

const ENTITIES = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function slugger() {
  const seen = new Map();
  return (text) => {
    const base = text
      .toLowerCase()
      .replace(/<[^>]+>/g, '')
      .replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity])
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .trim()
      .replace(/\s/g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count ? `${base}-${count}` : base;
  };
}

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A doc's Markdown as HTML for the site: headings get GitHub's anchors; links to other docs go
 * to their pages (`wordpress.md#x` → `wordpress.html#x`), `../README.md` to the site's home; a
 * link to a repository file that the site does not have is shown as its path; a table scrolls
 * in its own keyboard-reachable box.
 */
export function renderDoc(markdown) {
  const slug = slugger();
  const marked = new Marked({
    gfm: true,
    renderer: {
      heading({ tokens, depth }) {
        const html = this.parser.parseInline(tokens);
        return `<h${depth} id="${slug(html)}">${html}</h${depth}>\n`;
      },
      link({ href, title, tokens }) {
        const text = this.parser.parseInline(tokens);
        const target = href.replace(/^([\w-]+)\.md(?=$|#)/, '$1.html').replace(/^\.\.\/README\.md(?=$|#)/, '../index.html');
        if (target.startsWith('../') && !target.startsWith('../index.html')) return `${text} (<code>${escapeHtml(href.slice(3))}</code>)`;
        return `<a href="${escapeHtml(target)}"${title ? ` title="${escapeHtml(title)}"` : ''}>${text}</a>`;
      },
    },
  });
  // A wide table scrolls on its own, and can be scrolled by keyboard.
  return marked
    .parse(markdown.replace(/^<!-- lang: [a-z]{2} -->\n/, ''))
    .replace(/<table>/g, '<div class="table-scroll" tabindex="0"><table>')
    .replace(/<\/table>/g, '</table></div>');
}

/** The site's navigation, from a page `depth` folders below the site's root. */
export function navigation(current, depth = 0) {
  const up = '../'.repeat(depth);
  const link = (href, text, lang) =>
    `<li><a href="${up}${href}"${lang ? ` lang="${lang}"` : ''}${href === current ? ' aria-current="page"' : ''}>${text}</a></li>`;
  return [
    `<a class="brand" href="${up}./">&lt;mensenhandel-faq&gt;</a>`,
    '<nav aria-label="Site"><ul>',
    link('./', 'Configurator'),
    link('docs/wordpress.html', 'WordPress'),
    link('docs/website.html', 'Eigen website'),
    link('docs/portal.html', 'NL Design System'),
    link('gallery.html', 'Galerij'),
    link('docs/developers.html', 'Developers', 'en'),
    '</ul></nav>',
  ].join('');
}

/** A doc's page: the site's header, the doc, and a list of every doc. */
function docPage(page, pages, stylesheet, version) {
  const others = pages
    .map(({ name, lang, title }) => `<li><a href="${name}.html" lang="${lang}"${name === page.name ? ' aria-current="page"' : ''}>${escapeHtml(title)}</a></li>`)
    .join('');
  const allDocs = page.lang === 'nl' ? 'Alle pagina’s' : 'All pages';
  return `<!doctype html>
<html lang="${page.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)} — mensenhandel-faq</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${stylesheet}">
</head>
<body>
<header class="site-header" lang="nl">${navigation(`docs/${page.name}.html`, 1)}</header>
<main class="doc">
${renderDoc(page.text).replaceAll('%MHF_VERSION%', version)}
</main>
<footer class="doc-index"><h2>${allDocs}</h2><ul>${others}</ul></footer>
</body>
</html>
`;
}

/**
 * A theme's stylesheets and the files they point at (`@import`ed stylesheets, fonts), as
 * `[from, to]`: below node_modules/ in the repository, below themes/ in the site.
 */
function themeFiles(stylesheets) {
  const found = new Set();
  const visit = (file) => {
    if (found.has(file)) return;
    found.add(file);
    if (!file.endsWith('.css')) return;
    const css = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const references = [...css.matchAll(/url\(\s*["']?(?!data:)([^"')]+)["']?\s*\)|@import\s+["']([^"']+)["']/g)];
    for (const match of references) visit(join(dirname(file), match[1] ?? match[2]));
  };
  for (const path of stylesheets) visit(path.replace(/^\/node_modules\//, 'node_modules/'));
  return [...found].map((file) => [file, file.replace(/^node_modules\//, 'themes/')]);
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.md': 'text/markdown', '.png': 'image/png', '.zip': 'application/zip' };

/**
 * The Vite plugin for the site: `%MHF_VERSION%` in the pages; on the dev server (`npm start`,
 * demo/ at /demo/) the same addresses as the built site (widget/, themes/, docs/, downloads/);
 * in the site's build (`build`) the doc pages, their images, and the widget and theme files.
 */
export function productSite({ version, houseStyleSheets, build }) {
  let outDir;
  return {
    name: 'mensenhandel-faq:product-site',
    // The HTML pages (demo/*.html) get the version and the site's navigation.
    transformIndexHtml: (html, { filename }) =>
      html
        .replaceAll('%MHF_VERSION%', version)
        .replace('<!-- site navigation -->', navigation(basename(filename) === 'index.html' ? './' : basename(filename))),
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
        if (path === '/') {
          response.writeHead(302, { Location: '/demo/' });
          return response.end();
        }
        const doc = path.match(/^\/demo\/docs\/([\w-]+)\.html$/);
        if (doc && existsSync(`docs/${doc[1]}.md`)) {
          const pages = docPages();
          response.writeHead(200, { 'content-type': TYPES['.html'] });
          return response.end(docPage(pages.find((page) => page.name === doc[1]), pages, '../demo.css', version));
        }
        // The built site's folders, from where they are in the repository.
        const served = [
          ...SITE_FOLDERS,
          ['/demo/downloads/', 'release/'],
          ['/demo/docs/', 'docs/'],
        ].find(([prefix]) => path.startsWith(prefix));
        if (!served) return next();
        const [prefix, folder] = served;
        if (folder.startsWith('/')) {
          request.url = folder + request.url.slice(prefix.length);
          return next();
        }
        const file = join(folder, path.slice(prefix.length));
        if (!file.startsWith(folder) || !existsSync(file) || statSync(file).isDirectory()) return next();
        response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        return response.end(readFileSync(file));
      });
    },
    configResolved(config) {
      if (build) outDir = resolve(config.root, config.build.outDir);
    },
    generateBundle(_options, bundle) {
      if (!outDir) return;
      // The site's one stylesheet (demo/demo.css), which the doc pages share.
      const stylesheet = Object.values(bundle).find((file) => file.fileName.endsWith('.css'));
      if (!stylesheet) throw new Error('the site has no stylesheet');
      const pages = docPages();
      for (const page of pages) this.emitFile({ type: 'asset', fileName: `docs/${page.name}.html`, source: docPage(page, pages, `../${stylesheet.fileName}`, version) });
      for (const image of files('docs').filter((file) => file.endsWith('.png'))) this.emitFile({ type: 'asset', fileName: image, source: readFileSync(image) });
    },
    closeBundle() {
      if (!outDir) return;
      // The widget's files, and the styles the configurator's embed carries (src/embed/).
      for (const name of [...BROWSER_FILES, 'mensenhandel-faq.embed.js']) cpSync(join('dist', name), join(outDir, 'widget', name), { recursive: true });
      for (const [from, to] of themeFiles(houseStyleSheets)) {
        mkdirSync(dirname(join(outDir, to)), { recursive: true });
        cpSync(from, join(outDir, to));
      }
    },
  };
}
