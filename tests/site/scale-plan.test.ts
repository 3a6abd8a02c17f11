// The browsing plan the build follows (the routes its pages' getStaticPaths return), checked on a generated archive
// of 10,000 readouts: parsing it and planning every page takes seconds, where building its HTML takes minutes.
import { beforeAll, describe, expect, test } from 'vitest';
import { generateCorpus } from '../../scripts/generate-corpus.ts';
import { buildArchive, type Archive } from '../../src/archive/archive.ts';
import {
  allBrowseRoutes, countryEntries, countryMeetingRoutes, countryMentionRoutes, countryRoutes, meetingsIndex, meetingSummaries, partnerRoutes, personEntries,
  personMeetingRoutes, personMentionRoutes, personRoutes, topicEntries, topicRoutes, yearRoutes, type Route, type YearPageProps,
} from '../../src/archive/browse-routes.ts';
import { formatDiagnostic } from '../../src/archive/diagnostics.ts';
import { pageLinks } from '../../src/archive/paginate.ts';
import { lookupOf, type Lookup } from '../../src/archive/summaries.ts';
import { expectedIndexes, type Expected } from './browse-expectations.ts';
import { sortedCopy } from './site-reader.ts';

const READOUTS = 10_000;
/** Planning every page of 10,000 readouts takes seconds, more on a busy machine. */
const HEAVY = 120_000;
let archive: Archive;
let lookup: Lookup;
let expected: Expected;

beforeAll(() => {
  const corpus = generateCorpus({ readouts: READOUTS, seed: 1 });
  const sources = [...corpus.files].filter(([path]) => path.startsWith('readouts/')).map(([path, text]) => ({ name: path.slice('readouts/'.length), bytes: new TextEncoder().encode(text) }));
  const file = (name: string) => corpus.files.get(name)!;
  const result = buildArchive({ contentDir: 'generated', sources, sourcesYaml: file('sources.yaml'), curated: { countries: file('countries.yaml'), people: file('people.yaml'), topics: file('topics.yaml') } });
  if (!result.ok) throw new Error(result.diagnostics.map(formatDiagnostic).slice(0, 20).join('\n'));
  archive = result.archive;
  lookup = lookupOf(archive);
  expected = expectedIndexes(archive);
}, 300_000);

const idsOf = (routes: Route<{ page: { items: { id: string }[] } }>[]) => routes.flatMap((r) => r.props.page.items.map((i) => i.id));

describe(`a generated archive of ${READOUTS.toLocaleString('en-GB')} readouts`, () => {
  test('is read by the real parsers with no error and no warning', () => {
    expect([archive.readouts.length, archive.report.diagnostics.length]).toEqual([READOUTS, 0]);
  }, HEAVY);

  test('has meetings told by more than one account and by both publishers', () => {
    expect(archive.meetings.filter((m) => m.readouts.length > 1).length).toBeGreaterThan(1000);
    expect(archive.meetings.filter((m) => m.publishers.length === 2).length).toBeGreaterThan(1000);
  }, HEAVY);
});

describe('the browsing plan at 10,000 readouts', () => {
  test('no page lists more than 100 entries', () => {
    const over = allBrowseRoutes(archive, lookup).filter((r) => r.entries > 100).map((r) => `${r.path}: ${r.entries}`);
    expect(over).toEqual([]);
  }, HEAVY);

  test('no two pages share an address and none takes a meeting page’s address', () => {
    const paths = allBrowseRoutes(archive, lookup).map((r) => r.path);
    const meetingPages = new Set(archive.meetings.map((m) => `/meetings/${m.id}/`));
    expect(paths.length - new Set(paths).size).toBe(0);
    expect(paths.filter((p) => meetingPages.has(p))).toEqual([]);
  }, HEAVY);

  test('every meeting is reachable from /meetings/ through the links the date pages show', () => {
    const summaries = meetingSummaries(archive, lookup);
    const index = meetingsIndex(summaries);
    const years = new Map(yearRoutes(summaries).map((r) => [r.path, r]));
    const linksOf = (r: Route<YearPageProps>) => [
      ...pageLinks(r.props.page.number, r.props.page.count, `/meetings/${r.props.year}/`).flatMap((l) => ('url' in l ? [l.url] : [])),
      ...r.props.months.map((m) => m.url.split('#')[0]!),
      ...r.props.years.map((y) => y.url),
    ];
    const reached = new Set(index.latest.flatMap((y) => y.months.flatMap((m) => m.items.map((i) => i.id))));
    const queue = [...index.years.map((y) => y.url), ...(index.continues ? [index.continues.url.split('#')[0]!] : [])];
    const seen = new Set(queue);
    while (queue.length) {
      const route = years.get(queue.shift()!)!;
      for (const item of route.props.page.items) reached.add(item.id);
      for (const link of linksOf(route)) if (!seen.has(link)) seen.add(link) && queue.push(link);
    }
    expect(archive.meetings.filter((m) => !reached.has(m.id)).map((m) => m.id)).toEqual([]);
    expect(seen.size).toBe(years.size);
  }, HEAVY);

  test('every meeting is on exactly one year page, and each year is split into pages of 100', () => {
    const routes = yearRoutes(meetingSummaries(archive, lookup));
    const listed = routes.flatMap((r) => r.props.page.items.map((i) => i.id));
    expect(sortedCopy(listed)).toEqual(sortedCopy(archive.meetings.map((m) => m.id)));
    for (const [year, ids] of expected.years) {
      const pages = routes.filter((r) => r.props.year === year);
      expect(pages.map((r) => r.entries), year).toEqual(Array.from({ length: Math.ceil(ids.length / 100) }, (_, i) => Math.min(100, ids.length - i * 100)));
    }
  }, HEAVY);

  test('each country’s meetings, mentions and partner lists hold exactly what the data says', () => {
    const entries = countryEntries(archive);
    const overviews = new Map(countryRoutes(entries).map((r) => [r.params.id, r.props]));
    const full = <T extends { id: string }>(routes: Route<{ page: { items: T[] } }>[], id: string) => idsOf(routes.filter((r) => r.params.id === id));
    const meetingPages = countryMeetingRoutes(entries);
    const mentionPages = countryMentionRoutes(entries);
    const partners = partnerRoutes(entries);
    const problems: string[] = [];
    expect([...overviews.keys()].sort()).toEqual([...expected.countries.keys()].sort());
    for (const [id, want] of expected.countries) {
      const overview = overviews.get(id)!;
      const meetings = overview.meetings.all ? full(meetingPages, id) : overview.meetings.items.map((m) => m.id);
      const mentions = overview.mentions.all ? full(mentionPages, id) : overview.mentions.items.map((m) => m.id);
      if (JSON.stringify(sortedCopy(meetings)) !== JSON.stringify(sortedCopy(want.meetings))) problems.push(`${id}: meetings`);
      if (JSON.stringify(sortedCopy(mentions)) !== JSON.stringify(sortedCopy(want.mentions))) problems.push(`${id}: mentions`);
      for (const p of want.partners) {
        const listed = idsOf(partners.filter((r) => r.params.id === id && r.props.heading === p.label));
        if (JSON.stringify(sortedCopy(listed)) !== JSON.stringify(sortedCopy(p.meetings))) problems.push(`${id}: partner ${p.label}`);
      }
    }
    expect(problems).toEqual([]);
  }, HEAVY);

  test('each person’s meetings and mentions hold exactly what the data says', () => {
    const entries = personEntries(archive);
    const overviews = new Map(personRoutes(entries).map((r) => [r.params.id, r.props]));
    const meetingPages = personMeetingRoutes(entries);
    const mentionPages = personMentionRoutes(entries);
    const problems: string[] = [];
    expect([...overviews.keys()].sort()).toEqual([...expected.people.keys()].sort());
    for (const [id, want] of expected.people) {
      const overview = overviews.get(id)!;
      const attended = overview.attended.all ? meetingPages.filter((r) => r.params.id === id).flatMap((r) => r.props.page.items.map((a) => a.meeting.id)) : overview.attended.items.map((a) => a.meeting.id);
      const mentions = overview.mentions.all ? idsOf(mentionPages.filter((r) => r.params.id === id)) : overview.mentions.items.map((m) => m.id);
      if (JSON.stringify(sortedCopy(attended)) !== JSON.stringify(sortedCopy(want.meetings))) problems.push(`${id}: meetings`);
      if (JSON.stringify(sortedCopy(mentions)) !== JSON.stringify(sortedCopy(want.mentions))) problems.push(`${id}: mentions`);
    }
    expect(problems).toEqual([]);
  }, HEAVY);

  test('each topic quotes every tagged paragraph once, oldest first, across its pages', () => {
    const routes = topicRoutes(topicEntries(archive));
    const problems: string[] = [];
    for (const [id, want] of expected.topics) {
      const quotes = routes.filter((r) => r.params.id === id).flatMap((r) => r.props.page.items);
      if (JSON.stringify(sortedCopy(quotes.map((q) => q.url))) !== JSON.stringify(sortedCopy(want))) problems.push(`${id}: quotations`);
      if (quotes.some((q, i) => i > 0 && q.date < quotes[i - 1]!.date)) problems.push(`${id}: not oldest first`);
    }
    expect(problems).toEqual([]);
  }, HEAVY);
});
