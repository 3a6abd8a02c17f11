import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { escapeHtml, meetingsFeed, meetingsOfCountry, meetingsOfTopic, meetingSummaryText } from './feeds.ts';
import { lookupOf } from './summaries.ts';
import { loadArchive } from './test-support.ts';

const archive = loadArchive();
const lookup = lookupOf(archive);
const input = {
  site: 'https://archive.example/',
  path: '/feed.xml',
  page: '/meetings/',
  title: 'Meetings',
  subtitle: 'Every meeting',
  meetings: archive.meetings,
  lookup,
  fallbackUpdated: '2000-01-01',
};
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'link', 'category'].includes(name) });
const parse = (xml: string) => parser.parse(xml).feed;

describe('an Atom feed of the committed meetings', () => {
  const feed = parse(meetingsFeed(input));

  test('carries the elements Atom requires: id, title, updated and an author', () => {
    expect([feed.id, feed.title, feed.updated, feed.author.name]).toEqual(['https://archive.example/feed.xml', 'Meetings', '2023-11-26T00:00:00.000Z', 'Readout Archive']);
  });

  test('links to itself and to the page it follows', () => {
    expect(feed.link.map((l: Record<string, string>) => [l['@rel'], l['@href']])).toEqual([
      ['alternate', 'https://archive.example/meetings/'],
      ['self', 'https://archive.example/feed.xml'],
    ]);
  });

  test('has one entry per meeting, newest first, each with id, link and date', () => {
    expect(feed.entry.map((e: { id: string; updated: string }) => [e.id, e.updated])).toEqual([
      ['https://archive.example/meetings/2023-11-26-japan-rok/', '2023-11-26T00:00:00.000Z'],
      ['https://archive.example/meetings/2023-07-14-japan-us-rok/', '2023-07-14T00:00:00.000Z'],
      ['https://archive.example/meetings/2023-07-13-japan-rok/', '2023-07-13T00:00:00.000Z'],
      ['https://archive.example/meetings/2018-03-17-japan-rok/', '2018-03-17T00:00:00.000Z'],
    ]);
  });

  test('an entry’s title names the meeting and its day', () => {
    expect(feed.entry[1].title['#text']).toBe('Japan–U.S.–ROK Foreign Ministers’ Meeting, 14 July 2023');
  });

  test('entries are filed under their topics', () => {
    const terms = feed.entry[3].category.map((c: Record<string, string>) => c['@term']);
    expect(terms).toContain('abductions-issue');
  });
});

test('a feed is the same text every time it is built', () => {
  expect(meetingsFeed(input)).toBe(meetingsFeed(input));
});

test('at most the given number of entries, the newest', () => {
  const feed = parse(meetingsFeed({ ...input, size: 2 }));
  expect(feed.entry.map((e: { id: string }) => e.id.split('/').at(-2))).toEqual(['2023-11-26-japan-rok', '2023-07-14-japan-us-rok']);
});

test('an empty feed is dated by the fallback and has no entries', () => {
  const feed = parse(meetingsFeed({ ...input, meetings: [] }));
  expect([feed.updated, feed.entry]).toEqual(['2000-01-01T00:00:00.000Z', undefined]);
});

test('markup in text is escaped, so a feed reader shows it as written', () => {
  expect(escapeHtml('A & B <i>')).toBe('A &amp; B &lt;i&gt;');
});

test('the summary names who took part, where, and the topics', () => {
  const text = meetingSummaryText(archive.meetings.find((m) => m.id === '2023-07-14-japan-us-rok')!, lookup);
  expect(text).toContain('Taking part: Hayashi Yoshimasa (Minister for Foreign Affairs of Japan); Antony Blinken');
  expect(text).toContain('Place: Indonesia (Jakarta).');
  expect(text).toContain('4 accounts.');
});

describe('what a feed follows', () => {
  test('a country’s feed has the meetings it took part in and those that name it', () => {
    // North Korea takes part in none of the four meetings and is named in all of them.
    expect(meetingsOfCountry(archive.meetings, 'north-korea')).toHaveLength(4);
    expect(meetingsOfCountry(archive.meetings, 'ukraine').map((m) => m.id)).toEqual(['2023-07-14-japan-us-rok']);
  });

  test('a topic’s feed has the meetings it was raised in', () => {
    expect(meetingsOfTopic(archive.meetings, 'women-peace-security').map((m) => m.id)).toEqual(['2023-11-26-japan-rok']);
  });
});
