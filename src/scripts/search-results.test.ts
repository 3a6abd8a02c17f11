import { describe, expect, test } from 'vitest';
import { parseQuery } from './search-query.ts';
import { bestRegions, excerpt, firstThose, highlightTerms, matchPage, regionsOf, resultUrl, tally, type Anchor, type RegionMatch } from './search-results.ts';

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
  { element: 'div', id: 'mofa-1', title: 'MOFA Japan readout, paragraph 1', location: 7 },
  { element: 'div', id: 'mofa-2', title: 'MOFA Japan readout, paragraph 2', location: 13 },
  { element: 'p', id: 'copy-status', text: '', location: 20 },
];
const REGIONS = regionsOf(20, ANCHORS, 'Japan–ROK Foreign Ministers’ Meeting');

describe('regions of a page', () => {
  test('split at titled elements and headings with ids, after the words before the first of them', () => {
    expect(REGIONS.map((r) => [r.id, r.title, r.start, r.end])).toEqual([
      [null, 'Japan–ROK Foreign Ministers’ Meeting', 0, 4],
      ['mofa-heading', 'MOFA Japan: Readout', 4, 7],
      ['mofa-1', 'MOFA Japan readout, paragraph 1', 7, 13],
      ['mofa-2', 'MOFA Japan readout, paragraph 2', 13, 20],
    ]);
  });
});

describe('matching a page', () => {
  test('a checked phrase is marked in every paragraph that holds it', () => {
    const match = matchPage(CONTENT, REGIONS, parseQuery('"abductions issue"'), true, []);
    expect(match.ok).toBe(true);
    expect(match.occurrences).toBe(2);
    expect(match.regions.map((r) => [r.region.id, r.marks])).toEqual([
      ['mofa-1', [10, 11]],
      ['mofa-2', [17, 18]],
    ]);
  });

  test('a phrase running from one paragraph into the next does not count', () => {
    expect(matchPage(CONTENT, REGIONS, parseQuery('"again They"'), true, []).ok).toBe(false);
  });

  test('when checked, every phrase and every plain word must be on the page', () => {
    expect(matchPage(CONTENT, REGIONS, parseQuery('"abductions issue" Hayashi'), true, []).ok).toBe(false);
    expect(matchPage(CONTENT, REGIONS, parseQuery('"abductions issue" resolv'), true, []).ok).toBe(true);
  });

  test('unchecked, the page stands as Pagefind matched it and its word positions are marked', () => {
    const match = matchPage(CONTENT, REGIONS, parseQuery('abductions'), false, [10, 17]);
    expect(match.ok).toBe(true);
    expect(match.regions.map((r) => [r.region.id, r.marks])).toEqual([
      ['mofa-1', [10]],
      ['mofa-2', [17]],
    ]);
  });

  test('plain words next to each other make a passage rank first', () => {
    const match = matchPage(CONTENT, REGIONS, parseQuery('issue again'), false, [11, 12, 18]);
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

  test('a result address carries the words to highlight and the paragraph', () => {
    expect(resultUrl('/meetings/2023-07-14-japan-us-rok/', ['abductions issue', 'U.S'], 'mofa-2')).toBe('/meetings/2023-07-14-japan-us-rok/?highlight=abductions+issue&highlight=U.S#mofa-2');
    expect(resultUrl('/meetings/2018-03-17-japan-rok/', [], null)).toBe('/meetings/2018-03-17-japan-rok/');
  });
});

describe('ordering and counting results', () => {
  test('results in a chosen set come first, each group in its order', () => {
    const ids = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
    expect(firstThose(ids, new Set(['d', 'b'])).map((r) => r.id)).toEqual(['b', 'd', 'a', 'c']);
  });

  test('a value counts the pages carrying it, once per page', () => {
    expect(
      tally([
        { filters: { publisher: ['mofa-japan', 'us-state-department', 'us-state-department'], year: ['2023'] } },
        { filters: { publisher: ['mofa-japan'], year: ['2018'] } },
      ]),
    ).toEqual({ publisher: { 'mofa-japan': 2, 'us-state-department': 1 }, year: { '2023': 1, '2018': 1 } });
  });
});
