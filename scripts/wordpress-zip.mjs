// `npm run build` (last step): dist/wordpress/mensenhandel-faq.zip, the WordPress plugin that a
// site owner uploads under Plugins → Add New → Upload. It holds the plugin's PHP (wordpress/)
// and the widget's browser files from dist/, which the plugin serves from its own folder.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';

const FOLDER = 'mensenhandel-faq';
/** The widget's files that a page loads (not lib/, types/, snippets/: those are for developers). */
const BROWSER_FILES = ['mensenhandel-faq.js', 'mensenhandel-faq.css', 'locales', 'features', 'design-systems'];

const files = (path) => (statSync(path).isDirectory() ? readdirSync(path).sort().flatMap((name) => files(join(path, name))) : [path]);

/** The plugin's files: [name in the zip, contents]. */
export const entries = () => [
  ...files('wordpress').map((path) => [`${FOLDER}/${relative('wordpress', path)}`, readFileSync(path)]),
  ...BROWSER_FILES.flatMap((name) => files(join('dist', name))).map((path) => [`${FOLDER}/${path}`, readFileSync(path)]),
];

/** A zip archive (deflate, no extras), as unzip and WordPress's upload read it. */
function zip(items) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, data] of items) {
    const nameBytes = Buffer.from(name);
    const packed = deflateRawSync(data, { level: 9 });
    const header = (signature, extra) => {
      const fields = Buffer.alloc(extra ? 46 : 30);
      fields.writeUInt32LE(signature, 0);
      let at = 4;
      if (extra) fields.writeUInt16LE(20, (at += 2) - 2); // made by
      fields.writeUInt16LE(20, at); // version needed
      fields.writeUInt16LE(0x0800, at + 2); // UTF-8 names
      fields.writeUInt16LE(8, at + 4); // deflate
      fields.writeUInt32LE(0x00210000, at + 6); // 1980-01-01: the same bytes on every build
      fields.writeUInt32LE(crc32(data), at + 10);
      fields.writeUInt32LE(packed.length, at + 14);
      fields.writeUInt32LE(data.length, at + 18);
      fields.writeUInt16LE(nameBytes.length, at + 22);
      if (extra) fields.writeUInt32LE(offset, 42);
      return Buffer.concat([fields, nameBytes]);
    };
    const local = Buffer.concat([header(0x04034b50, false), packed]);
    centrals.push(header(0x02014b50, true));
    locals.push(local);
    offset += local.length;
  }
  const central = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(items.length, 8);
  end.writeUInt16LE(items.length, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, central, end]);
}

mkdirSync('dist/wordpress', { recursive: true });
writeFileSync('dist/wordpress/mensenhandel-faq.zip', zip(entries()));
