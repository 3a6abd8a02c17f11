import { expect, test } from 'vitest';
import { sourceFactsSchema } from '../schema.ts';
import { captureDate } from './capture-date.ts';

test('the capture date is the local calendar day, in the form sources.yaml accepts', () => {
  const day = captureDate(new Date(2024, 0, 9, 23, 59));
  expect(day).toBe('2024-01-09');
  expect(sourceFactsSchema.parse({ capturedAt: day }).capturedAt).toBe('2024-01-09');
});

test('sources.yaml refuses a capture date that is not a day', () => {
  expect(sourceFactsSchema.safeParse({ capturedAt: 'last week' }).success).toBe(false);
});
