// A small zip writer for the release's archives (the WordPress plugin, the self-host files): deflate,
// fixed dates, so the same files give the same bytes; as unzip and WordPress's upload read it.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';

/** Every file below `path` (or `path` itself), in a fixed order. */
export const files = (path) => (statSync(path).isDirectory() ? readdirSync(path).sort().flatMap((name) => files(join(path, name))) : [path]);

/** A zip archive (deflate, no extras), as unzip and WordPress's upload read it. */
export function zip(items) {
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

