import { expect, test } from 'vitest';
import { firstSentence, sentenceEnd } from './sentences.ts';

test('titles, honorifics, "U.S." and clock abbreviations do not end a sentence', () => {
  const text = 'On July 14, commencing at 7:00 p.m. (local time) Mr. HAYASHI met H.E. Dr. Park Jin and the U.S. Secretary. The overview is as follows.';
  expect(text.slice(0, sentenceEnd(text) + 1)).toBe('On July 14, commencing at 7:00 p.m. (local time) Mr. HAYASHI met H.E. Dr. Park Jin and the U.S. Secretary.');
});

test('a long first sentence is cut at a word with an ellipsis', () => {
  const sentence = firstSentence(`${'word '.repeat(100)}end. Next.`, 60);
  expect(sentence.length).toBeLessThanOrEqual(60);
  expect(sentence.endsWith('word…')).toBe(true);
});

test('a short text without a period is kept whole', () => {
  expect(firstSentence('Good evening, everyone')).toBe('Good evening, everyone');
});
