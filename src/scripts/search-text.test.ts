import { describe, expect, test } from 'vitest';
import { findForms, findPhrase, fold, indexWords, normaliseWord, queryWords, splitWords, wordMatches, type Word } from './search-text.ts';

const w = (text: string): Word => normaliseWord(text)!;
const positions = (phrase: string, text: string) => findPhrase(queryWords(phrase), indexWords(splitWords(text)));

describe('normalising words', () => {
  test('case, diacritics and apostrophes of either kind make no difference', () => {
    expect(fold('Korea’s RÉSUMÉ')).toBe(fold("korea's resume"));
    expect(fold('Korea’s')).toBe('koreas');
  });

  test('a compound is split at hyphens and dashes and keeps the full stops inside its parts', () => {
    expect(w('(Japan–U.S.–ROK),')).toEqual({ parts: ['japan', 'u.s', 'rok'], joined: 'japanu.srok' });
  });

  test('punctuation standing alone is not a word', () => {
    expect(normaliseWord('/')).toBeNull();
    expect(normaliseWord('–')).toBeNull();
  });

  test('words are split on whitespace as Pagefind splits its content, so positions agree', () => {
    expect(splitWords('the  U.S.\nand')).toEqual(['the', 'U.S.', 'and']);
  });
});

describe('matching a query word', () => {
  test('"U.S." does not match the word "us"', () => {
    expect(wordMatches(w('U.S.'), w('us'), 'only')).toBe(false);
  });

  test('"US" without full stops matches "U.S."', () => {
    expect(wordMatches(w('US'), w('U.S.,'), 'only')).toBe(true);
  });

  test('"Indo-Pacific" and "IndoPacific" match each other', () => {
    expect(wordMatches(w('Indo-Pacific'), w('IndoPacific”,'), 'only')).toBe(true);
    expect(wordMatches(w('IndoPacific'), w('Indo-Pacific;'), 'only')).toBe(true);
  });

  test('a word on its own matches a run of parts inside a compound', () => {
    expect(wordMatches(w('U.S.'), w('Japan-ROK-U.S.'), 'only')).toBe(true);
    expect(wordMatches(w('ROK'), w('Japan-ROK-China'), 'only')).toBe(true);
  });

  test('a word in the middle of a phrase must match a whole word', () => {
    expect(wordMatches(w('ROK'), w('Japan-ROK-China'), 'middle')).toBe(false);
  });

  test('the first word of a phrase may end a compound and the last may begin one', () => {
    expect(wordMatches(w('Pacific'), w('Indo-Pacific'), 'first')).toBe(true);
    expect(wordMatches(w('Indo'), w('Indo-Pacific'), 'first')).toBe(false);
    expect(wordMatches(w('Japan'), w('Japan-ROK'), 'last')).toBe(true);
    expect(wordMatches(w('ROK'), w('Japan-ROK'), 'last')).toBe(false);
  });
});

describe('finding a phrase', () => {
  test('finds every occurrence with the positions of its first and last word', () => {
    expect(positions('abductions issue', 'the abductions issue, and again the abductions issue.')).toEqual([
      [1, 2],
      [6, 7],
    ]);
  });

  test('does not find the words apart or in another order', () => {
    expect(positions('abductions issue', 'abductions, nuclear and missile issues; issue abductions')).toEqual([]);
  });

  test('straight and curly apostrophes are the same', () => {
    expect(positions("North Korea's", 'North Korea’s launch')).toEqual([[0, 1]]);
  });

  test('skips punctuation standing between words', () => {
    expect(positions('PDF English', 'Japanese (PDF) / English (PDF)')).toEqual([[1, 3]]);
  });

  test('keeps the full stops of the query: "the U.S. and" is not "the us and"', () => {
    expect(positions('the U.S. and', 'join the us and them')).toEqual([]);
    expect(positions('the U.S. and', 'Japan, the U.S. and the ROK')).toEqual([[1, 3]]);
  });
});

describe('finding a form Pagefind matched', () => {
  const words = (text: string) => indexWords(splitWords(text));

  test('finds every place, with other endings of each word', () => {
    expect(findForms(queryWords('abduction issue'), words('the abductions issue and abduction issues'))).toEqual([
      [1, 2],
      [4, 5],
    ]);
  });

  test('never finds a word inside a longer one that is no other ending of it', () => {
    expect(findForms(queryWords('is'), words('this issue is'))).toEqual([[2, 2]]);
  });
});
