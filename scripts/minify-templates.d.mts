/** The source with its `css` and `html` template text minified, or null if nothing changed. */
export function minifyTemplates(code: string, fileName: string): string | null;
