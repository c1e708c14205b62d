// The API tables in docs/api.md (written by `npm run docs`) agree with custom-elements.json, which
// the build generates from JSDoc, and both cover the whole public contract; docs/portal.md names
// every house style. (test/node/docs.test.mjs checks the README's size, versions and links.)
import { expect } from '@open-wc/testing';
import './helpers.js';

interface Declaration {
  tagName?: string;
  attributes: { name: string; fieldName?: string }[];
  events: { name: string }[];
  cssParts: { name: string }[];
  slots: { name: string }[];
  cssProperties: { name: string }[];
}

const load = async () => {
  const manifest = await (await fetch('/custom-elements.json')).json();
  const element = manifest.modules
    .flatMap((module: { declarations?: Declaration[] }) => module.declarations ?? [])
    .find((declaration: Declaration) => declaration.tagName === 'mensenhandel-faq') as Declaration;
  const api = await (await fetch('/docs/api.md')).text();
  const portal = await (await fetch('/docs/portal.md')).text();
  return { element, api, portal };
};

describe('documentation', () => {
  it('custom-elements.json documents every attribute, the event, the parts', async () => {
    const { element } = await load();
    expect(element.attributes.map((a) => a.name)).to.have.members([
      'id',
      'lang',
      'theme',
      'questions',
      'open',
      'single',
      'heading-level',
      'hide-title',
      'hide-expand-all',
      'languages',
      'exit-url',
      'structured-data',
    ]);
    expect(element.events.map((e) => e.name)).to.deep.equal(['mensenhandel-faq-toggle']);
    expect(element.cssParts.map((p) => p.name)).to.include.members(['question', 'answer']);
  });

  it('documents every custom property the styles read, and no other', async () => {
    const { element } = await load();
    // With every optional feature, so their styles are there too.
    const host = Object.assign(document.createElement('mensenhandel-faq'), { id: 'docs', languages: 'all', exitUrl: 'https://example.org/' });
    host.innerHTML = '<div slot="help">0800-0000</div>';
    document.body.append(host);
    await host.updateComplete;
    const sheets = host.shadowRoot!.adoptedStyleSheets;
    const used = new Set(sheets.flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText).join(' ').match(/--mensenhandel-faq-[\w-]+/g) ?? []));
    host.remove();
    expect(element.cssProperties.map((p) => p.name)).to.have.members([...used]);
  });

  it('docs/api.md has a table row for each attribute, event, part and custom property', async () => {
    const { element, api } = await load();
    const rows = api.split('\n').filter((line) => line.startsWith('| `'));
    const documented = (text: string) => rows.some((row) => row.startsWith(`| \`${text}\``));
    for (const a of element.attributes) expect(documented(a.name), a.name).to.be.true;
    for (const e of element.events) expect(documented(e.name), e.name).to.be.true;
    for (const p of element.cssParts) expect(documented(`::part(${p.name})`), p.name).to.be.true;
    expect(element.slots.map((slot) => slot.name)).to.deep.equal(['help']);
    for (const slot of element.slots) expect(documented(slot.name), slot.name).to.be.true;
    for (const p of element.cssProperties) expect(documented(p.name), p.name).to.be.true;
    const names = rows.map((row) => row.match(/^\| `([^`]+)`/)![1]!);
    const known = [
      ...element.attributes.map((a) => a.name),
      ...element.events.map((e) => e.name),
      ...element.cssParts.map((p) => `::part(${p.name})`),
      ...element.cssProperties.map((p) => p.name),
    ];
    const apiRows = names.filter((name) => /^(--mensenhandel-faq|::part|mensenhandel-faq-)/.test(name));
    for (const name of apiRows) expect(known, `docs/api.md documents unknown ${name}`).to.include(name);
  });

  it('docs/portal.md names every house style the widget follows, with its package', async () => {
    const { portal } = await load();
    const { HOUSE_STYLES } = await import('../src/embed/house-styles.js');
    for (const style of HOUSE_STYLES) {
      expect(portal, style.name).to.contain(style.name);
      expect(portal, style.package).to.contain(`\`${style.package}\``);
    }
  });
});
