import { describe, expect, it } from 'vitest';
import { bucketBy } from './buckets.ts';

describe('bucketBy', () => {
  it('lists each item under every key it gives, in the order of the items', () => {
    const items = [{ id: 'a', tags: ['x', 'y'] }, { id: 'b', tags: ['y'] }, { id: 'c', tags: ['x'] }];
    const buckets = bucketBy(items, (i) => i.tags);
    expect(buckets.get('x')?.map((i) => i.id)).toEqual(['a', 'c']);
    expect(buckets.get('y')?.map((i) => i.id)).toEqual(['a', 'b']);
  });

  it('lists an item once under a key it gives twice', () => {
    const buckets = bucketBy([{ tags: ['x', 'x'] }], (i) => i.tags);
    expect(buckets.get('x')).toHaveLength(1);
  });

  it('has no entry for a key no item gives', () => {
    expect(bucketBy([{ tags: ['x'] }], (i) => i.tags).has('z')).toBe(false);
  });
});
