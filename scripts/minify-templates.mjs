// Minifies the text of the `css` and `html` tagged template literals in our sources at build time
// (the JavaScript minifier leaves template text alone: a tenth of the entry's bytes would be
// indentation). CSS goes through Lightning CSS (already Vite's); HTML only loses the whitespace
// that indentation adds. Templates are found with the TypeScript parser, so both work on the
// Node.js the README and docs/development.md name (20.19+).
import { transform } from 'lightningcss';
import ts from 'typescript';

/** A stand-in for `${…}` while a template's text is minified as one string. */
const PLACEHOLDER = '@TEMPLATE_EXPRESSION';

/** Each `css`/`html` tagged template: its tag and the text spans between its expressions. */
function templates(code, fileName) {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const found = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && ['css', 'html'].includes(node.tag.text)) {
      const template = node.template;
      // Spans of raw text, without the backtick, `${` and `}` around them.
      const spans = ts.isNoSubstitutionTemplateLiteral(template)
        ? [[template.getStart() + 1, template.end - 1]]
        : [
            [template.head.getStart() + 1, template.head.end - 2],
            ...template.templateSpans.map(({ literal }) => [literal.getStart() + 1, literal.end - (ts.isTemplateTail(literal) ? 1 : 2)]),
          ];
      found.push({ tag: node.tag.text, spans });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function minifyCss(text) {
  const run = (css) => transform({ filename: 'style.css', code: Buffer.from(css), minify: true }).code.toString();
  try {
    return run(text);
  } catch {
    // A fragment of declarations (a theme's custom properties): minify it inside a rule.
    const wrapped = run(`.__fragment__{${text}}`);
    return wrapped.slice('.__fragment__{'.length, -1);
  }
}

/**
 * Drops the whitespace that indentation adds: a line break with its indentation next to a tag
 * goes, elsewhere it becomes one space. (Our templates break lines between inline siblings only
 * inside flex containers, where that whitespace does not render.)
 */
const minifyHtml = (text) =>
  text
    .replace(/<!--(?:(?!-->)[\s\S])*-->/g, '')
    .replace(/>\s*\n\s*/g, '>')
    .replace(/\s*\n\s*(?=<|\/?>)/g, '')
    .replace(/^\s*\n\s*|\s*\n\s*$/g, '')
    .replace(/\s*\n\s*/g, ' ');

/** The minified source, or null if nothing changed. A template that cannot be minified is left as it is. */
export function minifyTemplates(code, fileName) {
  const edits = [];
  for (const { tag, spans } of templates(code, fileName)) {
    const texts = spans.map(([start, end]) => code.slice(start, end));
    if (texts.some((text) => text.includes(PLACEHOLDER))) continue;
    let minified;
    try {
      const joined = texts.join(PLACEHOLDER);
      minified = (tag === 'css' ? minifyCss(joined) : minifyHtml(joined))
        .replaceAll(new RegExp(`(${PLACEHOLDER})\\s+:\\s*`, 'g'), '$1:')
        .replaceAll(new RegExp(`(${PLACEHOLDER})\\s*;(?=})`, 'g'), '$1')
        .split(PLACEHOLDER);
    } catch {
      continue;
    }
    if (minified.length === spans.length) spans.forEach(([start, end], i) => edits.push([start, end, minified[i]]));
  }
  // Spans never overlap (nested templates sit in their parent's expressions): apply from the end.
  let result = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) result = result.slice(0, start) + text + result.slice(end);
  return result === code ? null : result;
}
