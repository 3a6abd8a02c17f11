// How search compares words. Pagefind lower-cases words and drops punctuation, so "U.S." and "us" or
// "Korea's" and "Koreas" are the same word to it; readouts need finer rules, applied here both to the query
// and to the text Pagefind returns:
// - case, diacritics and apostrophes (straight or curly) never matter: Korea's = Korea’s;
// - a hyphen or dash joins parts that also count on their own and written together: Indo-Pacific =
//   IndoPacific, and "U.S." is found inside "Japan-ROK-U.S.";
// - full stops inside a word matter only when the query has them: "U.S." does not match "us", while "US"
//   matches both;
// - other punctuation at the edges of a word is not part of it: "(ROK)," is "rok".

/** A word of text or of a query, normalised for comparison. */
export interface Word {
  /** Lower-cased parts between hyphens and dashes: "japan-u.s.-rok" → ["japan", "u.s", "rok"]. */
  parts: string[];
  /** The parts written together: "japanu.srok". */
  joined: string;
}

const APOSTROPHES = /['’‘ʼ`´]/g;
const DASHES = /[-‐‑‒–—―]+/;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const INNER_PUNCTUATION = /[^\p{L}\p{N}.]/gu;

/** Lower case without diacritics or apostrophes. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(APOSTROPHES, '');
}

/** Letters and digits of ASCII between ASCII punctuation: most words of a readout, normalised by lower-casing alone. */
const PLAIN_ASCII = /^[!-/:-@[-`{-~]*([A-Za-z0-9]+)[!-/:-@[-`{-~]*$/;

/** Normalises one whitespace-delimited word; punctuation on its own ("/", "–") is no word: null. */
export function normaliseWord(raw: string): Word | null {
  // Every result page is normalised word by word before it is shown: the common case skips the Unicode folding.
  const plain = PLAIN_ASCII.exec(raw)?.[1];
  if (plain) {
    const lower = plain.toLowerCase();
    return { parts: [lower], joined: lower };
  }
  const parts = fold(raw)
    .split(DASHES)
    .map((part) => part.replace(EDGE_PUNCTUATION, '').replace(INNER_PUNCTUATION, ''))
    .filter((part) => part.length > 0);
  return parts.length ? { parts, joined: parts.join('') } : null;
}

/** Splits text on whitespace as Pagefind does, so word positions agree with its locations. */
export function splitWords(text: string): string[] {
  return text.split(/[^\S\uFEFF]+/);
}

/** The normalised words of a query fragment, without the ones that are only punctuation. */
export function queryWords(text: string): Word[] {
  return splitWords(text.trim())
    .map(normaliseWord)
    .filter((w): w is Word => w !== null);
}

/** One part or joined form against another: full stops count only when the query has them. */
function same(query: string, text: string): boolean {
  return query === text || (!query.includes('.') && query === text.replaceAll('.', ''));
}

/** Whether query parts occur in text parts: anywhere, or anchored at their start or end. */
function partsWithin(query: string[], text: string[], at: 'any' | 'start' | 'end'): boolean {
  const last = text.length - query.length;
  for (let i = 0; i <= last; i++) {
    if (at === 'start' && i > 0) break;
    if (at === 'end' && i < last) continue;
    if (query.every((q, j) => same(q, text[i + j]!))) return true;
  }
  return false;
}

/**
 * Whether a query word matches a text word at a given place in a phrase. Whole words match by their joined
 * form; a word standing alone may also match a run of parts inside a compound ("U.S." in "Japan-ROK-U.S."),
 * the first word of a phrase the end of a compound and the last word its start ("Pacific region" in
 * "Indo-Pacific region").
 */
export function wordMatches(query: Word, text: Word, place: 'only' | 'first' | 'middle' | 'last'): boolean {
  if (same(query.joined, text.joined)) return true;
  if (place === 'middle' || query.parts.length >= text.parts.length) return false;
  return partsWithin(query.parts, text.parts, place === 'only' ? 'any' : place === 'first' ? 'end' : 'start');
}

/** A word of the text by its position in Pagefind's word list. */
export interface IndexedWord {
  index: number;
  word: Word;
}

/** The normalised words of a stretch of Pagefind's word list, skipping those that are only punctuation. */
export function indexWords(raw: readonly string[], from = 0, to = raw.length): IndexedWord[] {
  const words: IndexedWord[] = [];
  for (let i = from; i < to; i++) {
    const word = normaliseWord(raw[i] ?? '');
    if (word) words.push({ index: i, word });
  }
  return words;
}

/** Every place a phrase (one or more query words) occurs, as [first, last] positions in the word list. */
export function findPhrase(phrase: readonly Word[], words: readonly IndexedWord[]): [number, number][] {
  const hits: [number, number][] = [];
  if (!phrase.length) return hits;
  const placeOf = (j: number) => (phrase.length === 1 ? 'only' : j === 0 ? 'first' : j === phrase.length - 1 ? 'last' : 'middle');
  for (let i = 0; i + phrase.length <= words.length; i++) {
    if (phrase.every((q, j) => wordMatches(q, words[i + j]!.word, placeOf(j)))) hits.push([words[i]!.index, words[i + phrase.length - 1]!.index]);
  }
  return hits;
}

/** A light stem, enough to see "issue", "issues" and "issued" or "launch" and "launches" as one word. */
export function stem(word: string): string {
  const bare = word.includes('.') ? word.replaceAll('.', '') : word;
  for (const suffix of ['ing', 'ed', 'es', 's', 'e']) {
    if (bare.endsWith(suffix) && bare.length - suffix.length >= 3) return bare.slice(0, -suffix.length);
  }
  return bare;
}

/**
 * Every place a form Pagefind matched occurs, as Pagefind matches it: whole words, each also in its other
 * endings ("abduction" finds "abductions"). Used to mark every occurrence where Pagefind names only the first.
 */
export function findForms(phrase: readonly Word[], words: readonly IndexedWord[]): [number, number][] {
  const hits: [number, number][] = [];
  if (!phrase.length) return hits;
  const placeOf = (j: number) => (phrase.length === 1 ? 'only' : j === 0 ? 'first' : j === phrase.length - 1 ? 'last' : 'middle');
  const stems = phrase.map((q) => stem(q.joined));
  const alike = (q: Word, t: Word, j: number) => wordMatches(q, t, placeOf(j)) || stem(t.joined) === stems[j];
  for (let i = 0; i + phrase.length <= words.length; i++) {
    if (phrase.every((q, j) => alike(q, words[i + j]!.word, j))) hits.push([words[i]!.index, words[i + phrase.length - 1]!.index]);
  }
  return hits;
}

