import { parse } from '@retorquere/bibtex-parser';
import { expect, test } from 'vitest';
import { bibtexEntry } from './bibtex.ts';

test('a field given twice is refused rather than written twice', () => {
  expect(() => bibtexEntry('misc', 'k', [['url', { url: 'https://a.example/' }], ['url', { url: 'https://b.example/' }]])).toThrow('BibTeX field url given twice');
});

test('an address in a note keeps its fragment, escaped for \\url', () => {
  const text = bibtexEntry('misc', 'k', [['note', { rich: [{ text: 'Archived at ' }, { url: 'https://a.example/m/#p-2' }] }]]);
  expect(text).toContain('note = {Archived at \\url{https://a.example/m/\\#p-2}}');
  expect(parse(text).errors).toEqual([]);
});

test('braces in an address are percent-encoded so the entry stays balanced', () => {
  const text = bibtexEntry('misc', 'k', [['url', { url: 'https://a.example/{x}' }]]);
  expect(parse(text).entries[0]!.fields.url).toBe('https://a.example/%7Bx%7D');
});

test('a month outside 1 to 12 is refused', () => {
  expect(() => bibtexEntry('misc', 'k', [['month', { month: 13 }]])).toThrow('no month 13');
});
