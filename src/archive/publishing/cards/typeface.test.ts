import { describe, expect, it } from 'vitest';
import { Typeface } from './typeface.ts';

const regular = await Typeface.load(400);

describe('Typeface', () => {
  it('has a glyph for the Latin Extended letters of names such as Çavuşoğlu', () => {
    const { glyphs } = regular.shape('Çavuşoğlu Đorđević Łukasz', 30);
    expect(glyphs.filter((g) => g.glyph === 0)).toEqual([]);
  });

  it('kerns pairs as the font says, so "AV" is narrower than "A" and "V" apart', () => {
    const width = (text: string) => regular.shape(text, 64).width;
    expect(width('AV')).toBeLessThan(width('A') + width('V'));
  });

  it('has a glyph for the Vietnamese letters of names such as Nguyễn', () => {
    expect(regular.shape('Nguyễn Thị Hằng', 30).glyphs.filter((g) => g.glyph === 0)).toEqual([]);
  });

  it('draws a letter no face has as the missing-glyph box instead of failing', async () => {
    const [glyph] = regular.shape('漢', 30).glyphs;
    expect(glyph!.glyph).toBe(0);
    expect(Math.max(...(await regular.mask(glyph!, 30))!.alpha)).toBe(255);
  });

  it('rasterises a glyph as coverage that reaches full ink', async () => {
    const [h] = regular.shape('H', 64).glyphs;
    const mask = await regular.mask(h!, 64);
    expect(mask!.height).toBeGreaterThan(40);
    expect(Math.max(...mask!.alpha)).toBe(255);
  });

  it('has no mask for a space', async () => {
    const [space] = regular.shape(' ', 30).glyphs;
    expect(await regular.mask(space!, 30)).toBeUndefined();
  });
});
