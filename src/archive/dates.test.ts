import { expect, test } from 'vitest';
import { readDateLine, resolveMonthDay } from './dates.ts';

test('reads a MOFA date line as an ISO date', () => {
  expect(readDateLine('July 14, 2023')).toEqual({ iso: '2023-07-14' });
});

test('tells an impossible date from a line that is not a date', () => {
  expect(readDateLine('February 30, 2023')).toEqual({ impossible: 'February 30, 2023' });
  expect(readDateLine('Japan-Republic of Korea Relations')).toBeUndefined();
});

test('accepts 29 February only in a leap year', () => {
  expect(readDateLine('February 29, 2024')).toEqual({ iso: '2024-02-29' });
  expect(readDateLine('February 29, 2023')).toEqual({ impossible: 'February 29, 2023' });
});

test('a day named without a year takes the page year', () => {
  expect(resolveMonthDay(7, 13, '2023-07-14')).toBe('2023-07-13');
});

test('a December meeting on a January page belongs to the year before', () => {
  expect(resolveMonthDay(12, 30, '2024-01-02')).toBe('2023-12-30');
});
