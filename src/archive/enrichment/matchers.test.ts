import { expect, test } from 'vitest';
import { PhraseMatcher } from './matchers.ts';

const countries = new PhraseMatcher(
  [
    { phrase: 'Korea', value: 'rok' },
    { phrase: 'North Korea', value: 'dprk' },
    { phrase: 'U.S.', value: 'us' },
    { phrase: 'ROK', value: 'rok' },
  ],
  { caseSensitive: true },
);

test('the longer phrase wins where two overlap', () => {
  expect(countries.distinct('North Korea launched a missile.')).toEqual(['dprk']);
});

test('a phrase matches only as whole words', () => {
  expect(countries.distinct('the Korean Peninsula and inter-Korean talks')).toEqual([]);
});

test('phrases inside hyphenated compounds are found', () => {
  expect(countries.distinct('the Japan-U.S.-ROK Summit')).toEqual(['us', 'rok']);
});

test('hyphens and apostrophes match in any of their forms', () => {
  const topics = new PhraseMatcher([{ phrase: 'free and open Indo-Pacific', value: 'foip' }, { phrase: "human right's", value: 'hr' }], { caseSensitive: false });
  expect(topics.distinct('a “Free and Open IndoPacific”')).toEqual(['foip']);
  expect(topics.distinct('a free and open Indo‑Pacific')).toEqual(['foip']);
  expect(topics.distinct('North Korea’s human right’s issues')).toEqual(['hr']);
});

test('an acronym matches only in capitals, even among phrases matched in any case', () => {
  const topics = new PhraseMatcher([{ phrase: 'ALPS', value: 'alps' }, { phrase: 'treated water', value: 'alps' }], { caseSensitive: false });
  expect(topics.distinct('hiking in the Alps')).toEqual([]);
  expect(topics.distinct('ALPS Treated Water')).toEqual(['alps']);
  expect(topics.distinct('the Treated Water')).toEqual(['alps']);
});
