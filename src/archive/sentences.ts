// Sentence boundaries in readout prose, where "Mr.", "H.E.", "U.S." and "p.m." do not end a sentence.

const ABBREVIATION_BEFORE_DOT = /(?:\b(?:Mr|Ms|Mrs|Dr|Prof|Hon|St|No|Jr|Sr|vs|e\.g|i\.e|a\.m|p\.m)|\b[A-Z]|\bU\.S|\bH\.\s?E)$/;

/** Index of the period that ends the sentence starting at `from`, or the text's length. */
export function sentenceEnd(text: string, from = 0): number {
  const re = /\.(?=\s+[A-Z(“"]|$)/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!ABBREVIATION_BEFORE_DOT.test(text.slice(Math.max(0, m.index - 6), m.index))) return m.index;
  }
  return text.length;
}

/** The first sentence, cut at a word boundary with an ellipsis when longer than `max` characters. */
export function firstSentence(text: string, max = 300): string {
  const end = sentenceEnd(text);
  const sentence = text.slice(0, end === text.length ? end : end + 1).trim();
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > max / 2 ? cut.lastIndexOf(' ') : cut.length).replace(/[,;:]$/, '')}…`;
}
