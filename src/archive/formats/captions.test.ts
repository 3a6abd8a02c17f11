import { describe, expect, test } from 'vitest';
import { cleanCaption, hasSlideCounter } from './captions.ts';

describe('cleanCaption', () => {
  test.each([
    ['a counter glued to the last word', 'Foreign Ministers’ Talks3', 'Foreign Ministers’ Talks'],
    ['a counter glued to a closing bracket', 'Ministers’ Meeting (Working Dinner)2', 'Ministers’ Meeting (Working Dinner)'],
    ['a counter after a hyphen', 'Ministers’ Meeting-2', 'Ministers’ Meeting'],
    ['a counter in brackets', 'Ministers’ meeting (2)', 'Ministers’ meeting'],
    ['a photo label before the caption', '(Photo)Ministers’ Meeting-1', 'Ministers’ Meeting'],
    ['a numbered photo label before the caption', '(Photo 3) The ministers shake hands', 'The ministers shake hands'],
    ['a photo label after the caption', 'Ministers’ Meeting(Photo)', 'Ministers’ Meeting'],
    ['a numbered photo label and the brackets it leaves', '(Photo2)(Summit Talks)', 'Summit Talks'],
  ])('removes %s', (_, line, caption) => {
    expect(cleanCaption(line)).toBe(caption);
  });

  test('a line that is only a photo label leaves nothing', () => {
    expect(cleanCaption('(Photo 2)')).toBe('');
  });

  test.each(['Leaders at the G7', 'A briefing on COVID-19', 'The ministers before the “2+2”', 'Photo session of the ministers'])('keeps a caption that ends in its own words: %s', (line) => {
    expect(cleanCaption(line)).toBe(line);
  });
});

describe('hasSlideCounter', () => {
  test('finds the counter a slideshow glues to a caption', () => {
    expect(hasSlideCounter('Ministers’ Working Lunch2')).toBe(true);
  });

  test('finds none in a title that ends in a name with a number', () => {
    expect(hasSlideCounter('Foreign Ministers’ Meeting at the G20')).toBe(false);
  });
});
