// `npm run build` (last step): dist/wordpress/mensenhandel-faq.zip, the WordPress plugin that a
// site owner uploads under Plugins → Add New → Upload. It holds the plugin's PHP and readme.txt
// (wordpress/), the block as `wp-scripts build` made it (dist/wordpress/block/), its translations
// (the .po sources, and what scripts/wordpress-languages.mjs made of them in
// dist/wordpress/languages/) and the widget's browser files from dist/, which the plugin serves
// from its own folder.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';

const FOLDER = 'mensenhandel-faq';
/** The widget's files that a page loads (not lib/, types/, snippets/: those are for developers). */
const BROWSER_FILES = ['mensenhandel-faq.js', 'mensenhandel-faq.css', 'locales', 'features', 'design-systems'];

const files = (path) => (statSync(path).isDirectory() ? readdirSync(path).sort().flatMap((name) => files(join(path, name))) : [path]);

/** The plugin's files: [name in the zip, contents]. */
const entries = () => [
  ...files('wordpress')
    .filter((path) => /\.(php|po)$|^wordpress\/readme\.txt$/.test(path))
    .map((path) => [`${FOLDER}/${relative('wordpress', path)}`, readFileSync(path)]),
  ...['block', 'languages'].flatMap((name) => files(`dist/wordpress/${name}`)).map((path) => [`${FOLDER}/${relative('dist/wordpress', path)}`, readFileSync(path)]),
  ...BROWSER_FILES.flatMap((name) => files(join('dist', name))).map((path) => [`${FOLDER}/${path}`, readFileSync(path)]),
];

/** A zip archive (deflate, no extras), as unzip and WordPress's upload read it. */
function zip(items) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, data] of items) {
    const path = Buffer.from(name);
    const packed = deflateRawSync(data, { level: 9 });
    // What the local and the central header share: version 2.0, UTF-8 names, deflate,
    // 1980-01-01 00:00 (so every build gives the same bytes), checksum and sizes, name length.
    const common = Buffer.alloc(26);
    common.writeUInt16LE(20, 0);
    common.writeUInt16LE(0x0800, 2);
    common.writeUInt16LE(8, 4);
    common.writeUInt32LE(0x00210000, 6);
    common.writeUInt32LE(crc32(data), 10);
    common.writeUInt32LE(packed.length, 14);
    common.writeUInt32LE(data.length, 18);
    common.writeUInt16LE(path.length, 22);
    const local = Buffer.concat([uint32(0x04034b50), common, path, packed]);
    // Central: signature, "made by" version, the shared part, comment length, disk and
    // attributes (all 0), then where the local header starts.
    const tail = Buffer.alloc(14);
    tail.writeUInt32LE(offset, 10);
    centrals.push(Buffer.concat([uint32(0x02014b50), uint16(20), common, tail, path]));
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

function uint16(value) {
  const bytes = Buffer.alloc(2);
  bytes.writeUInt16LE(value);
  return bytes;
}

function uint32(value) {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32LE(value);
  return bytes;
}

mkdirSync('dist/wordpress', { recursive: true });
writeFileSync('dist/wordpress/mensenhandel-faq.zip', zip(entries()));
