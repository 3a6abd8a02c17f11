import { describe, expect, test } from 'vitest';
import {
  allBrowseRoutes, countryEntries, countryIndexRoutes, countryMeetingRoutes, countryRoutes, meetingsIndex, meetingSummaries, originalsRoutes, partnerRoutes,
  peopleIndexRoutes, personEntries, personRoutes, topicEntries, topicIndexRoutes, topicRoutes, yearRoutes,
} from './browse-routes.ts';
import { PAGE_SIZE, SECTION_SIZE } from './paginate.ts';
import { lookupOf } from './summaries.ts';
import { loadArchive } from './test-support.ts';

const archive = loadArchive();
const lookup = lookupOf(archive);
const summaries = meetingSummaries(archive, lookup);

describe('by date', () => {
  test('the index groups the newest meetings by year and month and does not continue', () => {
    const index = meetingsIndex(summaries);
    expect(index.latest.map((y) => [y.year, y.months.map((m) => m.month)])).toEqual([['2023', ['2023-11', '2023-07']], ['2018', ['2018-03']]]);
    expect(index.continues).toBeUndefined();
  });

  test('the index links every year with its count', () => {
    expect(meetingsIndex(summaries).years).toEqual([{ year: '2023', count: 3, url: '/meetings/2023/' }, { year: '2018', count: 1, url: '/meetings/2018/' }]);
  });

  test('there is one page per year, with no page parameter for the first page', () => {
    expect(yearRoutes(summaries).map((r) => [r.path, r.params])).toEqual([
      ['/meetings/2023/', { year: '2023', page: undefined }],
      ['/meetings/2018/', { year: '2018', page: undefined }],
    ]);
  });
});

describe('by country', () => {
  const entries = countryEntries(archive);

  test('the index has one row per country with its counts', () => {
    const rows = countryIndexRoutes(entries)[0]!.props.page.items;
    expect(rows.find((r) => r.id === 'north-korea')).toEqual({ id: 'north-korea', name: 'Democratic People\'s Republic of Korea', url: '/countries/north-korea/', meetings: 0, mentions: 5 });
  });

  test('a short list is shown whole on the overview, with no link to a longer one', () => {
    const rok = countryRoutes(entries).find((r) => r.params.id === 'republic-of-korea')!;
    expect([rok.props.meetings.items.length, rok.props.meetings.total, rok.props.meetings.all]).toEqual([4, 4, undefined]);
  });

  test('no country of the committed archive needs a separate list of meetings', () => {
    expect(countryMeetingRoutes(entries)).toEqual([]);
  });

  test('each partner group has its page', () => {
    const rok = partnerRoutes(entries).filter((r) => r.params.id === 'republic-of-korea');
    expect(rok.map((r) => [r.path, r.params.partners, r.props.heading, r.entries])).toEqual([
      ['/countries/republic-of-korea/with/japan/', 'japan', 'Japan–ROK bilateral', 3],
      ['/countries/republic-of-korea/with/japan-us/', 'japan-us', 'Japan–U.S.–ROK trilateral', 1],
    ]);
  });
});

describe('by person', () => {
  const entries = personEntries(archive);

  test('the people index lists eight people with their meeting counts', () => {
    const rows = peopleIndexRoutes(entries)[0]!.props.page.items;
    expect(rows.map((r) => [r.id, r.meetings])).toEqual([
      ['antony-blinken', 1], ['hayashi-yoshimasa', 2], ['kamikawa-yoko', 1], ['kang-kyung-wha', 1], ['kono-taro', 1], ['matthew-miller', 0], ['park-jin', 3], ['seo-hoon', 0],
    ]);
  });

  test('a person page counts what it shows', () => {
    const park = personRoutes(entries).find((r) => r.params.id === 'park-jin')!;
    expect([park.path, park.entries]).toEqual(['/people/park-jin/', 3]);
  });
});

describe('by topic', () => {
  const routes = topicRoutes(topicEntries(archive));
  const abductions = routes.find((r) => r.path === '/topics/abductions-issue/')!;

  test('the first page carries the overview and the quotations grouped by year', () => {
    expect(abductions.props.overview?.meetings).toBe(4);
    expect(abductions.props.groups.map((g) => [g.year, g.items.length])).toEqual([['2018', 2], ['2023', 3]]);
  });

  test('every topic that tags a paragraph is on the topics index', () => {
    const rows = topicIndexRoutes(topicEntries(archive))[0]!.props.page.items;
    expect(rows.map((r) => r.id).sort()).toEqual(routes.map((r) => r.params.id!).sort());
  });

  test('the topics index is in alphabetical order of labels, whatever the order of ids', () => {
    const rows = topicIndexRoutes(topicEntries(archive))[0]!.props.page.items;
    expect(rows.slice(0, 4).map((r) => r.label)).toEqual(['Abductions issue', 'ALPS treated water', 'Disinformation', 'Economic security']);
    expect(rows.slice(-3).map((r) => r.label)).toEqual(['Ukraine', 'UN Security Council resolutions and sanctions', 'Women, Peace and Security']);
  });
});

test('the originals are listed on one page', () => {
  expect(originalsRoutes(archive).map((r) => [r.path, r.entries])).toEqual([['/originals/', 5]]);
});

describe('the whole plan', () => {
  const routes = allBrowseRoutes(archive, lookup);

  test('no two pages share an address', () => {
    const paths = routes.map((r) => r.path);
    expect(paths.length).toBe(new Set(paths).size);
  });

  test('no browsing page takes a meeting page’s address', () => {
    const meetingPages = new Set(archive.meetings.map((m) => `/meetings/${m.id}/`));
    expect(routes.filter((r) => meetingPages.has(r.path))).toEqual([]);
  });

  test('no page shows more than a page-full of entries, and overviews at most two sections', () => {
    expect(Math.max(...routes.map((r) => r.entries))).toBeLessThanOrEqual(PAGE_SIZE);
    expect(2 * SECTION_SIZE).toBeLessThanOrEqual(PAGE_SIZE);
  });
});

describe('pages that carry a group over', () => {
  // 150 meetings in March 2023 and 10 in February: page 2 goes on with March, then starts February.
  const day = (d: number, month = '03') => `2023-${month}-${String(d).padStart(2, '0')}`;
  const many = [
    ...Array.from({ length: 150 }, (_, i) => ({ ...summaries[0]!, id: `m${String(i).padStart(3, '0')}`, date: day(1 + (i % 28)) })),
    ...Array.from({ length: 10 }, (_, i) => ({ ...summaries[0]!, id: `f${i}`, date: day(1 + i, '02') })),
  ];
  const routes = yearRoutes(many);

  test('a year page that goes on with the month of the page before says which month', () => {
    expect(routes.map((r) => [r.path, r.props.continued])).toEqual([
      ['/meetings/2023/', undefined],
      ['/meetings/2023/page/2/', '2023-03'],
    ]);
  });

  test('the month links of every page of a year point to where each month begins', () => {
    expect(routes[1]!.props.months.map((m) => m.url)).toEqual(['/meetings/2023/#month-2023-03', '/meetings/2023/page/2/#month-2023-02']);
  });
});
