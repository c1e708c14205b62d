import type { Plugin } from 'vite';

/** The product site's Vite plugin (scripts/site.mjs). */
export function productSite(options: { version: string; houseStyleSheets: string[]; build: boolean }): Plugin;
