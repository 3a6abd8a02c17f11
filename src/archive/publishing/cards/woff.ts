// The card's fonts come from an npm package as WOFF, which HarfBuzz does not read: this unwraps one into the plain
// OpenType file it was made from (WOFF 1.0: each table zlib-compressed when that made it smaller).
import { inflateSync } from 'node:zlib';

const WOFF = 0x774f4646; // 'wOFF'

export function sfntFromWoff(woff: Uint8Array): Uint8Array {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (woff.byteLength < 44 || view.getUint32(0) !== WOFF) throw new Error('not a WOFF 1.0 font');
  const flavor = view.getUint32(4);
  const count = view.getUint16(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const at = 44 + i * 20;
    const offset = view.getUint32(at + 4);
    const compressed = view.getUint32(at + 8);
    const length = view.getUint32(at + 12);
    const stored = woff.subarray(offset, offset + compressed);
    return {
      tag: view.getUint32(at),
      checksum: view.getUint32(at + 16),
      data: compressed < length ? new Uint8Array(inflateSync(stored)) : stored,
    };
  });
  const padded = (n: number) => (n + 3) & ~3;
  let size = 12 + 16 * count;
  for (const table of tables) size += padded(table.data.byteLength);
  const out = new Uint8Array(size);
  const write = new DataView(out.buffer);
  const power = 2 ** Math.floor(Math.log2(count));
  write.setUint32(0, flavor);
  write.setUint16(4, count);
  write.setUint16(6, power * 16);
  write.setUint16(8, Math.log2(power));
  write.setUint16(10, count * 16 - power * 16);
  let offset = 12 + 16 * count;
  tables.forEach((table, i) => {
    const at = 12 + i * 16;
    write.setUint32(at, table.tag);
    write.setUint32(at + 4, table.checksum);
    write.setUint32(at + 8, offset);
    write.setUint32(at + 12, table.data.byteLength);
    out.set(table.data, offset);
    offset += padded(table.data.byteLength);
  });
  return out;
}
