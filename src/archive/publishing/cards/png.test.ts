import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { palettePng, type Rgb } from './png.ts';

const PALETTE: Rgb[] = [
  [255, 255, 255],
  [0, 0, 0],
  [200, 0, 0],
  [0, 0, 200],
];

async function decoded(png: Uint8Array) {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { info, pixel: (x: number, y: number) => [...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3)] };
}

describe('palettePng', () => {
  it('decodes to the palette colour of every pixel, across byte boundaries and odd widths', async () => {
    const width = 7;
    const height = 3;
    const indices = Uint8Array.from({ length: width * height }, (_, i) => (i * 5 + Math.floor(i / width)) % 4);
    const { info, pixel } = await decoded(palettePng(width, height, PALETTE, indices, 2));
    expect([info.width, info.height]).toEqual([width, height]);
    for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) expect(pixel(x, y)).toEqual(PALETTE[indices[y * width + x]!]);
  });

  it('writes the bit depth and palette asked for', () => {
    const png = palettePng(4, 1, PALETTE, Uint8Array.of(0, 1, 2, 3), 2);
    expect(Buffer.from(png.subarray(12, 16)).toString('latin1')).toBe('IHDR');
    expect([png[24], png[25]]).toEqual([2, 3]);
    expect(Buffer.from(png.subarray(37, 41)).toString('latin1')).toBe('PLTE');
    expect(new DataView(png.buffer, png.byteOffset).getUint32(33)).toBe(12);
  });

  it('works at one bit a pixel as well', async () => {
    const indices = Uint8Array.of(1, 0, 0, 1, 1, 1, 0, 0, 1, 0);
    const { pixel } = await decoded(palettePng(10, 1, PALETTE.slice(0, 2), indices, 1));
    expect(Array.from(indices, (_, x) => pixel(x, 0))).toEqual(Array.from(indices, (i) => PALETTE[i]));
  });

  it('refuses pixels that do not match the size, and palettes that do not fit the depth', () => {
    expect(() => palettePng(2, 2, PALETTE, new Uint8Array(3), 2)).toThrow('expected 4 pixels, got 3');
    expect(() => palettePng(1, 1, PALETTE, new Uint8Array(1), 1)).toThrow('4 colours do not fit in 1 bits');
    expect(() => palettePng(2, 1, PALETTE.slice(0, 2), Uint8Array.of(0, 2), 2)).toThrow('pixel 1,0 has colour 2, past the palette\'s 2');
  });

  it('decodes rows of whole four-pixel groups, where groups of paper are skipped, to every pixel\'s colour', async () => {
    const width = 12;
    const height = 3;
    const indices = new Uint8Array(width * height);
    indices.set([0, 0, 0, 3], 4);
    indices.set([2, 0, 1, 0, 0, 0, 0, 1], 16);
    const { pixel } = await decoded(palettePng(width, height, PALETTE, indices, 2));
    for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) expect(pixel(x, y)).toEqual(PALETTE[indices[y * width + x]!]);
  });

  it('accepts indices whose bits together pass the palette, each of them within it', () => {
    expect(() => palettePng(2, 1, PALETTE.slice(0, 3), Uint8Array.of(1, 2), 2)).not.toThrow();
    expect(() => palettePng(4, 1, PALETTE.slice(0, 3), Uint8Array.of(1, 2, 0, 3), 2)).toThrow("pixel 3,0 has colour 3, past the palette's 3");
  });
});
