import { describe, expect, test } from 'vitest';
import { PhraseMatcher } from './enrichment/matchers.ts';
import { lookupOf } from './summaries.ts';
import { loadArchive } from './test-support.ts';
import { highlight, topicFeedPath, topicIndex } from './topic-index.ts';

const archive = loadArchive();
const entries = topicIndex(archive, lookupOf(archive));
const entry = (id: string) => entries.find((e) => e.topic.id === id)!;
const plain = (q: { segments: { text: string }[] }) => q.segments.map((s) => s.text).join('');

describe('the abductions issue in the committed archive', () => {
  // MOFA raises it in points 2 and 3 of the 2018 readout and in one point of each 2023 readout.
  test('quotes every tagged paragraph, oldest first, linked to its anchor', () => {
    expect(entry('abductions-issue').quotations.map((q) => q.url)).toEqual([
      '/meetings/2018-03-17-japan-rok/#mofa-2',
      '/meetings/2018-03-17-japan-rok/#mofa-3',
      '/meetings/2023-07-13-japan-rok/#mofa-3',
      '/meetings/2023-07-14-japan-us-rok/#mofa-2',
      '/meetings/2023-11-26-japan-rok/#mofa-3',
    ]);
  });

  test('shows the change of wording from maximum pressure to an open path to dialogue', () => {
    const quotes = entry('abductions-issue').quotations.map(plain);
    expect(quotes[0]).toContain('uphold the maximum pressure campaign');
    expect(quotes[3]).toContain('the path to dialogue with North Korea remains open');
  });

  test('quotations keep the paragraph text exactly', () => {
    const paragraph = archive.readouts.find((r) => r.id === '004-643d290870f2ad2b')!.paragraphs.find((p) => p.anchor === 'mofa-3')!;
    expect(plain(entry('abductions-issue').quotations[4]!)).toBe(paragraph.text);
  });

  test('counts paragraphs and meetings for every year from the first mention to the last', () => {
    expect(entry('abductions-issue').years.map((y) => [y.year, y.paragraphs, y.meetings])).toEqual([
      ['2018', 2, 1], ['2019', 0, 0], ['2020', 0, 0], ['2021', 0, 0], ['2022', 0, 0], ['2023', 3, 3],
    ]);
  });

  test('a year with quotations links to where they begin; an empty year does not', () => {
    const years = entry('abductions-issue').years;
    expect(years[0]!.url).toBe('/topics/abductions-issue/#year-2018');
    expect(years[1]!.url).toBeUndefined();
  });

  test('related topics carry their labels and links', () => {
    expect(entry('abductions-issue').related).toEqual([
      { id: 'human-rights-north-korea', label: 'Human rights in North Korea', url: '/topics/human-rights-north-korea/' },
      { id: 'north-korea-nuclear-missile', label: 'North Korea\'s nuclear and missile programmes', url: '/topics/north-korea-nuclear-missile/' },
    ]);
  });

  test('the meeting count is of meetings, not paragraphs', () => {
    expect(entry('abductions-issue').meetings).toBe(4);
  });
});

test('with a small page size, a later year links into a later page', () => {
  const small = topicIndex(archive, lookupOf(archive), 2).find((e) => e.topic.id === 'abductions-issue')!;
  expect(small.years.at(-1)!.url).toBe('/topics/abductions-issue/page/2/#year-2023');
});

test('every topic of topics.yaml that tags a paragraph has an entry', () => {
  const tagged = new Set(archive.readouts.flatMap((r) => r.paragraphs.flatMap((p) => p.topics)));
  expect(entries.map((e) => e.topic.id).sort()).toEqual([...tagged].sort());
});

describe('highlighting', () => {
  const matcher = new PhraseMatcher(['abductions issue', 'abductions'].map((phrase) => ({ phrase, value: true as const })), { caseSensitive: false });

  test('marks each phrase, longest first, and keeps the text between', () => {
    expect(highlight('the Abductions issue and other abductions.', matcher)).toEqual([
      { text: 'the ', mark: false },
      { text: 'Abductions issue', mark: true },
      { text: ' and other ', mark: false },
      { text: 'abductions', mark: true },
      { text: '.', mark: false },
    ]);
  });

  test('text without a phrase is one plain run', () => {
    expect(highlight('no match here', matcher)).toEqual([{ text: 'no match here', mark: false }]);
  });
});

test('feed address', () => {
  expect(topicFeedPath('ukraine')).toBe('/topics/ukraine/feed.xml');
});
