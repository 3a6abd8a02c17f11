import { describe, expect, test } from 'vitest';
import { endsInShortWord, isPlain, parseQuery } from './search-query.ts';

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
    expect(texts('U.S. Indo-Pacific Korea’s ironclad, (ROK)')).toEqual({ phrases: [], marked: ['U.S.', 'Indo-Pacific', 'Korea’s'], plain: ['ironclad', 'ROK'] });
  });

  test('a word is plain when it is only letters and digits once its edges are trimmed', () => {
    expect(isPlain('ironclad,')).toBe(true);
    expect(isPlain('2023')).toBe(true);
    expect(isPlain('U.S.')).toBe(false);
    expect(isPlain("Korea's")).toBe(false);
  });

  test('every unquoted word is also kept in the order typed, with whether it is plain', () => {
    expect(parseQuery('North "abductions issue" Korea U.S.').loose.map((t) => [t.text, t.plain])).toEqual([
      ['North', true],
      ['Korea', true],
      ['U.S.', false],
    ]);
  });
});

describe('a word still being typed', () => {
  test('of one or two letters waits for a pause', () => {
    expect(['c', 'co', '"a', '"abductions i', 'Park Jin ab'].map(endsInShortWord)).toEqual([true, true, true, true, true]);
  });

  test('of three letters or more is searched at once', () => {
    expect(['coo', '"abd', 'Park Jin abd'].map(endsInShortWord)).toEqual([false, false, false]);
  });

  test('is over once a space, a quote or a stop follows it', () => {
    expect(['UN ', '"abductions issue"', 'U.S.', ''].map(endsInShortWord)).toEqual([false, false, false, false]);
  });
});
