import { describe, expect, it } from 'vitest';
import { textLines } from './text-lines.ts';

// Ten pixels a character, so widths can be read off the strings.
const measure = (line: string) => [...line].length * 10;

describe('textLines', () => {
  it('keeps a line that fits as it is', () => {
    expect(textLines('Foreign Ministers Meeting', 300, 3, measure)).toEqual(['Foreign Ministers Meeting']);
  });

  it('breaks at spaces, filling each line before starting the next', () => {
    expect(textLines('one two three four five', 130, 3, measure)).toEqual(['one two three', 'four five']);
  });

  it('breaks a word wider than the box between letters', () => {
    expect(textLines('abcdefghij', 40, 5, measure)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('ends the last allowed line with an ellipsis after a whole word when text is left over', () => {
    expect(textLines('alpha beta gamma delta epsilon', 110, 2, measure)).toEqual(['alpha beta', 'gamma…']);
  });

  it('shortens a single long word on the last line when no whole word fits with the ellipsis', () => {
    expect(textLines('alpha betagammadelta epsilon', 80, 2, measure)).toEqual(['alpha', 'betagam…']);
  });

  it('never gives a line wider than the box', () => {
    const text = 'Japan–Republic of Korea–United States Trilateral Foreign Ministers’ Meeting on the margins';
    for (const width of [60, 100, 170, 250]) {
      for (const line of textLines(text, width, 3, measure)) expect(measure(line)).toBeLessThanOrEqual(width);
    }
  });

  it('ignores runs of spaces and gives no lines for empty text', () => {
    expect(textLines('  a   b  ', 100, 2, measure)).toEqual(['a b']);
    expect(textLines('', 100, 2, measure)).toEqual([]);
  });

  it('ends, with at most the lines allowed, when the box is narrower than one letter', () => {
    const lines = textLines('abc def', 5, 2, measure);
    expect(lines.length).toBeLessThanOrEqual(2);
    expect(lines.at(-1)).toBe('…');
  });
});
