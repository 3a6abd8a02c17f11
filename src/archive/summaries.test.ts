import { describe, expect, test } from 'vitest';
import { byNewest, byOldest, lookupOf, placeText, summarise } from './summaries.ts';
import { loadArchive } from './test-support.ts';

const archive = loadArchive();
const lookup = lookupOf(archive);
const meeting = (id: string) => archive.meetings.find((m) => m.id === id)!;

describe('a meeting summary', () => {
  // 000_….txt: "visiting Indonesia (Jakarta) for the ASEAN-related Foreign Ministers’ Meetings".
  test('names the place as city and country', () => {
    expect(summarise(meeting('2023-07-14-japan-us-rok'), lookup).place).toBe('Jakarta, Republic of Indonesia');
  });

  test('names the countries taking part in full, in the order of countries.yaml', () => {
    expect(summarise(meeting('2023-07-14-japan-us-rok'), lookup).countries.map((c) => c.name)).toEqual(['Japan', 'United States of America', 'Republic of Korea']);
  });

  test('links to the meeting page and counts its accounts', () => {
    const s = summarise(meeting('2023-07-14-japan-us-rok'), lookup);
    expect([s.url, s.accounts]).toEqual(['/meetings/2023-07-14-japan-us-rok/', 4]);
  });

  test('gives topic labels, not ids', () => {
    expect(summarise(meeting('2018-03-17-japan-rok'), lookup).topics.map((t) => t.name)).toContain('Abductions issue');
  });

  test('links each country and topic to its page', () => {
    const s = summarise(meeting('2018-03-17-japan-rok'), lookup);
    expect(s.countries.map((c) => c.url)).toEqual(['/countries/japan/', '/countries/republic-of-korea/']);
    expect(s.topics.find((t) => t.name === 'Abductions issue')?.url).toBe('/topics/abductions-issue/');
  });

  // 003_….txt names no place in its lead.
  test('has no place when no account names one', () => {
    expect(summarise(meeting('2018-03-17-japan-rok'), lookup).place).toBeUndefined();
  });
});

describe('place text', () => {
  test('a country alone is named in full', () => {
    expect(placeText({ country: 'republic-of-korea', text: 'the ROK' }, lookup)).toBe('Republic of Korea');
  });

  test('a place the curated data does not resolve is kept as written', () => {
    expect(placeText({ text: 'Geneva' }, lookup)).toBe('Geneva');
  });
});

test('newest first puts later dates first and orders one day by id', () => {
  const items = [{ date: '2023-01-01', id: 'b' }, { date: '2024-01-01', id: 'a' }, { date: '2023-01-01', id: 'a' }];
  expect([...items].sort(byNewest).map((i) => `${i.date}/${i.id}`)).toEqual(['2024-01-01/a', '2023-01-01/a', '2023-01-01/b']);
  expect([...items].sort(byOldest).map((i) => `${i.date}/${i.id}`)).toEqual(['2023-01-01/a', '2023-01-01/b', '2024-01-01/a']);
});
