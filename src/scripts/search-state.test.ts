import { describe, expect, test } from 'vitest';
import { decodeState, emptyState, encodeState, hasFilters, pagefindFilters, pagefindSort, sameState, withFilter } from './search-state.ts';

describe('the address of a search', () => {
  test('reads the query, repeated filter values and the sort', () => {
    expect(decodeState('?q=%22abductions+issue%22&publisher=mofa-japan&country=republic-of-korea&country=japan&sort=oldest')).toEqual({
      q: '"abductions issue"',
      filters: { publisher: ['mofa-japan'], country: ['japan', 'republic-of-korea'] },
      sort: 'oldest',
    });
  });

  test('"sort=date" means newest first', () => {
    expect(decodeState('?q=x&sort=date').sort).toBe('newest');
  });

  test('ignores unknown parameters, empty values and unknown sorts', () => {
    expect(decodeState('?q=&utm_source=x&topic=&sort=random')).toEqual(emptyState());
  });

  test('writes one canonical form: query, filters in a fixed order with sorted values, then a sort other than relevance', () => {
    const state = { q: '"abductions issue"', filters: { year: ['2023'], publisher: ['mofa-japan'], country: ['republic-of-korea', 'japan'] }, sort: 'newest' as const };
    expect(encodeState(state)).toBe('?q=%22abductions+issue%22&country=japan&country=republic-of-korea&publisher=mofa-japan&year=2023&sort=newest');
  });

  test('the empty state is the bare address', () => {
    expect(encodeState(emptyState())).toBe('');
  });

  test('what is written reads back the same', () => {
    const state = { q: 'Korea’s “maximum pressure” U.S.', filters: { person: ['park-jin'], kind: ['joint-statement'] }, sort: 'oldest' as const };
    expect(decodeState(encodeState(state))).toEqual(state);
  });

  test('two states are the same whatever the order of their values', () => {
    expect(sameState({ ...emptyState(), filters: { country: ['japan', 'united-states'] } }, { ...emptyState(), filters: { country: ['united-states', 'japan'] } })).toBe(true);
  });
});

describe('filters', () => {
  test('a value can be added and removed; removing the last removes the filter', () => {
    const added = withFilter(emptyState(), 'publisher', 'mofa-japan', true);
    expect(added.filters).toEqual({ publisher: ['mofa-japan'] });
    expect(hasFilters(added)).toBe(true);
    expect(withFilter(added, 'publisher', 'mofa-japan', false).filters).toEqual({});
  });

  test('the address values are the values the index holds, under the same keys', () => {
    expect(pagefindFilters(decodeState('?publisher=us-state-department&year=2023&topic=abductions-issue'))).toEqual({
      topic: ['abductions-issue'],
      publisher: ['us-state-department'],
      year: ['2023'],
    });
  });

  test('sorting by date uses the date key; relevance has none unless nothing was typed', () => {
    expect(pagefindSort({ ...emptyState(), sort: 'newest' }, true)).toEqual({ date: 'desc' });
    expect(pagefindSort({ ...emptyState(), sort: 'oldest' }, true)).toEqual({ date: 'asc' });
    expect(pagefindSort(emptyState(), true)).toEqual({});
    expect(pagefindSort(emptyState(), false)).toEqual({ date: 'desc' });
  });
});
