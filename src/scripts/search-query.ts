// Reading what the reader typed: quoted phrases, words with punctuation readouts use (U.S., Indo-Pacific,
// Korea's), and plain words.
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
  /** Plain unquoted words: Pagefind's matching, which also finds other forms of a word. */
  plain: Term[];
  /** Every unquoted word, plain or marked, in the order typed: runs of them may spell a name ("North Korea"). */
  loose: (Term & { plain: boolean })[];
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
  const query: Query = { phrases: [], marked: [], plain: [], loose: [] };
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
    // An abbreviation keeps its final full stop: "U.S.", not "U.S".
    const trimmed = word.replace(EDGES, '');
    const read = { ...t, text: (/\p{L}\.\p{L}$/u.test(trimmed) && word.includes(`${trimmed}.`) ? `${trimmed}.` : trimmed) || word };
    (isPlain(word) ? query.plain : query.marked).push(read);
    query.loose.push({ ...read, plain: isPlain(word) });
  }
  return query;
}

export function isEmpty(query: Query): boolean {
  return !query.phrases.length && !query.marked.length && !query.plain.length;
}

/** Below this many letters, the word being typed is searched only once typing pauses. */
export const SHORT_WORD = 3;

/**
 * Whether the query ends in a word still being typed that is too short to search at once: one or two letters are
 * often a short word that most of the archive holds ("a", "of", "on"), the slowest search there is, and one whose
 * results a reader typing on never sees.
 */
export function endsInShortWord(raw: string): boolean {
  const last = /[\p{L}\p{N}]+$/u.exec(raw)?.[0];
  return last !== undefined && last.length < SHORT_WORD;
}
