// Photo captions as a reader should see them. Saved pages carry the slideshow's furniture in the caption line:
// a photo label ("(Photo)", "(Photo 2)") and a counter glued on or appended ("Meeting1", "Meeting-1",
// "meeting (1)", "(Luncheon Meeting)1"). The original keeps them; the caption shown does not.

// Two patterns, each anchored at one end: a leading \s* before an end-anchored label would backtrack on long runs of spaces.
const PHOTO_LABEL_START = /^(?:[•・]\s*)?\(Photo(?:\s*\d{1,2})?\)/i;
const PHOTO_LABEL_END = /\(Photo(?:\s*\d{1,2})?\)$/i;
// A counter follows a lower-case word or a bracket, so "G7", "COVID-19" and "2+2" keep their numbers.
const COUNTER = /(?<=\p{Ll}|\))-?\d{1,2}$|\s\(\d{1,2}\)$/u;

/** A slideshow counter marks a line as a photo caption, never a title. */
export function hasSlideCounter(line: string): boolean {
  return COUNTER.test(line.trim());
}

/** The caption without photo labels and slide counters; empty when the line was only a label. */
export function cleanCaption(line: string): string {
  let text = line.trim();
  for (let before = ''; before !== text; ) {
    before = text;
    text = text.replace(PHOTO_LABEL_START, '').trim().replace(PHOTO_LABEL_END, '').trim().replace(COUNTER, '').trim();
  }
  // "(Photo1)(Japan-U.S. Summit Meeting)": what is left of a label is a caption in brackets.
  return /^\([^()]+\)$/.test(text) ? text.slice(1, -1).trim() : text;
}
