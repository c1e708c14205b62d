/**
 * The gallery (the product site's gallery.html): the widget live in every house style, each
 * dressed by its theme's own stylesheets from its npm package (copied to themes/), and in every
 * language. Language names come from the language menu's own endonyms.
 */
import { endonym } from '../src/features/language-menu.js';
import { directionOf, LOCALES, type Locale } from '../src/locale.js';
import { HOUSE_STYLES, themeHref } from '../src/embed/house-styles.js';

const themes = new URL('themes/', document.baseURI);

/** A titled cell with one widget, the widget's heading levels below the cell's. */
function cell(title: string, attributes: Record<string, string>, titleLang?: Locale): HTMLElement {
  const section = document.createElement('section');
  const heading = document.createElement('h3');
  heading.textContent = title;
  if (titleLang) Object.assign(heading, { lang: titleLang, dir: directionOf(titleLang) });
  const widget = document.createElement('mensenhandel-faq');
  for (const [name, value] of Object.entries({ 'heading-level': '4', open: '1', ...attributes })) widget.setAttribute(name, value);
  section.append(heading, widget);
  return section;
}

/** Loads a theme's stylesheet; resolves when it has arrived (or failed: the cell then shows our own look). */
function stylesheet(path: string): Promise<unknown> {
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: themeHref(path, themes) });
  document.head.append(link);
  return new Promise((resolve) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', resolve, { once: true });
  });
}

// As on a portal, the theme is there before the widget: it picks its design system's adapter
// from the tokens it inherits when it first renders.
await Promise.all(HOUSE_STYLES.flatMap((style) => style.stylesheets).map(stylesheet));
for (const style of HOUSE_STYLES) {
  const section = cell(style.name, {});
  section.classList.add(style.className);
  document.querySelector('#house-styles')!.append(section);
}

for (const code of LOCALES) {
  document.querySelector('#languages')!.append(cell(endonym(code), { lang: code }, code));
}
