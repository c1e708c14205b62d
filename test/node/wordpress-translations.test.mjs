// The WordPress plugin's translations (wordpress/languages/*.po): every English text of the
// block's editor script and of block.json has a translation, none is left over, and the .mo
// writer (scripts/po.mjs) gives what gettext's own reader expects.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { jed, mo, parsePo } from '../../scripts/po.mjs';

const LANGUAGES = 'wordpress/languages';
const BLOCK = 'wordpress/block';
const poFiles = readdirSync(LANGUAGES).filter((file) => file.endsWith('.po'));

/** `__('…', 'mensenhandel-faq')` in the block's TypeScript: the texts, by file. */
function scriptTexts() {
  const texts = new Map();
  for (const file of readdirSync(BLOCK).filter((f) => f.endsWith('.ts'))) {
    for (const [, text] of readFileSync(`${BLOCK}/${file}`, 'utf8').matchAll(/__\(\s*'((?:[^'\\]|\\.)*)',\s*'mensenhandel-faq'\s*\)/g)) texts.set(text, `block/${file}`);
  }
  return texts;
}

describe('WordPress plugin translations', () => {
  it('has a Dutch .po', () => assert.deepEqual(poFiles, ['mensenhandel-faq-nl_NL.po']));

  for (const file of poFiles) {
    const entries = parsePo(readFileSync(`${LANGUAGES}/${file}`, 'utf8')).filter((entry) => entry.id !== '');

    it(`${file}: every text of the editor script, translated, referenced where it is used, none left over`, () => {
      const texts = scriptTexts();
      assert.ok(texts.size > 20, 'the extraction found the texts');
      const inScript = entries.filter((entry) => entry.references.some((ref) => ref.endsWith('.ts')));
      assert.deepEqual(new Map(inScript.map((entry) => [entry.id, entry.references[0]])), texts);
      for (const entry of inScript) assert.ok(entry.text && entry.text !== entry.id, entry.id);
    });

    it(`${file}: block.json's description and keywords, the plugin header's description`, () => {
      const block = JSON.parse(readFileSync(`${BLOCK}/block.json`, 'utf8'));
      const find = (context, id) => entries.find((entry) => entry.context === context && entry.id === id)?.text;
      assert.ok(find('block description', block.description));
      for (const keyword of block.keywords.filter((k) => k !== 'faq')) assert.ok(find('block keyword', keyword), keyword);
      const header = readFileSync('wordpress/mensenhandel-faq.php', 'utf8').match(/^ \* Description: +(.*)$/m)[1];
      assert.ok(find(undefined, header));
    });
  }

  it('writes .mo files as gettext reads them: header, sorted keys, context before the text', () => {
    const entries = [
      { id: '', text: 'Language: nl_NL\n', references: [] },
      { id: 'b', text: 'B', references: [] },
      { context: 'ctx', id: 'a', text: 'A', references: [] },
    ];
    const bytes = mo(entries);
    const word = (i) => bytes.readUInt32LE(4 * i);
    assert.deepEqual([word(0), word(1), word(2)], [0x950412de, 0, 3]);
    const string = (table, i) => {
      const at = word(table / 4) + 8 * i;
      return bytes.subarray(bytes.readUInt32LE(at + 4), bytes.readUInt32LE(at + 4) + bytes.readUInt32LE(at)).toString();
    };
    assert.deepEqual([0, 1, 2].map((i) => string(12, i)), ['', 'b', 'ctx\u0004a']);
    assert.deepEqual([0, 1, 2].map((i) => string(16, i)), ['Language: nl_NL\n', 'B', 'A']);
    assert.deepEqual(JSON.parse(jed(entries.slice(1), 'nl_NL')).locale_data.messages['ctx\u0004a'], ['A']);
  });
});
