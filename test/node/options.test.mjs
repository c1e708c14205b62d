// One option, one place: the options table (src/options.ts) against every consumer that states
// the options again in its own language: the element (its properties and attributes), the
// configurator's form (demo/index.html), the WordPress block (block.json), the plugin's PHP
// lists, the command line and the API documentation. (The embed's start tag and the command
// line are made from the table; the fuzz test takes its attributes from it.)
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { importTs } from '../../scripts/import-ts.mjs';

const { OPTIONS, DEFAULT_CONFIG } = await importTs('src/options.ts');
const { THEMES } = await importTs('src/attributes.ts');
const { MensenhandelFaq } = await import('../../dist/lib/index.js');
const withAttribute = OPTIONS.filter(({ attribute }) => attribute);
const camel = (name) => name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
const sorted = (list) => [...list].sort();

describe('the options table (src/options.ts)', () => {
  it('the element observes exactly the attributes of the table', () => {
    assert.deepEqual(sorted(MensenhandelFaq.observedAttributes), sorted(withAttribute.map(({ attribute }) => attribute.name)));
  });

  it('each attribute is a reflected property of the element (native: id, lang), boolean where the table says so', () => {
    for (const { attribute } of withAttribute) {
      if (['id', 'lang'].includes(attribute.name)) continue;
      const declared = MensenhandelFaq.elementProperties.get(camel(attribute.name));
      assert.ok(declared, attribute.name);
      // Lit's default attribute: the property's name in lower case.
      assert.equal(typeof declared.attribute === 'string' ? declared.attribute : camel(attribute.name).toLowerCase(), attribute.name);
      assert.equal(declared.reflect, true, attribute.name);
      assert.equal(declared.type === Boolean, attribute.boolean, attribute.name);
    }
  });

  it('the defaults are the element’s: a new element reads them', () => {
    const element = new MensenhandelFaq();
    assert.equal(element.theme, DEFAULT_CONFIG.theme);
    assert.equal(element.headingLevel, DEFAULT_CONFIG.headingLevel);
    for (const { key, attribute } of withAttribute) if (attribute.boolean) assert.equal(element[camel(attribute.name)], DEFAULT_CONFIG[key], key);
  });

  it('the configurator has a field for each option, named by its key, with its label', () => {
    const page = readFileSync('demo/index.html', 'utf8');
    const text = page.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    for (const { key, label } of OPTIONS) {
      // The questions and what is open: one list of rows, with a "show" and an "open" box each (demo/configurator.ts).
      const field = ['questions', 'open'].includes(key) ? /<ol id="questions"/ : new RegExp(`<(input|select|textarea)\\b[^>]*\\bname="${key}"`);
      assert.match(page, field, key);
      assert.ok(text.includes(label), `${key}: label "${label}"`);
    }
  });

  it('the WordPress block keeps the options the table gives it, with the table’s defaults', () => {
    const { attributes } = JSON.parse(readFileSync('wordpress/block/block.json', 'utf8'));
    assert.deepEqual(sorted(Object.keys(attributes)), sorted(OPTIONS.filter(({ block }) => block).map(({ key }) => key)));
    for (const { key, kind, default: value } of OPTIONS.filter(({ block }) => block)) {
      const saved = attributes[key];
      if (kind === 'flag') assert.deepEqual([saved.type, saved.default], ['boolean', value], key);
      else if (Array.isArray(value)) assert.deepEqual([saved.type, saved.default], ['array', value], key);
      else if (typeof value === 'number') assert.deepEqual([saved.type, saved.default], ['integer', value], key);
      else if (key === 'help') assert.deepEqual([saved.type, saved.default], ['array', []], key);
      else assert.deepEqual([saved.type, saved.default], ['string', value ?? ''], key);
    }
    assert.deepEqual(attributes.theme.enum, [...THEMES]);
  });

  it('the plugin’s PHP lists (shortcode, allowed HTML) hold the table’s attributes and flags', () => {
    const php = readFileSync('wordpress/mensenhandel-faq.php', 'utf8');
    const list = (name) => [...new RegExp(`const ${name} = array\\(([^)]*)\\);`).exec(php)[1].matchAll(/'([\w-]+)'/g)].map(([, item]) => item);
    assert.deepEqual(sorted(list('MENSENHANDEL_FAQ_ATTRIBUTES')), sorted(withAttribute.filter(({ attribute }) => !attribute.boolean).map(({ attribute }) => attribute.name)));
    assert.deepEqual(sorted(list('MENSENHANDEL_FAQ_FLAGS')), sorted(withAttribute.filter(({ attribute }) => attribute.boolean).map(({ attribute }) => attribute.name)));
  });

  it('npm run snippet has an option for each, flags without a value', () => {
    const { stderr } = spawnSync('node', ['scripts/snippet.mjs', '--help'], { encoding: 'utf8' });
    for (const { key, kind } of OPTIONS) {
      const name = key === 'scriptUrl' ? 'src' : key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
      assert.ok(stderr.includes(`\n  --${name}${kind === 'flag' ? '\n' : ' <value>\n'}`), name);
    }
  });

  it('the API documentation (custom-elements.json, docs/api.md) has each attribute', () => {
    const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
    const element = manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === 'mensenhandel-faq');
    assert.deepEqual(sorted(element.attributes.map(({ name }) => name)), sorted(withAttribute.map(({ attribute }) => attribute.name)));
    const api = readFileSync('docs/api.md', 'utf8');
    for (const { attribute } of withAttribute) assert.match(api, new RegExp(`^\\| \`${attribute.name}\` \\|`, 'm'), attribute.name);
  });
});
