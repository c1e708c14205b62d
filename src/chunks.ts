/**
 * The registry of lazy chunks: the optional features and design-system adapters, each a file
 * that only widgets using it load, all with one contract (src/features/feature.ts): the chunk's
 * `attach` makes the element's controller for it. Here: how each loads (`FEATURES`), which
 * design system's tokens load an adapter (`DESIGN_SYSTEMS`) and where each file is (`FILES`: the
 * embed, src/embed/, preloads them and prerenders their styles). Adding one is a file and a line
 * in each table here.
 */
export const FEATURES = {
  menu: () => import('./features/language-menu.js'),
  exit: () => import('./features/quick-exit.js'),
  data: () => import('./features/structured-data.js'),
  links: () => import('./features/links.js'),
  help: () => import('./features/help.js'),
  dark: () => import('./features/dark-theme.js'),
  // Design-system adapters: see src/design-systems/.
  utrecht: () => import('./design-systems/utrecht.js'),
  denhaag: () => import('./design-systems/denhaag.js'),
  amsterdam: () => import('./design-systems/amsterdam.js'),
};
export type FeatureName = keyof typeof FEATURES;
/** The design-system adapters among them. */
export type AdapterName = (typeof DESIGN_SYSTEMS)[number][0];

/** Each chunk's file beside the entry (its folder from its source's: vite.config.ts `chunkFolder`). */
export const FILES: { [name in FeatureName]: string } = {
  menu: 'features/language-menu.js',
  exit: 'features/quick-exit.js',
  data: 'features/structured-data.js',
  links: 'features/links.js',
  help: 'features/help.js',
  dark: 'features/dark-theme.js',
  utrecht: 'design-systems/utrecht.js',
  denhaag: 'design-systems/denhaag.js',
  amsterdam: 'design-systems/amsterdam.js',
};
/** Each feature's controller, once it has arrived. */
export type Features = { [name in FeatureName]?: ReturnType<Awaited<ReturnType<(typeof FEATURES)[name]>>['attach']> };

/**
 * A design system is on the page when the widget inherits any of its tokens (a portal's theme
 * class on an ancestor): one of its accordion, button or document tokens, so a theme that sets
 * only some of them counts. Its adapter then loads, and a widget's first render waits for it.
 */
export const DESIGN_SYSTEMS = [
  ['utrecht', ['--utrecht-accordion-button-color', '--utrecht-button-color', '--utrecht-document-font-family']],
  ['denhaag', ['--denhaag-accordion-font-family', '--denhaag-button-border-width']],
  ['amsterdam', ['--ams-accordion-gap', '--ams-accordion-button-color', '--ams-typography-font-family']],
] as const satisfies readonly (readonly [FeatureName, readonly string[]])[];
