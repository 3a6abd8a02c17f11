// Where imported documents go: new numbered files, never over a file the archive already holds.
import { expect, test } from 'vitest';
import { Planner } from './plan.ts';

const held = () => ({ names: ['000_a.txt', '004_b.txt'], sha256: new Map([['000_a.txt', 'aa'], ['004_b.txt', 'bb']]), urls: new Map([['004_b.txt', 'https://example.org/b/']]) });

test('a new document takes the next number and a name from its address', () => {
  const planner = new Planner(held());
  expect(planner.place({ sha256: 'cc', extension: 'html', url: 'https://example.org/press/secretary-call-with-minister/' })).toEqual({ name: '005_secretary-call-with-minister.html' });
  expect(planner.place({ sha256: 'dd', extension: 'txt', title: 'Japan-ROK Meeting' })).toEqual({ name: '006_japan-rok-meeting.txt' });
});

test('the same bytes again are skipped, naming the file that holds them', () => {
  expect(new Planner(held()).place({ sha256: 'bb', extension: 'txt' })).toEqual({ skip: 'already in the archive as 004_b.txt' });
});

test('another text of an address already held is not written over it', () => {
  expect(new Planner(held()).place({ sha256: 'ee', extension: 'html', url: 'https://example.org/b/' })).toEqual({ skip: 'another text of https://example.org/b/ is already in the archive as 004_b.txt; it is not replaced' });
});

test('two items of one import never take the same name or number', () => {
  const planner = new Planner({ names: [], sha256: new Map(), urls: new Map() });
  const a = planner.place({ sha256: '1', extension: 'html', title: 'Same' });
  const b = planner.place({ sha256: '2', extension: 'html', title: 'Same' });
  expect([a, b]).toEqual([{ name: '000_same.html' }, { name: '001_same.html' }]);
});
