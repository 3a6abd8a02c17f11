import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_PALETTE, CARD_WIDTH, cardKey, previewCard, type CardText } from './card.ts';

const TEXT: CardText = {
  title: 'Japan–Republic of Korea–United States Foreign Ministers’ Meeting',
  date: 'Friday 14 July 2023 · Jakarta',
  countries: 'Japan · Republic of Korea · United States',
  footer: 'Readout Archive · 2 accounts: MOFA Japan, State',
};
const LONG: CardText = {
  title: 'A title far longer than any card can hold, repeated until it overflows. '.repeat(6),
  date: 'Wednesday 30 September 2026 · Kuala Lumpur',
  countries: Array.from({ length: 30 }, (_, i) => `Country ${i + 1}`).join(' · '),
  footer: 'Readout Archive · 12 accounts: MOFA Japan, ROK MOFA, State',
};
const [PAPER, INK, GREY, BLUE] = [0, 1, 2, 3];

/** The card as palette indices, row by row. */
async function drawn(text: CardText) {
  const { data, info } = await sharp(await previewCard(text)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const index = (i: number) => CARD_PALETTE.findIndex(([r, g, b]) => data[i * 3] === r && data[i * 3 + 1] === g && data[i * 3 + 2] === b);
  const pixels = Array.from({ length: info.width * info.height }, (_, i) => index(i));
  const rows = (colour: number) => [...new Set(pixels.flatMap((p, i) => (p === colour ? [Math.floor(i / info.width)] : [])))];
  return { info, pixels, rows, at: (x: number, y: number) => pixels[y * info.width + x] };
}

describe('previewCard', () => {
  it('is a 1200×630 image in the four colours of the palette', async () => {
    const { info, pixels } = await drawn(TEXT);
    expect([info.width, info.height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    expect(new Set(pixels)).toEqual(new Set([PAPER, INK, GREY, BLUE]));
  });

  it('has a blue bar across the top and paper below it', async () => {
    const { at } = await drawn(TEXT);
    for (const x of [0, 600, 1199]) {
      expect(at(x, 0)).toBe(BLUE);
      expect(at(x, 15)).toBe(BLUE);
      expect(at(x, 16)).toBe(PAPER);
    }
  });

  it('sets the date in grey above the title and countries, and the footer in blue below them', async () => {
    const { rows } = await drawn(TEXT);
    const ink = rows(INK);
    expect(Math.max(...rows(GREY))).toBeLessThan(Math.min(...ink));
    expect(Math.min(...rows(BLUE).filter((y) => y >= 16))).toBeGreaterThan(Math.max(...ink));
  });

  it('keeps overlong text inside the margins', async () => {
    const { pixels } = await drawn(LONG);
    const outside = pixels.filter((p, i) => {
      const [x, y] = [i % CARD_WIDTH, Math.floor(i / CARD_WIDTH)];
      return p !== PAPER && y >= 16 && (x < 72 - 4 || x >= CARD_WIDTH - 72 + 4 || y < 16 + 56 - 8 || y >= CARD_HEIGHT - 56 + 8);
    });
    expect(outside).toEqual([]);
  });
});

describe('cardKey', () => {
  it('names the same text the same way and different text differently', () => {
    expect(cardKey({ ...TEXT })).toBe(cardKey(TEXT));
    expect(cardKey({ ...TEXT, footer: 'Readout Archive · 1 account: State' })).not.toBe(cardKey(TEXT));
  });
});
