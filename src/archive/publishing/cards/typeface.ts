// Text for the cards, set with HarfBuzz (kerning as in a browser) and drawn from glyphs rasterised once each: a card
// then costs a few copies of small bitmaps instead of an SVG laid out and rasterised whole.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { HarfBuzz, HbFont } from 'harfbuzzjs';
import sharp from 'sharp';
import { sfntFromWoff } from './woff.ts';

export type Weight = 400 | 700;

/** A glyph placed on a line: `x` in pixels from the line's start, on its baseline. */
export interface PlacedGlyph {
  face: Face;
  glyph: number;
  x: number;
  y: number;
}

/** Coverage of one glyph at one size: `alpha` is width × height, 0 to 255; `left` and `top` from its origin. */
export interface GlyphMask {
  left: number;
  top: number;
  width: number;
  height: number;
  alpha: Uint8Array;
}

interface Face {
  name: string;
  font: HbFont;
  upem: number;
  covers: Set<number>;
}

const require = createRequire(import.meta.url);
// harfbuzzjs is CommonJS exporting a promise, which ESM interop layers (Vite's among them) mistake for a module.
// Loaded on first use: the page that only names cards (cardKey) imports this module but never sets text.
let loading: Promise<HarfBuzz> | undefined;
export const harfbuzz = (): Promise<HarfBuzz> => (loading ??= require('harfbuzzjs') as Promise<HarfBuzz>);
// Noto Sans is split by script; Latin Extended and Vietnamese hold the letters of names such as Çavuşoğlu or
// Nguyễn, Greek and Cyrillic those a readout may quote. A letter no face has is drawn as the first face's
// missing-glyph box.
export const SUBSETS = ['latin', 'latin-ext', 'vietnamese', 'greek', 'cyrillic'] as const;

export class Typeface {
  private readonly hb: HarfBuzz;
  private readonly faces: Face[];
  private readonly masks = new Map<string, Promise<GlyphMask | undefined>>();
  readonly ascender: number;
  readonly descender: number;

  private constructor(hb: HarfBuzz, faces: Face[], ascender: number, descender: number) {
    this.hb = hb;
    this.faces = faces;
    this.ascender = ascender;
    this.descender = descender;
  }

  static async load(weight: Weight): Promise<Typeface> {
    const hb = await harfbuzz();
    const faces = SUBSETS.map((subset) => {
      const file = require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`);
      const face = hb.createFace(hb.createBlob(sfntFromWoff(readFileSync(file))), 0);
      return { name: `${subset}-${weight}`, font: hb.createFont(face), upem: face.upem, covers: new Set(face.collectUnicodes()) };
    });
    const first = faces[0]!;
    const { ascender, descender } = first.font.hExtents();
    // harfbuzzjs before 0.10.3 read no metrics from the first face it made: fail loudly rather than draw a bad card.
    if (ascender <= 0) throw new Error(`HarfBuzz read no metrics from Noto Sans ${first.name}`);
    return new Typeface(hb, faces, ascender / first.upem, -descender / first.upem);
  }

  /** The glyphs of `text` at `size` pixels, and the width they take. Runs of one face are shaped together. */
  shape(text: string, size: number): { glyphs: PlacedGlyph[]; width: number } {
    const glyphs: PlacedGlyph[] = [];
    let x = 0;
    for (const [face, run] of this.runs(text)) {
      const hb = this.hb;
      const buffer = hb.createBuffer();
      buffer.addText(run);
      buffer.guessSegmentProperties();
      hb.shape(face.font, buffer);
      const scale = size / face.upem;
      for (const g of buffer.json()) {
        glyphs.push({ face, glyph: g.g, x: x + g.dx * scale, y: -g.dy * scale });
        x += g.ax * scale;
      }
      buffer.destroy();
    }
    return { glyphs, width: x };
  }

  /** The coverage of one glyph at `size` pixels, rasterised on first use. */
  mask(placed: PlacedGlyph, size: number): Promise<GlyphMask | undefined> {
    const key = `${placed.face.name}:${placed.glyph}:${size}`;
    let mask = this.masks.get(key);
    if (!mask) this.masks.set(key, (mask = rasterise(placed.face, placed.glyph, size)));
    return mask;
  }

  private *runs(text: string): Generator<[Face, string]> {
    let face: Face | undefined;
    let run = '';
    for (const char of text) {
      const code = char.codePointAt(0)!;
      // Spaces and punctuation stay in the current run, so kerning carries across them.
      const next = face?.covers.has(code) ? face : (this.faces.find((f) => f.covers.has(code)) ?? face ?? this.faces[0]!);
      if (face && next !== face) {
        yield [face, run];
        run = '';
      }
      face = next;
      run += char;
    }
    if (face && run) yield [face, run];
  }
}

async function rasterise(face: Face, glyph: number, size: number): Promise<GlyphMask | undefined> {
  const extents = face.font.glyphExtents(glyph);
  if (!extents || extents.width === 0 || extents.height === 0) return undefined;
  const scale = size / face.upem;
  // One pixel of margin around the outline's box, so no edge is clipped by rounding.
  const left = Math.floor(extents.xBearing * scale) - 1;
  const top = Math.floor(-extents.yBearing * scale) - 1;
  const width = Math.ceil((extents.xBearing + extents.width) * scale) + 1 - left;
  const height = Math.ceil(-(extents.yBearing + extents.height) * scale) + 1 - top;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><path transform="translate(${-left} ${-top}) scale(${scale} ${-scale})" d="${face.font.glyphToPath(glyph)}"/></svg>`;
  const alpha = await sharp(Buffer.from(svg)).extractChannel(3).raw().toBuffer();
  return { left, top, width, height, alpha: new Uint8Array(alpha) };
}
