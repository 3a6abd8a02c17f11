// Sentence boundaries in readout prose, where "Mr.", "H.E.", "U.S." and "p.m." do not end a sentence.

const ABBREVIATION_BEFORE_DOT = /(?:\b(?:Mr|Ms|Mrs|Dr|Prof|Hon|Rt|Amb|Sen|Rep|Gov|Gen|Lt|Col|Adm|Capt|Mme|St|No|Jr|Sr|vs|e\.g|i\.e|a\.m|p\.m|A\.M|P\.M)|\b[A-Z]|\bU\.S|\bH\.\s?E)$/;

const NEW_SENTENCE = /^\s+(?:The|This|These|Mr\.|Ms\.|Mrs\.|Dr\.|He|She|They|It|Both|Minister|Foreign Minister|Prime Minister|President|Secretary|After|Before|During|At the)\s/;

/** Index of the period that ends the sentence starting at `from`, or the text's length. */
export function sentenceEnd(text: string, from = 0): number {
  const re = /\.(?=\s+[A-Z(“"]|$)/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 6), m.index);
    if (!ABBREVIATION_BEFORE_DOT.test(before)) return m.index;
    // "from 5:25 p.m. Mr. Rudd stopped ...": a clock's "p.m." also ends a sentence when a new one plainly starts.
    if (/\b[ap]\.m$/i.test(before) && NEW_SENTENCE.test(text.slice(m.index + 1))) return m.index;
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

/** The first `count` sentences of a paragraph. */
export function firstSentences(paragraph: string, count: number): string[] {
  const out: string[] = [];
  let from = 0;
  while (from < paragraph.length && out.length < count) {
    const end = sentenceEnd(paragraph, from);
    out.push(paragraph.slice(from, end + 1).trim());
    from = end + 1;
  }
  return out.filter(Boolean);
}

/** Splits at commas outside parentheses and brackets, each piece trimmed, empty ones left out. */
export function commaSegments(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(' || ch === '[') depth++;
    if (ch === ')' || ch === ']') depth = Math.max(0, depth - 1);
    if (ch === ',' && depth === 0) {
      out.push(current.trim());
      current = '';
    } else current += ch;
  }
  out.push(current.trim());
  return out.filter(Boolean);
}
