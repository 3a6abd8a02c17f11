import { describe, expect, test } from 'vitest';
import { latestSourceDate } from './open-data.ts';

describe('latestSourceDate', () => {
  test('is the newest publication date among the texts', () => {
    expect(latestSourceDate([{ date: '2023-07-13', publishedDate: '2023-07-14' }, { date: '2018-03-17', publishedDate: '2018-03-18' }])).toBe('2023-07-14');
  });

  test('takes the meeting date for a text whose publication date is not known', () => {
    expect(latestSourceDate([{ date: '2023-11-26' }, { date: '2023-07-13', publishedDate: '2023-07-14' }])).toBe('2023-11-26');
  });

  test('is undefined for an empty archive', () => {
    expect(latestSourceDate([])).toBeUndefined();
  });
});
