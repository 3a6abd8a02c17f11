import { expect, test } from 'vitest';
import { MeetingNeighbours } from './neighbours.ts';
import type { Meeting } from './schema.ts';

const meeting = (id: string, date: string, people: string[], topics: string[]): Meeting =>
  ({ id, date, participants: people.map((person) => ({ name: person, person })), topics }) as Meeting;

const a = meeting('a', '2023-01-10', ['hayashi', 'park'], ['abductions']);
const b = meeting('b', '2023-03-01', ['hayashi', 'park'], ['alps']);
const c = meeting('c', '2023-02-01', ['kamikawa'], ['abductions', 'alps']);
const d = meeting('d', '2023-02-15', ['blinken'], ['ukraine']);
const all = new MeetingNeighbours([d, c, b, a]);

test('previous and next follow the date, whatever order meetings come in', () => {
  expect([all.previous('c')?.id, all.next('c')?.id]).toEqual(['a', 'd']);
  expect(all.previous('a')).toBeUndefined();
  expect(all.next('b')).toBeUndefined();
});

test('a shared participant weighs more than a shared topic', () => {
  // b shares two ministers with a (score 4); c shares one topic (score 1).
  expect(all.related(a).map((m) => m.id)).toEqual(['b', 'c']);
});

test('meetings with nothing in common are not related', () => {
  expect(all.related(d)).toEqual([]);
});

test('no more than the limit is returned', () => {
  expect(all.related(c, 1).map((m) => m.id)).toEqual(['a']);
});

test('among meetings of the same minister, the ones nearest in time are related', () => {
  // Thirty meetings of one minister a month apart: the ones related to the first are its next months, never the last.
  const series = Array.from({ length: 30 }, (_, i) => meeting(`m${String(i).padStart(2, '0')}`, `20${String(10 + Math.floor(i / 12)).padStart(2, '0')}-${String((i % 12) + 1).padStart(2, '0')}-01`, ['hayashi'], []));
  const related = new MeetingNeighbours(series).related(series[0]!).map((m) => m.id);
  expect(related).toEqual(['m01', 'm02', 'm03']);
});
