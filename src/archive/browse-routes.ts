// Every browsing page the site builds, with what it shows: the pages' getStaticPaths are these lists, so the plan
// that tests check at scale is the one the build follows.
import { countryIndex, countryFeedPath, countryMeetingsPath, countryMentionsPath, type CountryEntry } from './country-index.ts';
import { datePlan, groupByYearMonth, type MonthLink, type YearGroup } from './date-index.ts';
import { countryPath, personPath, topicPath } from './labels.ts';
import { originalFiles, type OriginalFile } from './originals.ts';
import { pageParam, paginate, SECTION_SIZE, type Page } from './paginate.ts';
import { personIndex, personMeetingsPath, personMentionsPath, type Attendance, type OfficeHeld, type PersonEntry } from './person-index.ts';
import type { ArchiveData } from './archive-data.ts';
import type { ReadoutRef } from './readout-refs.ts';
import type { Country, Person, Topic } from './schema.ts';
import { lookupOf, summarise, type Lookup, type MeetingSummary } from './summaries.ts';
import { topicFeedPath, topicIndex, type Quotation, type TopicEntry, type YearCount } from './topic-index.ts';

/**
 * An index made once for an archive: a person's, a country's and a topic's pages each list routes from the same
 * index, and making it for each kind of page repeats a pass over the whole archive. The lookup is the archive's own.
 */
function onceFor<T>(make: (data: ArchiveData, lookup: Lookup) => T): (data: ArchiveData) => T {
  const made = new WeakMap<ArchiveData, T>();
  return (data) => {
    if (!made.has(data)) made.set(data, make(data, lookupOf(data)));
    return made.get(data)!;
  };
}

export interface Route<P> {
  /** The page's address. */
  path: string;
  params: Record<string, string | undefined>;
  props: P;
  /** How many list entries the page shows. */
  entries: number;
}

export interface YearLink {
  year: string;
  count: number;
  url: string;
}

/** A list cut short on an overview page, with the address of the whole list when it is longer. */
export interface Section<T> {
  items: T[];
  total: number;
  all?: string;
}

function section<T>(items: readonly T[], all: string): Section<T> {
  return { items: items.slice(0, SECTION_SIZE), total: items.length, ...(items.length > SECTION_SIZE ? { all } : {}) };
}

/** Pages of a list under `base`, one route each, for a "[...page]" route file. */
function listRoutes<T, P>(items: readonly T[], base: string, params: Record<string, string>, props: (page: Page<T>, before: T | undefined) => P): Route<P>[] {
  return paginate(items, base).map((page) => ({ path: page.url, params: { ...params, page: pageParam(page.number) }, props: props(page, items[page.offset - 1]), entries: page.items.length }));
}

/** The group a page's first entry shares with the last entry of the page before, if it does. */
function carriedOver<T extends { date: string }>(first: T | undefined, before: T | undefined, length: 4 | 7): string | undefined {
  if (!first || !before) return undefined;
  const key = first.date.slice(0, length);
  return before.date.slice(0, length) === key ? key : undefined;
}

// --- By date ---

export interface MeetingsIndex {
  latest: YearGroup<MeetingSummary>[];
  latestCount: number;
  continues?: { url: string; year: string };
  years: YearLink[];
}

export interface YearPageProps {
  year: string;
  count: number;
  page: Page<MeetingSummary>;
  /** The month this page carries on from the page before. */
  continued?: string;
  groups: YearGroup<MeetingSummary>[];
  months: MonthLink[];
  years: YearLink[];
}

export function meetingSummaries(data: Pick<ArchiveData, 'meetings'>, lookup: Lookup): MeetingSummary[] {
  return data.meetings.map((m) => summarise(m, lookup));
}

export function meetingsIndex(summaries: readonly MeetingSummary[]): MeetingsIndex {
  const plan = datePlan(summaries);
  return {
    latest: groupByYearMonth(plan.latest),
    latestCount: plan.latest.length,
    ...(plan.continues ? { continues: plan.continues } : {}),
    years: plan.years.map((y) => ({ year: y.year, count: y.count, url: y.url })),
  };
}

export function yearRoutes(summaries: readonly MeetingSummary[]): Route<YearPageProps>[] {
  const plan = datePlan(summaries);
  const years = plan.years.map((y) => ({ year: y.year, count: y.count, url: y.url }));
  return plan.years.flatMap((y) =>
    y.pages.map((page, i) => {
      const continued = carriedOver(page.items[0], y.pages[i - 1]?.items.at(-1), 7);
      return {
        path: page.url,
        params: { year: y.year, page: pageParam(page.number) },
        props: { year: y.year, count: y.count, page, ...(continued ? { continued } : {}), groups: groupByYearMonth(page.items), months: y.months, years },
        entries: page.items.length,
      };
    }),
  );
}

// --- By country ---

export interface CountryRow {
  id: string;
  name: string;
  url: string;
  meetings: number;
  mentions: number;
}

export interface CountryPageProps {
  country: Country;
  feed: string;
  partners: { label: string; url: string; count: number }[];
  meetings: Section<MeetingSummary>;
  mentions: Section<ReadoutRef>;
}

export interface CountryListProps<T> {
  country: { id: string; name: string; url: string };
  /** What the list is, e.g. "Japan–ROK bilateral". */
  heading: string;
  /** The list's own address, its first page. */
  base: string;
  page: Page<T>;
}

export const countryEntries = onceFor(countryIndex);

export function countryIndexRoutes(entries: readonly CountryEntry[]): Route<{ page: Page<CountryRow> }>[] {
  const rows = entries.map((e) => ({ id: e.country.id, name: e.country.name, url: e.url, meetings: e.meetings.length, mentions: e.mentions.length }));
  return listRoutes(rows, '/countries/', {}, (page) => ({ page }));
}

export function countryRoutes(entries: readonly CountryEntry[]): Route<CountryPageProps>[] {
  return entries.map((e) => {
    const meetings = section(e.meetings, countryMeetingsPath(e.country.id));
    const mentions = section(e.mentions, countryMentionsPath(e.country.id));
    return {
      path: countryPath(e.country.id),
      params: { id: e.country.id },
      props: { country: e.country, feed: countryFeedPath(e.country.id), partners: e.partners.map((p) => ({ label: p.label, url: p.url, count: p.meetings.length })), meetings, mentions },
      entries: meetings.items.length + mentions.items.length,
    };
  });
}

const countryRef = (e: CountryEntry) => ({ id: e.country.id, name: e.country.name, url: e.url });

/** Whole lists of meetings, only for countries whose overview cannot show them all. */
export function countryMeetingRoutes(entries: readonly CountryEntry[]): Route<CountryListProps<MeetingSummary>>[] {
  return entries
    .filter((e) => e.meetings.length > SECTION_SIZE)
    .flatMap((e) => listRoutes(e.meetings, countryMeetingsPath(e.country.id), { id: e.country.id }, (page) => ({ country: countryRef(e), heading: 'Meetings', base: countryMeetingsPath(e.country.id), page })));
}

export function countryMentionRoutes(entries: readonly CountryEntry[]): Route<CountryListProps<ReadoutRef>>[] {
  return entries
    .filter((e) => e.mentions.length > SECTION_SIZE)
    .flatMap((e) => listRoutes(e.mentions, countryMentionsPath(e.country.id), { id: e.country.id }, (page) => ({ country: countryRef(e), heading: 'Mentioned in', base: countryMentionsPath(e.country.id), page })));
}

export function partnerRoutes(entries: readonly CountryEntry[]): Route<CountryListProps<MeetingSummary>>[] {
  return entries.flatMap((e) => e.partners.flatMap((p) => listRoutes(p.meetings, p.url, { id: e.country.id, partners: p.key }, (page) => ({ country: countryRef(e), heading: p.label, base: p.url, page }))));
}

// --- By person ---

export interface PersonRow {
  id: string;
  name: string;
  url: string;
  country?: string;
  meetings: number;
  mentions: number;
}

export interface PersonPageProps {
  person: Person;
  country?: string;
  offices: OfficeHeld[];
  attended: Section<Attendance>;
  mentions: Section<ReadoutRef>;
}

export interface PersonListProps<T> {
  person: { id: string; name: string; url: string };
  heading: string;
  /** The list's own address, its first page. */
  base: string;
  page: Page<T>;
}

export const personEntries = onceFor(personIndex);

export function peopleIndexRoutes(entries: readonly PersonEntry[]): Route<{ page: Page<PersonRow> }>[] {
  const rows = entries.map((e) => ({ id: e.person.id, name: e.person.name, url: e.url, ...(e.country ? { country: e.country } : {}), meetings: e.attended.length, mentions: e.mentions.length }));
  return listRoutes(rows, '/people/', {}, (page) => ({ page }));
}

export function personRoutes(entries: readonly PersonEntry[]): Route<PersonPageProps>[] {
  return entries.map((e) => {
    const attended = section(e.attended, personMeetingsPath(e.person.id));
    const mentions = section(e.mentions, personMentionsPath(e.person.id));
    return {
      path: personPath(e.person.id),
      params: { id: e.person.id },
      props: { person: e.person, ...(e.country ? { country: e.country } : {}), offices: e.offices, attended, mentions },
      entries: attended.items.length + mentions.items.length,
    };
  });
}

const personRef = (e: PersonEntry) => ({ id: e.person.id, name: e.person.name, url: e.url });

export function personMeetingRoutes(entries: readonly PersonEntry[]): Route<PersonListProps<Attendance>>[] {
  return entries
    .filter((e) => e.attended.length > SECTION_SIZE)
    .flatMap((e) => listRoutes(e.attended, personMeetingsPath(e.person.id), { id: e.person.id }, (page) => ({ person: personRef(e), heading: 'Meetings attended', base: personMeetingsPath(e.person.id), page })));
}

export function personMentionRoutes(entries: readonly PersonEntry[]): Route<PersonListProps<ReadoutRef>>[] {
  return entries
    .filter((e) => e.mentions.length > SECTION_SIZE)
    .flatMap((e) => listRoutes(e.mentions, personMentionsPath(e.person.id), { id: e.person.id }, (page) => ({ person: personRef(e), heading: 'Mentioned in', base: personMentionsPath(e.person.id), page })));
}

// --- By topic ---

export interface TopicRow {
  id: string;
  label: string;
  url: string;
  meetings: number;
  paragraphs: number;
}

export interface TopicPageProps {
  topic: Topic;
  feed: string;
  /** Shown on the first page only. */
  overview?: { years: YearCount[]; related: TopicEntry['related']; meetings: number };
  page: Page<Quotation>;
  /** The year this page carries on from the page before. */
  continued?: string;
  /** The page's quotations by year. */
  groups: { year: string; items: Quotation[] }[];
}

export const topicEntries = onceFor(topicIndex);

/** Readers look a topic up by what it is called, so the index is in order of labels, never of ids. */
export function topicIndexRoutes(entries: readonly TopicEntry[]): Route<{ page: Page<TopicRow> }>[] {
  const rows = entries
    .map((e) => ({ id: e.topic.id, label: e.topic.label, url: e.url, meetings: e.meetings, paragraphs: e.quotations.length }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en', { sensitivity: 'base' }) || a.id.localeCompare(b.id));
  return listRoutes(rows, '/topics/', {}, (page) => ({ page }));
}

export function topicRoutes(entries: readonly TopicEntry[]): Route<TopicPageProps>[] {
  return entries.flatMap((e) =>
    listRoutes(e.quotations, topicPath(e.topic.id), { id: e.topic.id }, (page, before) => {
      const continued = carriedOver(page.items[0], before, 4);
      return {
        topic: e.topic,
        feed: topicFeedPath(e.topic.id),
        ...(page.number === 1 ? { overview: { years: e.years, related: e.related, meetings: e.meetings } } : {}),
        page,
        ...(continued ? { continued } : {}),
        groups: groupByYear(page.items),
      };
    }),
  );
}

function groupByYear(quotations: readonly Quotation[]): { year: string; items: Quotation[] }[] {
  const groups: { year: string; items: Quotation[] }[] = [];
  for (const q of quotations) {
    const year = q.date.slice(0, 4);
    if (groups[groups.length - 1]?.year !== year) groups.push({ year, items: [] });
    groups[groups.length - 1]!.items.push(q);
  }
  return groups;
}

// --- Originals ---

export function originalsRoutes(data: Pick<ArchiveData, 'readouts' | 'meetings'>): Route<{ page: Page<OriginalFile> }>[] {
  return listRoutes(originalFiles(data.readouts, data.meetings), '/originals/', {}, (page) => ({ page }));
}

/** Every browsing route, for checks across the whole plan. */
export function allBrowseRoutes(data: ArchiveData, lookup: Lookup): Route<unknown>[] {
  const countries = countryEntries(data);
  const people = personEntries(data);
  const topics = topicEntries(data);
  const summaries = meetingSummaries(data, lookup);
  const index = meetingsIndex(summaries);
  return [
    { path: '/meetings/', params: {}, props: index, entries: index.latestCount },
    ...yearRoutes(summaries),
    ...countryIndexRoutes(countries),
    ...countryRoutes(countries),
    ...countryMeetingRoutes(countries),
    ...countryMentionRoutes(countries),
    ...partnerRoutes(countries),
    ...peopleIndexRoutes(people),
    ...personRoutes(people),
    ...personMeetingRoutes(people),
    ...personMentionRoutes(people),
    ...topicIndexRoutes(topics),
    ...topicRoutes(topics),
    ...originalsRoutes(data),
  ];
}
