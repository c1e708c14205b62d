// Custom Elements Manifest (`npm run analyze`): from the JSDoc of src/mensenhandel-faq.ts. The
// element's defaults come from `DEFAULTS` in src/attributes.ts; the manifest (and so docs/api.md's
// API table) shows their values, not the name.
import { importTs } from './scripts/import-ts.mjs';

/** The defaults as the manifest writes values: in JavaScript's notation (`'light'`, `2`). */
const DEFAULTS = Object.fromEntries(Object.entries((await importTs('src/attributes.ts')).DEFAULTS).map(([name, value]) => [name, JSON.stringify(value).replace(/"/g, "'")]));

/**
 * The analyzer records literal defaults only: for each `this.<property> = DEFAULTS.<name>` in the
 * element's constructor, record the value on the property and its attribute.
 */
function defaultsFromConstructor({ ts, node, moduleDoc }) {
  if (!ts.isConstructorDeclaration(node)) return;
  for (const statement of node.body?.statements ?? []) {
    const text = statement.getText();
    const match = /^this\.(\w+) = DEFAULTS\.(\w+);$/.exec(text);
    if (!match) continue;
    const [, property, name] = match;
    if (!(name in DEFAULTS)) throw new Error(`no DEFAULTS.${name}`);
    for (const declaration of moduleDoc.declarations ?? []) {
      for (const entry of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
        if (entry.name === property || entry.fieldName === property) entry.default = DEFAULTS[name];
      }
    }
  }
}

export default {
  globs: ['src/mensenhandel-faq.ts'],
  outdir: '.',
  litelement: true,
  plugins: [{ name: 'mensenhandel-faq:defaults', analyzePhase: defaultsFromConstructor }],
};
