import { describe, expect, test } from 'vitest';
import { bestRegions, excerpt, firstThose, highlightTerms, markPage, pageText, regionsOf, resultUrl, type Anchor, type RegionMatch } from './search-results.ts';
import { queryWords } from './search-text.ts';

// A page as Pagefind records it: title and participants, then two paragraphs (ids with data-pagefind-title)
// after a heading. Word positions: 0–3 title, 4–6 heading, 7–12 first paragraph, 13–19 second.
const CONTENT = [
  'Japan–ROK Foreign Ministers’ Meeting.',
  'MOFA Japan: Readout.',
  'He raised the abductions issue again.',
  'They will resolve the abductions issue soon.',
].join(' ');
const ANCHORS: Anchor[] = [
  { element: 'section', id: 'mofa', text: 'Readout', location: 4 },
  { element: 'h2', id: 'mofa-heading', text: 'MOFA Japan: Readout', location: 4 },
  { element: 'div', id: 'mofa-1', title: 'MOFA Japan readout, point 1', location: 7 },
  { element: 'div', id: 'mofa-2', title: 'MOFA Japan readout, point 2', location: 13 },
  { element: 'p', id: 'copy-status', text: '', location: 20 },
];
const REGIONS = regionsOf(20, ANCHORS, 'Japan–ROK Foreign Ministers’ Meeting');

describe('regions of a page', () => {
  test('split at titled elements and headings with ids, after the words before the first of them', () => {
    expect(REGIONS.map((r) => [r.id, r.title, r.start, r.end])).toEqual([
      [null, 'Japan–ROK Foreign Ministers’ Meeting', 0, 4],
      ['mofa-heading', 'MOFA Japan: Readout', 4, 7],
      ['mofa-1', 'MOFA Japan readout, point 1', 7, 13],
      ['mofa-2', 'MOFA Japan readout, point 2', 13, 20],
    ]);
  });
});

describe('marking a page', () => {
  const words = (text: string) => queryWords(text);

  test('a checked form is marked in every paragraph that holds it, and found', () => {
    const match = markPage(CONTENT, REGIONS, [], [words('abductions issue')]);
    expect(match.found).toEqual([true]);
    expect(match.regions.map((r) => [r.region.id, r.marks])).toEqual([
      ['mofa-1', [10, 11]],
      ['mofa-2', [17, 18]],
    ]);
  });

  test('a page split once is marked as its text is, checked forms and Pagefind’s forms alike', () => {
    const match = markPage(pageText(CONTENT), REGIONS, [10], [words('abductions issue')], [words('issue')]);
    expect(match.found).toEqual([true]);
    expect(match.regions.map((r) => [r.region.id, r.marks])).toEqual([
      ['mofa-1', [10, 11]],
      ['mofa-2', [17, 18]],
    ]);
  });

  test('a form running from one paragraph into the next is not found', () => {
    expect(markPage(CONTENT, REGIONS, [], [words('again They')]).found).toEqual([false]);
  });

  test('Pagefind’s word positions are marked in their regions', () => {
    const match = markPage(CONTENT, REGIONS, [10, 17], []);
    expect(match.regions.map((r) => [r.region.id, r.marks])).toEqual([
      ['mofa-1', [10]],
      ['mofa-2', [17]],
    ]);
  });

  test('a stop word alone is never marked, but stays marked inside a run', () => {
    // Position 16 is "the", before "abductions issue" at 17 and 18.
    expect(markPage(CONTENT, REGIONS, [16], []).regions).toEqual([]);
    expect(markPage(CONTENT, REGIONS, [16, 17, 18], []).regions.map((r) => r.marks)).toEqual([[16, 17, 18]]);
  });

  test('passages with more marked runs, then more marked words, rank first', () => {
    const match = markPage(CONTENT, REGIONS, [11, 18, 10], []);
    expect(bestRegions(match.regions, 1).map((r) => r.region.id)).toEqual(['mofa-1']);
  });
});

describe('showing a match', () => {
  const region = (marks: number[]): RegionMatch => ({ region: REGIONS[3]!, marks, hits: 1 });

  test('an excerpt runs from a little before the first marked word, with marked runs merged', () => {
    expect(excerpt(CONTENT, region([17, 18]), 5)).toEqual([
      { text: '… resolve the ', mark: false },
      { text: 'abductions issue', mark: true },
      { text: ' soon.', mark: false },
    ]);
  });

  test('punctuation at the edges of marked words stays outside the mark', () => {
    expect(excerpt(CONTENT, region([18, 19]), 3)).toEqual([
      { text: '… abductions ', mark: false },
      { text: 'issue soon', mark: true },
      { text: '.', mark: false },
    ]);
  });

  test('an excerpt shorter than its region says where the region goes on', () => {
    expect(excerpt(CONTENT, region([14]), 3)).toEqual([
      { text: 'They ', mark: false },
      { text: 'will', mark: true },
      { text: ' resolve …', mark: false },
    ]);
  });

  test('the words to highlight are the page’s own spelling of each marked run, trimmed and without repeats', () => {
    const matches = [region([10, 11]), region([17, 18]), { region: REGIONS[0]!, marks: [0], hits: 0 }];
    expect(highlightTerms(CONTENT, matches)).toEqual(['abductions issue', 'Japan–ROK']);
  });

  test('an abbreviation keeps its final full stop among the words to highlight', () => {
    const content = 'Japan, the U.S., and Japan-U.S.-ROK';
    const regions = regionsOf(5, [], 'Page');
    expect(highlightTerms(content, [{ region: regions[0]!, marks: [2], hits: 1 }, { region: regions[0]!, marks: [4], hits: 1 }])).toEqual(['U.S.', 'Japan-U.S.-ROK']);
  });

  test('a marked compound is narrowed to the part searched for', () => {
    const content = 'Talks on Japan-DPRK relations and the Japan-North Korea summit.';
    const regions = regionsOf(10, [], 'Page');
    const marks = [{ region: regions[0]!, marks: [2], hits: 1 }, { region: regions[0]!, marks: [6, 7], hits: 1 }];
    expect(highlightTerms(content, marks, [queryWords('DPRK'), queryWords('North Korea')])).toEqual(['DPRK', 'North Korea']);
  });

  test('a result address carries the words to highlight and the paragraph', () => {
    expect(resultUrl('/meetings/2023-07-14-japan-us-rok/', ['abductions issue', 'U.S'], 'mofa-2')).toBe('/meetings/2023-07-14-japan-us-rok/?highlight=abductions+issue&highlight=U.S#mofa-2');
    expect(resultUrl('/meetings/2018-03-17-japan-rok/', [], null)).toBe('/meetings/2018-03-17-japan-rok/');
  });
});

describe('ordering results', () => {
  test('results in a chosen set come first, each group in its order', () => {
    const ids = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
    expect(firstThose(ids, new Set(['d', 'b'])).map((r) => r.id)).toEqual(['b', 'd', 'a', 'c']);
  });
});
