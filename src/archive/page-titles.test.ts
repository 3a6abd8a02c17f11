import { expect, test } from 'vitest';
import { meetingPageTitles } from './page-titles.ts';
import type { Meeting } from './schema.ts';

const meeting = (id: string, extra: Partial<Meeting> = {}) =>
  ({ id, title: 'Japan–ROK Foreign Ministers’ Meeting', date: '2018-03-17', channel: 'in-person', ...extra }) as Meeting;

test('a page title is the meeting’s title and its date', () => {
  expect(meetingPageTitles([meeting('a')]).get('a')).toBe('Japan–ROK Foreign Ministers’ Meeting, 17 March 2018');
});

test('meetings of one name on different days differ by their dates', () => {
  const titles = meetingPageTitles([meeting('a'), meeting('b', { date: '2023-07-13' })]);
  expect([titles.get('a'), titles.get('b')]).toEqual(['Japan–ROK Foreign Ministers’ Meeting, 17 March 2018', 'Japan–ROK Foreign Ministers’ Meeting, 13 July 2023']);
});

test('two meetings of one name on one day are told apart by their start times', () => {
  const titles = meetingPageTitles([
    meeting('a', { startTime: { time: '09:30', approximate: true, basis: 'local' } }),
    meeting('b', { startTime: { time: '18:00', approximate: false, basis: 'local' } }),
  ]);
  expect([titles.get('a'), titles.get('b')]).toEqual(['Japan–ROK Foreign Ministers’ Meeting, 17 March 2018, around 09:30', 'Japan–ROK Foreign Ministers’ Meeting, 17 March 2018, 18:00']);
});

test('without start times, by how they met', () => {
  const titles = meetingPageTitles([meeting('a'), meeting('b', { channel: 'telephone' })]);
  expect(titles.get('b')).toBe('Japan–ROK Foreign Ministers’ Meeting, 17 March 2018, telephone');
});

test('when nothing recorded differs, by their order that day', () => {
  const titles = meetingPageTitles([meeting('a'), meeting('b')]);
  expect([titles.get('a'), titles.get('b')]).toEqual([
    'Japan–ROK Foreign Ministers’ Meeting, 17 March 2018 (meeting 1 of 2 that day)',
    'Japan–ROK Foreign Ministers’ Meeting, 17 March 2018 (meeting 2 of 2 that day)',
  ]);
});
