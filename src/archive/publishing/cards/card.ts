// The 1200×630 PNG shown when a meeting's link is pasted into chat or email: four flat colours at two bits a pixel,
// text set with HarfBuzz from Noto Sans (an npm package) and drawn from glyphs rasterised once per build worker.
import { createHash } from 'node:crypto';
import { palettePng, type Rgb } from './png.ts';
import { rendererDigest } from './renderer-digest.ts';
import { textLines } from './text-lines.ts';
import { Typeface, type Weight } from './typeface.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface CardText {
  title: string;
  date: string;
  countries: string;
  footer: string;
}

/**
 * A name for the card's content: the same text drawn by the same code and fonts always gives the same card, so a
 * build may reuse an earlier one.
 */
export function cardKey(text: CardText): string {
  return createHash('sha256').update(JSON.stringify([rendererDigest(), text.title, text.date, text.countries, text.footer])).digest('hex').slice(0, 32);
}

// Index 0 is the paper; the others are inks, the site's own colours.
export const CARD_PALETTE: readonly Rgb[] = [
  [0xf7, 0xf5, 0xef],
  [0x1b, 0x1b, 0x1b],
  [0x4a, 0x4a, 0x4a],
  [0x0b, 0x53, 0x94],
];
const INK = 1;
const GREY = 2;
const BLUE = 3;

const BAR = 16;
const PADDING_X = 72;
const PADDING_Y = 56;
const WIDTH = CARD_WIDTH - 2 * PADDING_X;
// A pixel is inked when the glyph covers this much of it (of 255): a little under half keeps thin strokes whole.
const COVERED = 100;

interface Block {
  lines: string[];
  face: Typeface;
  size: number;
  lineHeight: number;
  ink: number;
}

let typefaces: Promise<Record<Weight, Typeface>> | undefined;

export async function previewCard(text: CardText): Promise<Uint8Array> {
  typefaces ??= Promise.all([Typeface.load(400), Typeface.load(700)]).then(([regular, bold]) => ({ 400: regular, 700: bold }));
  const { 400: regular, 700: bold } = await typefaces;
  const normal = (face: Typeface, size: number) => (face.ascender + face.descender) * size;
  const block = (value: string, face: Typeface, size: number, lineHeight: number, maxLines: number, ink: number): Block => ({
    lines: textLines(value, WIDTH, maxLines, (line) => face.shape(line, size).width),
    face,
    size,
    lineHeight,
    ink,
  });
  const height = (b: Block) => b.lines.length * b.lineHeight;

  const date = block(text.date, regular, 30, normal(regular, 30), 1, GREY);
  const countries = block(text.countries, regular, 32, normal(regular, 32), 2, INK);
  const footer = block(text.footer, regular, 26, normal(regular, 26), 1, BLUE);
  const top = BAR + PADDING_Y;
  const bottom = CARD_HEIGHT - PADDING_Y;
  const footerTop = bottom - height(footer);
  const countriesTop = footerTop - 12 - height(countries);
  // The title sits midway between the date and the countries, in as many lines as leave a gap either side.
  const titleLine = 64 * 1.15;
  const room = countriesTop - (top + height(date)) - 2 * 24;
  const title = block(text.title, bold, 64, titleLine, Math.max(1, Math.floor(room / titleLine)), INK);
  const titleTop = (top + height(date) + countriesTop - height(title)) / 2;

  const pixels = new Uint8Array(CARD_WIDTH * CARD_HEIGHT);
  pixels.fill(BLUE, 0, BAR * CARD_WIDTH);
  for (const [b, blockTop] of [[date, top], [title, titleTop], [countries, countriesTop], [footer, footerTop]] as const) {
    for (const [i, line] of b.lines.entries()) {
      const lineTop = blockTop + i * b.lineHeight;
      const baseline = lineTop + (b.lineHeight - normal(b.face, b.size)) / 2 + b.face.ascender * b.size;
      await drawLine(pixels, b, line, PADDING_X, baseline);
    }
  }
  return palettePng(CARD_WIDTH, CARD_HEIGHT, CARD_PALETTE, pixels, 2);
}

async function drawLine(pixels: Uint8Array, b: Block, line: string, left: number, baseline: number): Promise<void> {
  const { glyphs } = b.face.shape(line, b.size);
  const masks = await Promise.all(glyphs.map((g) => b.face.mask(g, b.size)));
  glyphs.forEach((g, i) => {
    const mask = masks[i];
    if (!mask) return;
    const x0 = Math.round(left + g.x) + mask.left;
    const y0 = Math.round(baseline + g.y) + mask.top;
    for (let y = 0; y < mask.height; y++) {
      const row = y0 + y;
      if (row < 0 || row >= CARD_HEIGHT) continue;
      for (let x = 0; x < mask.width; x++) {
        const column = x0 + x;
        if (column >= 0 && column < CARD_WIDTH && mask.alpha[y * mask.width + x]! >= COVERED) pixels[row * CARD_WIDTH + column] = b.ink;
      }
    }
  });
}
