// What a sentence says, as terms two accounts can share: words stemmed, stop words dropped, and the things readouts
// name in different words (countries, people, dates, curated phrases) each written as one term.
import { stemmer } from 'stemmer';
import { eng as STOP_WORDS } from 'stopword';
import { CuratedIndex } from '../enrichment/curated-index.ts';
import type { Curated } from '../enrichment/curated.ts';
import { PhraseMatcher } from '../enrichment/matchers.ts';
import type { PhraseEquivalence } from '../schema.ts';
import { EQUIVALENCES } from './equivalences.ts';

export interface SentenceTerms {
  /** Terms for lexical similarity, in order of the text, repeats kept. */
  terms: string[];
  countries: string[];
  people: string[];
  topics: string[];
  /** Days named, as MM-DD ("12 July 2023" and "July 12" are both 07-12). */
  dates: string[];
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(${MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|')})`;
const DATE = new RegExp(`\\b(?:${MONTH}\\s+(\\d{1,2})\\b(?:,?\\s+\\d{4})?|(\\d{1,2})\\s+${MONTH}(?:,?\\s+\\d{4})?)`, 'g');
// Besides the usual stop words, the words every readout uses, which say nothing of what was discussed: "the three
// Ministers concurred to work closely together", "as follows", "even more closely". Their stems are stop words too.
const READOUT_WORDS = ['even', 'follows', 'following', 'further', 'furthermore', 'will', 'its', 'today', 'regarding', 'including', 'well', 'two', 'three', 'minister', 'ministers', 'country', 'countries', 'work', 'working', 'closely', 'together', 'international', 'community', 'meeting', 'side', 'sides', 'confirmed', 'concurred', 'shared', 'also'];
const STOP = new Set([...STOP_WORDS, ...READOUT_WORDS].flatMap((w) => [w, stemmer(w)]));
const WORD = /[\p{L}\p{N}]+/gu;

interface Span {
  index: number;
  length: number;
  term: string;
  kind: 'country' | 'person' | 'phrase' | 'date';
  value: string;
}

function monthDay(month: string, day: string): string {
  return `${String(MONTHS.indexOf(month.toLowerCase()) + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

function datesIn(text: string): Span[] {
  return [...text.matchAll(DATE)].map((m) => {
    const value = m[1] ? monthDay(m[1], m[2]!) : monthDay(m[4]!, m[3]!);
    return { index: m.index, length: m[0].length, term: `date:${value}`, kind: 'date', value };
  });
}

/** Plain words of a stretch of text: hyphenated words joined ("Indo-Pacific" as "indopacific"), stemmed. */
function wordTerms(text: string): string[] {
  const joined = text.replace(/(\p{L})[-\u2010\u2011](?=\p{L})/gu, '$1').replace(/['’](?:s|ve|re|ll|d|m)\b/gi, '');
  const out: string[] = [];
  for (const [word] of joined.matchAll(WORD)) {
    const lower = word.toLowerCase();
    // Single letters and short numbers are the pieces of times and counts ("7:00 p.m.", "50 minutes").
    if (lower.length < 2 || /^\d{1,3}$/.test(lower)) continue;
    const stem = stemmer(lower);
    if (!STOP.has(lower) && !STOP.has(stem)) out.push(stem);
  }
  return out;
}

export class TermReader {
  private readonly index: CuratedIndex;
  private readonly countries: PhraseMatcher<string>;
  private readonly phrases: PhraseMatcher<string>;

  constructor(curated: Curated, equivalences: readonly PhraseEquivalence[] = EQUIVALENCES) {
    this.index = new CuratedIndex(curated);
    // Every name, alias and demonym of a country is that country: "the DPRK" is "North Korea", "ROK" is the
    // "Republic of Korea", "Japanese" is Japan's.
    this.countries = new PhraseMatcher(
      curated.countries.flatMap((c) => [c.name, ...c.aliases, ...c.demonyms].map((phrase) => ({ phrase, value: c.id }))),
      { caseSensitive: true },
    );
    this.phrases = new PhraseMatcher(
      equivalences.flatMap((e) => e.phrases.map((phrase) => ({ phrase, value: e.term }))),
      { caseSensitive: false },
    );
  }

  /** The terms of a sentence of a readout of `date` (people are placed by the offices held that day). */
  read(text: string, date: string): SentenceTerms {
    const spans: Span[] = [
      ...this.phrases.findAll(text).map((m): Span => ({ index: m.index, length: m.text.length, term: m.value, kind: 'phrase', value: m.value })),
      ...this.index.peopleIn(text, date).map((p): Span => ({ index: p.index, length: p.length, term: `person:${p.id}`, kind: 'person', value: p.id })),
      ...this.countries.findAll(text).map((m): Span => ({ index: m.index, length: m.text.length, term: `country:${m.value}`, kind: 'country', value: m.value })),
      ...datesIn(text),
    ].sort((a, b) => a.index - b.index || b.length - a.length);
    const terms: string[] = [];
    const found = { country: new Set<string>(), person: new Set<string>(), date: new Set<string>() };
    let at = 0;
    let last: Span | undefined;
    for (const span of spans) {
      if (span.index < at) {
        // Inside an earlier match; the same person or country matched twice over ("Foreign Minister Hayashi
        // Yoshimasa") runs on to the longer end.
        if (last && span.term === last.term) at = Math.max(at, span.index + span.length);
        continue;
      }
      last = span;
      terms.push(...wordTerms(text.slice(at, span.index)), span.term);
      if (span.kind !== 'phrase') found[span.kind].add(span.value);
      at = span.index + span.length;
    }
    terms.push(...wordTerms(text.slice(at)));
    const topics = this.index.topicsIn(text);
    terms.push(...topics.map((t) => `topic:${t}`));
    return { terms, countries: [...found.country], people: [...found.person], topics, dates: [...found.date] };
  }
}
