// Reading what the reader typed: quoted phrases, words with punctuation readouts use (U.S., Indo-Pacific,
// Korea's), and plain words; then deciding what to ask Pagefind and what to check in the texts it returns.
import { queryWords, type Word } from './search-text.ts';

export interface Term {
  /** As typed, without quotes: "abductions issue", "U.S.". */
  text: string;
  words: Word[];
}

export interface Query {
  /** Quoted phrases: each must occur as written, word for word. */
  phrases: Term[];
  /** Unquoted words with punctuation inside: matched as written, never as the start of a longer word. */
  marked: Term[];
  /** Plain unquoted words: Pagefind's matching, which also finds other forms and words being typed. */
  plain: Term[];
}

export interface SearchPlan {
  /** What Pagefind searches for; null when nothing was typed and filters alone choose the meetings. */
  term: string | null;
  /** Pagefind's matches are candidates that must be checked against the text (phrases, punctuated words). */
  verify: boolean;
  /** For several plain words: the same words as a phrase, whose meetings rank first. */
  together: string | null;
  /**
   * More Pagefind searches whose matches are candidates too. Pagefind indexes "U.S." standing alone as "us"
   * but inside a compound ("Japan-ROK-U.S.") as the parts "u" and "s", so an abbreviation is also looked
   * for with its full stops as spaces.
   */
  also: string[];
}

const OPEN_QUOTES = '"“„«';
const CLOSE_QUOTES = '"”»“';
const PLAIN = /^[\p{L}\p{N}]+$/u;
const EDGES = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

function term(text: string): Term | null {
  const words = queryWords(text);
  return words.length ? { text: text.trim().replace(/\s+/g, ' '), words } : null;
}

/** A word is plain when, without punctuation at its edges, it is only letters and digits. */
export function isPlain(word: string): boolean {
  return PLAIN.test(word.replace(EDGES, ''));
}

/** Splits a query into phrases (an unclosed quote runs to the end, as while typing), marked and plain words. */
export function parseQuery(raw: string): Query {
  const query: Query = { phrases: [], marked: [], plain: [] };
  const loose: string[] = [];
  let i = 0;
  while (i < raw.length) {
    const ch = raw[i]!;
    if (OPEN_QUOTES.includes(ch)) {
      let end = i + 1;
      while (end < raw.length && !CLOSE_QUOTES.includes(raw[end]!)) end++;
      const phrase = term(raw.slice(i + 1, end));
      if (phrase) query.phrases.push(phrase);
      i = end + 1;
    } else {
      let end = i;
      while (end < raw.length && !OPEN_QUOTES.includes(raw[end]!)) end++;
      loose.push(raw.slice(i, end));
      i = end;
    }
  }
  for (const word of loose.join(' ').split(/\s+/)) {
    const t = term(word);
    if (!t) continue;
    (isPlain(word) ? query.plain : query.marked).push({ ...t, text: word.replace(EDGES, '') || word });
  }
  return query;
}

export function isEmpty(query: Query): boolean {
  return !query.phrases.length && !query.marked.length && !query.plain.length;
}

/**
 * What to ask Pagefind. A phrase of plain words goes to Pagefind's exact-phrase search, which finds every
 * meeting containing it; anything with punctuation goes as words (Pagefind drops the punctuation, so "U.S."
 * also finds "using") and the matches are checked against the text. Plain words alone need no check.
 */
export function planSearch(query: Query): SearchPlan {
  if (isEmpty(query)) return { term: null, verify: false, together: null, also: [] };
  if (!query.phrases.length && !query.marked.length) {
    const words = query.plain.map((t) => t.text).join(' ');
    return { term: words, verify: false, together: query.plain.length > 1 ? `"${words}"` : null, also: [] };
  }
  const plainPhrases = query.phrases.filter((p) => p.text.split(' ').every(isPlain));
  if (plainPhrases.length) {
    const longest = plainPhrases.reduce((a, b) => (b.words.length > a.words.length ? b : a));
    return { term: `"${longest.text.replace(EDGES, '')}"`, verify: true, together: null, also: [] };
  }
  const words = [...query.phrases, ...query.marked, ...query.plain].map((t) => t.text).join(' ');
  const spaced = words
    .split(' ')
    .map((word) => (/\p{L}\.\p{L}/u.test(word) ? word.replaceAll('.', ' ').trim() : word))
    .join(' ');
  return { term: words, verify: true, together: null, also: spaced === words ? [] : [spaced] };
}
