/**
 * From the element's templates to the embed's markup, on the server and in the browser alike:
 * Lit's own server renderer (@lit-labs/ssr) renders a template to HTML, parse5 reads it back as
 * a tree, and the tree is serialised the way a browser serialises a DOM (`innerHTML`), without
 * Lit's comment markers (they are for hydration, which the element does not use: it replaces
 * prerendered content). `withoutScript` makes the widget's shadow content work without a script.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { defaultTreeAdapter as tree, parseFragment, serialize, serializeOuter, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];
type Element = DefaultTreeAdapterMap['element'];

const isElement = (node: Node): node is Element => 'tagName' in node;
const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value;
const setAttribute = (element: Element, name: string, value: string) => {
  removeAttribute(element, name);
  element.attrs.push({ name, value });
};
const removeAttribute = (element: Element, name: string) => {
  element.attrs = element.attrs.filter((attr) => attr.name !== name);
};
const create = (tagName: string, attrs: Record<string, string>) =>
  tree.createElement(tagName, 'http://www.w3.org/1999/xhtml' as Element['namespaceURI'], Object.entries(attrs).map(([name, value]) => ({ name, value })));
/** Moves every child of `from` to the end of `to`. */
const moveChildren = (from: ParentNode, to: ParentNode) => {
  for (const child of [...from.childNodes]) {
    tree.detachNode(child);
    tree.appendChild(to, child);
  }
};
const replace = (old: Element, replacement: Element) => {
  tree.insertBefore(old.parentNode!, replacement, old);
  tree.detachNode(old);
};

/** Every element under `root` (depth first, in document order) that `match` accepts. */
function all(root: ParentNode, match: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  const walk = (node: ParentNode) => {
    for (const child of node.childNodes) {
      if (!isElement(child)) continue;
      if (match(child)) found.push(child);
      walk(child);
    }
  };
  walk(root);
  return found;
}
const hasClass = (name: string) => (element: Element) => (attribute(element, 'class') ?? '').split(/\s+/).includes(name);
const hasPart = (name: string) => (element: Element) => (attribute(element, 'part') ?? '').split(/\s+/).includes(name);

/**
 * Removes the comments (Lit's markers) under `root`, and the whitespace that the templates'
 * indentation adds, as the build's template minifier does (scripts/minify-templates.mjs): a line
 * break with its indentation at the start or end of a text goes, elsewhere it becomes one space.
 * The markup is then the same whether the templates came minified or not.
 */
function tidy(root: ParentNode): void {
  for (const child of [...root.childNodes]) {
    if (tree.isCommentNode(child)) tree.detachNode(child);
    else if (tree.isTextNode(child)) {
      child.value = child.value.replace(/^\s*\n\s*|\s*\n\s*$/g, '').replace(/\s*\n\s*/g, ' ');
      if (!child.value) tree.detachNode(child);
    } else if (isElement(child)) tidy(child);
  }
}

/**
 * A template rendered on the server, as a tree without Lit's markers. It renders as the content
 * of a shadow root (the renderer accepts `<slot>` only there), of a host it need not know.
 */
export function rendered(template: unknown): DefaultTreeAdapterMap['documentFragment'] {
  const inShadowRoot = { customElementHostStack: [{}] } as unknown as Parameters<typeof render>[1];
  const fragment = parseFragment(collectResultSync(render(template, inShadowRoot)));
  tidy(fragment);
  return fragment;
}

/** Each element at the top of a rendered template, as markup. */
export const topElements = (template: unknown): string[] => rendered(template).childNodes.filter(isElement).map((element) => serializeOuter(element));

/**
 * The widget's shadow content (rendered `shell`) as markup that works without a script. Each
 * question is a `<details>` (which opens without a script; with `single`, one group, so opening
 * one closes the others) whose `<summary>` holds the question's heading, with a `<span>` in place
 * of the button; the answers lose the region role that their button names. What is left needs
 * the script (buttons, the language menu): kept in place (the prerendered styles hide it, so
 * nothing moves when the script arrives), without states it cannot change, and kept out of
 * search results (`data-nosnippet`).
 */
export function withoutScript(template: unknown, single: boolean): string {
  const fragment = rendered(template);
  for (const item of all(fragment, hasClass('item'))) {
    const [button] = all(item, hasClass('question'));
    const [heading] = all(item, hasPart('heading'));
    const [answer] = all(item, hasClass('answer'));
    const question = create('span', { class: attribute(button!, 'class')!, part: attribute(button!, 'part')!, id: attribute(button!, 'id')! });
    moveChildren(button!, question);
    replace(button!, question);
    const details = create('details', { class: 'item' });
    if (attribute(button!, 'aria-expanded') === 'true') setAttribute(details, 'open', '');
    if (single) setAttribute(details, 'name', 'question');
    const summary = create('summary', {});
    tree.detachNode(heading!);
    tree.appendChild(summary, heading!);
    removeAttribute(answer!, 'hidden');
    for (const body of all(answer!, hasClass('answer-body'))) for (const name of ['role', 'aria-labelledby']) removeAttribute(body, name);
    tree.detachNode(answer!);
    tree.appendChild(details, summary);
    tree.appendChild(details, answer!);
    replace(item, details);
  }
  for (const control of all(fragment, (element) => element.tagName === 'button' || element.tagName === 'label')) {
    removeAttribute(control, 'aria-expanded');
    const text = create('span', { 'data-nosnippet': '' });
    moveChildren(control, text);
    tree.appendChild(control, text);
  }
  for (const menu of all(fragment, (element) => element.tagName === 'select')) setAttribute(menu.parentNode as Element, 'data-nosnippet', '');
  return serialize(fragment);
}
