import { expect, test } from 'vitest';
import { archiveData } from './archive-data.ts';
import { loadArchive } from './test-support.ts';

test('unwraps each collection entry to its data, keeping the order', () => {
  const archive = loadArchive();
  const wrap = <T>(items: T[]) => items.map((data) => ({ id: 'x', data }));
  const data = archiveData({ meetings: wrap(archive.meetings), readouts: wrap(archive.readouts), countries: wrap(archive.countries), people: wrap(archive.people), topics: wrap(archive.topics) });
  expect(data.meetings).toEqual(archive.meetings);
  expect(data.topics.map((t) => t.id)).toEqual(archive.topics.map((t) => t.id));
});
