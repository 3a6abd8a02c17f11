import { expect, test } from 'vitest';
import { durationText, longDate, monthName } from './labels.ts';

test('a long date names the weekday', () => {
  // 14 July 2023 was a Friday.
  expect(longDate('2023-07-14')).toBe('Friday, 14 July 2023');
  expect(longDate('2018-03-17', { weekday: false })).toBe('17 March 2018');
});

test('a month is named in words', () => {
  expect(monthName('2023-11')).toBe('November 2023');
});

test('durations read as a person would say them', () => {
  expect(durationText(50, true)).toBe('about 50 minutes');
  expect(durationText(80, false)).toBe('1 hour 20 minutes');
  expect(durationText(120, true)).toBe('about 2 hours');
});
