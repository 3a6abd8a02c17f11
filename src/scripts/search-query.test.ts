import { describe, expect, test } from 'vitest';
import { isPlain, parseQuery, planSearch } from './search-query.ts';

const texts = (raw: string) => {
  const q = parseQuery(raw);
  return { phrases: q.phrases.map((t) => t.text), marked: q.marked.map((t) => t.text), plain: q.plain.map((t) => t.text) };
};

describe('reading a query', () => {
  test('a quoted phrase is a phrase and the other words are words', () => {
    expect(texts('"abductions issue" Hayashi')).toEqual({ phrases: ['abductions issue'], marked: [], plain: ['Hayashi'] });
  });

  test('curly quotes quote a phrase too', () => {
    expect(texts('“maximum pressure”').phrases).toEqual(['maximum pressure']);
  });

  test('a quote not yet closed runs to the end, as while typing', () => {
    expect(texts('Park "abductions iss').phrases).toEqual(['abductions iss']);
  });

  test('empty quotes are ignored', () => {
    expect(texts('"" ironclad')).toEqual({ phrases: [], marked: [], plain: ['ironclad'] });
  });

  test('words with punctuation inside are matched as written; punctuation at their edges is dropped', () => {
    expect(texts('U.S. Indo-Pacific Korea’s ironclad, (ROK)')).toEqual({ phrases: [], marked: ['U.S', 'Indo-Pacific', 'Korea’s'], plain: ['ironclad', 'ROK'] });
  });

  test('a word is plain when it is only letters and digits once its edges are trimmed', () => {
    expect(isPlain('ironclad,')).toBe(true);
    expect(isPlain('2023')).toBe(true);
    expect(isPlain('U.S.')).toBe(false);
    expect(isPlain("Korea's")).toBe(false);
  });
});

describe('planning the Pagefind search', () => {
  test('nothing typed searches nothing: the filters alone choose', () => {
    expect(planSearch(parseQuery('  ')).term).toBeNull();
  });

  test('plain words go to Pagefind as they are and need no check', () => {
    expect(planSearch(parseQuery('ironclad'))).toEqual({ term: 'ironclad', verify: false, together: null, also: [] });
  });

  test('several plain words also ask which meetings have them together, to rank those first', () => {
    expect(planSearch(parseQuery('abductions issue')).together).toBe('"abductions issue"');
  });

  test('a phrase of plain words uses Pagefind’s exact-phrase search, the longest phrase when there are several', () => {
    expect(planSearch(parseQuery('"abductions issue" "maximum pressure campaign" Kono'))).toEqual({ term: '"maximum pressure campaign"', verify: true, together: null, also: [] });
  });

  test('punctuated words are searched as words and the matches checked', () => {
    expect(planSearch(parseQuery('Indo-Pacific'))).toEqual({ term: 'Indo-Pacific', verify: true, together: null, also: [] });
  });

  test('an abbreviation is also searched with its full stops as spaces, as Pagefind indexes it inside compounds', () => {
    expect(planSearch(parseQuery('"the U.S. and the ROK"'))).toEqual({ term: 'the U.S. and the ROK', verify: true, together: null, also: ['the U S and the ROK'] });
  });
});
