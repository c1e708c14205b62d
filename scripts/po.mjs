// Gettext for the WordPress plugin without a gettext dependency: reads a .po file and writes
// what WordPress loads from it: a .mo file (PHP's translations) and a JED JSON file (a script's,
// through wp_set_script_translations). Only what the plugin's .po uses: msgctxt, msgid,
// msgstr, `#:` references; no plurals.

/** The entries of a .po file: `{ context, id, text, references }`, the header (id "") first. */
export function parsePo(source) {
  const entries = [];
  let entry = { references: [] };
  let field;
  const finish = () => {
    if (entry.id !== undefined) entries.push({ context: entry.context, id: entry.id, text: entry.text ?? '', references: entry.references });
    entry = { references: [] };
    field = undefined;
  };
  for (const line of source.split(/\r?\n/)) {
    const keyword = line.match(/^(msgctxt|msgid|msgstr) (".*")$/);
    if (keyword) {
      if (keyword[1] !== 'msgstr' && entry.text !== undefined) finish();
      if (keyword[1] === 'msgctxt' && entry.id !== undefined) finish();
      field = { msgctxt: 'context', msgid: 'id', msgstr: 'text' }[keyword[1]];
      entry[field] = unquote(keyword[2]);
    } else if (/^".*"$/.test(line) && field) {
      entry[field] += unquote(line);
    } else if (line.startsWith('#:')) {
      if (entry.text !== undefined) finish();
      entry.references.push(...line.slice(2).trim().split(/\s+/));
    } else if (!line.trim() || line.startsWith('#')) {
      if (entry.text !== undefined) finish();
    } else {
      throw new Error(`not understood in .po: ${line}`);
    }
  }
  finish();
  return entries;
}

const ESCAPES = { n: '\n', t: '\t', '"': '"', '\\': '\\' };
const unquote = (quoted) => quoted.slice(1, -1).replace(/\\(.)/g, (_, c) => ESCAPES[c] ?? c);

/** An entry's key in .mo and JED files: the context, EOT, the source text. */
const key = ({ context, id }) => (context === undefined ? id : `${context}\u0004${id}`);

/** A .mo file (GNU gettext's binary format, little-endian, no hash table) of these entries. */
export function mo(entries) {
  const sorted = [...entries].sort((a, b) => Buffer.compare(Buffer.from(key(a)), Buffer.from(key(b))));
  const ids = sorted.map((entry) => Buffer.from(key(entry)));
  const texts = sorted.map((entry) => Buffer.from(entry.text));
  const count = sorted.length;
  const header = Buffer.alloc(28 + 16 * count);
  // Magic, revision 0, count, where the two tables start, hash table size 0 and its place.
  [0x950412de, 0, count, 28, 28 + 8 * count, 0, 28 + 16 * count].forEach((value, i) => header.writeUInt32LE(value, 4 * i));
  const strings = [];
  let offset = header.length;
  [ids, texts].forEach((list, table) =>
    list.forEach((bytes, i) => {
      header.writeUInt32LE(bytes.length, 28 + 8 * count * table + 8 * i);
      header.writeUInt32LE(offset, 28 + 8 * count * table + 8 * i + 4);
      strings.push(bytes, Buffer.alloc(1));
      offset += bytes.length + 1;
    }),
  );
  return Buffer.concat([header, ...strings]);
}

/** A JED 1.x JSON file of these entries, as WordPress's `wp i18n make-json` writes it. */
export function jed(entries, locale) {
  const header = entries.find((entry) => entry.id === '')?.text ?? '';
  const pluralForms = header.match(/^Plural-Forms: (.*)$/m)?.[1] ?? 'nplurals=2; plural=(n != 1);';
  const messages = { '': { domain: 'messages', lang: locale, 'plural-forms': pluralForms } };
  for (const entry of entries) if (entry.id !== '') messages[key(entry)] = [entry.text];
  return JSON.stringify({ domain: 'messages', locale_data: { messages } });
}
