/**
 * The NL Design System house styles the widget follows, from their released npm packages (the
 * versions pinned in package.json): the configurator's "Huisstijl" picker, `npm run snippet
 * --house-style`, the house-style tests and the screenshots in docs/portal.md all use this one list.
 */
import type { AdapterName } from '../chunks.js';

export interface HouseStyle {
  id: string;
  /** As a Dutch municipal developer knows it. */
  name: string;
  /** The npm package with the theme's tokens. */
  package: string;
  /** The class a portal puts on `<body>`. */
  className: string;
  /** The theme's stylesheets (tokens, fonts from the package itself), root-relative. */
  stylesheets: string[];
  /** Which accordion the portal itself uses (see test/house-styles/reference.ts). */
  accordion: 'utrecht' | 'denhaag' | 'amsterdam';
  /**
   * The design-system adapters the widget loads under this theme (those whose tokens it sets:
   * src/chunks.ts `DESIGN_SYSTEMS`); the embed prerenders their styles (tested against the element).
   */
  adapters: readonly AdapterName[];
}

const modules = '/node_modules';

/** Where a house style's stylesheet (named under /node_modules/) is, when `themes` stands for /node_modules/. */
export const themeHref = (path: string, themes: URL) => new URL(path.replace(/^\/node_modules\//, ''), themes).href;

export const HOUSE_STYLES: readonly HouseStyle[] = [
  {
    id: 'utrecht',
    name: 'Gemeente Utrecht',
    package: '@utrecht/design-tokens',
    className: 'utrecht-theme',
    stylesheets: [`${modules}/@utrecht/design-tokens/dist/index.css`],
    accordion: 'utrecht',
    adapters: ['utrecht'],
  },
  {
    id: 'rijkshuisstijl',
    name: 'Rijkshuisstijl (community)',
    package: '@rijkshuisstijl-community/design-tokens',
    className: 'rhc-theme',
    stylesheets: [`${modules}/@rijkshuisstijl-community/design-tokens/dist/index.css`],
    accordion: 'utrecht',
    adapters: ['utrecht'],
  },
  {
    id: 'nijmegen',
    name: 'Gemeente Nijmegen',
    package: '@gemeentenijmegen/design-tokens',
    className: 'nijmegen-theme',
    stylesheets: [`${modules}/@gemeentenijmegen/design-tokens/dist/index.css`],
    accordion: 'utrecht',
    adapters: ['utrecht'],
  },
  {
    id: 'voorbeeld',
    name: 'Voorbeeld (NL Design System)',
    package: '@nl-design-system-unstable/voorbeeld-design-tokens',
    className: 'voorbeeld-theme',
    stylesheets: [`${modules}/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css`],
    accordion: 'utrecht',
    adapters: ['utrecht'],
  },
  {
    id: 'rotterdam',
    name: 'Gemeente Rotterdam',
    package: '@nl-design-system-unstable/rotterdam-design-tokens',
    className: 'rotterdam-theme',
    // Not its font.css: that one loads a font from rotterdam.nl.
    stylesheets: [`${modules}/@nl-design-system-unstable/rotterdam-design-tokens/dist/index.css`],
    accordion: 'utrecht',
    adapters: ['utrecht'],
  },
  {
    id: 'denhaag',
    name: 'Gemeente Den Haag',
    package: '@gemeente-denhaag/design-tokens-components',
    className: 'denhaag-theme',
    stylesheets: [`${modules}/@gemeente-denhaag/design-tokens-components/dist/theme/index.css`],
    accordion: 'denhaag',
    adapters: ['utrecht', 'denhaag'],
  },
  {
    id: 'amsterdam',
    name: 'Gemeente Amsterdam',
    package: '@amsterdam/design-system-tokens',
    className: 'ams-theme',
    stylesheets: [`${modules}/@amsterdam/design-system-tokens/dist/index.theme.css`, `${modules}/@amsterdam/design-system-assets/font/index.css`],
    accordion: 'amsterdam',
    adapters: ['amsterdam'],
  },
];
