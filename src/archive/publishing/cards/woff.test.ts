import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { harfbuzz } from './typeface.ts';
import { sfntFromWoff } from './woff.ts';

const require = createRequire(import.meta.url);
const woff = readFileSync(require.resolve('@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff'));

describe('sfntFromWoff', () => {
  it('gives an OpenType file with the WOFF table directory, sorted and 4-byte aligned', () => {
    const sfnt = sfntFromWoff(woff);
    const view = new DataView(sfnt.buffer);
    expect(view.getUint32(0)).toBe(0x00010000);
    const count = view.getUint16(4);
    expect(count).toBe(woff.readUInt16BE(12));
    const tags = Array.from({ length: count }, (_, i) => Buffer.from(sfnt.subarray(12 + i * 16, 16 + i * 16)).toString('latin1'));
    expect(tags).toEqual([...tags].sort());
    expect(tags).toEqual(expect.arrayContaining(['cmap', 'glyf', 'head', 'hhea', 'hmtx', 'loca']));
    for (let i = 0; i < count; i++) expect(view.getUint32(12 + i * 16 + 8) % 4).toBe(0);
  });

  it('restores each table to its original length', () => {
    const sfnt = new DataView(sfntFromWoff(woff).buffer);
    for (let i = 0; i < woff.readUInt16BE(12); i++) {
      expect(sfnt.getUint32(12 + i * 16 + 12)).toBe(woff.readUInt32BE(44 + i * 20 + 12));
    }
  });

  it('is read by HarfBuzz with the metrics Noto Sans declares', async () => {
    const hb = await harfbuzz();
    const face = hb.createFace(hb.createBlob(sfntFromWoff(woff)), 0);
    expect(face.upem).toBe(1000);
    expect(hb.createFont(face).hExtents()).toMatchObject({ ascender: 1069, descender: -293 });
  });

  it('refuses a file that is not WOFF 1.0', () => {
    expect(() => sfntFromWoff(new Uint8Array(64))).toThrow('not a WOFF 1.0 font');
  });
});
