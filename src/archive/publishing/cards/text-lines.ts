// Breaks a line of text into the lines a box of a given width holds, at spaces, as a browser would; what does not
// fit in the lines allowed ends with an ellipsis rather than running off the card.

const ELLIPSIS = '…';

/** `text` in at most `maxLines` lines no wider than `width`, as `measure` gives widths. */
export function textLines(text: string, width: number, maxLines: number, measure: (line: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').filter(Boolean)) {
    // One line past the limit is enough to know the text overflows; the rest need not be measured.
    if (lines.length > maxLines) break;
    const joined = line ? `${line} ${word}` : word;
    if (measure(joined) <= width) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    // A word wider than the box on its own is broken between letters.
    while (measure(line) > width && lines.length <= maxLines) {
      const head = fittingPrefix(line, width, measure);
      lines.push(head);
      line = line.slice(head.length);
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = withEllipsis(kept[maxLines - 1]!, width, measure);
  return kept;
}

// Binary search over the letters: a long run without spaces would take as many measurements as letters otherwise.
// At least one letter, so that a box narrower than a letter still moves on.
function fittingPrefix(text: string, width: number, measure: (line: string) => number): string {
  const chars = [...text];
  let [fits, over] = [1, chars.length];
  while (over - fits > 1) {
    const mid = (fits + over) >> 1;
    if (measure(chars.slice(0, mid).join('')) <= width) fits = mid;
    else over = mid;
  }
  return chars.slice(0, fits).join('');
}

// Whole words are dropped first; a single word too long for the line loses letters instead.
function withEllipsis(line: string, width: number, measure: (line: string) => number): string {
  const words = line.split(' ');
  while (words.length > 1 && measure(`${words.join(' ')}${ELLIPSIS}`) > width) words.pop();
  const chars = [...words.join(' ')];
  while (chars.length && measure(`${chars.join('')}${ELLIPSIS}`) > width) chars.pop();
  return `${chars.join('').trimEnd()}${ELLIPSIS}`;
}
