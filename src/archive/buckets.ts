// Grouping a list by the keys each item gives, in one pass: indexes by person, country or topic scanned the whole
// archive once per key before, which grows with the number of keys times the size of the archive.

/** Each key's items, in the items' order; an item that gives a key twice is listed under it once. */
export function bucketBy<T, K>(items: Iterable<T>, keysOf: (item: T) => Iterable<K>): Map<K, T[]> {
  const buckets = new Map<K, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const list = buckets.get(key);
      if (list) list.push(item);
      else buckets.set(key, [item]);
    }
  }
  return buckets;
}
