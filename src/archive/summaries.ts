// What a list entry says about a meeting, resolved once from the curated data so pages only print it.
import { countryPath, meetingPath, topicPath } from './labels.ts';
import type { Country, Meeting, Person, Topic } from './schema.ts';

export interface Lookup {
  countries: Map<string, Country>;
  people: Map<string, Person>;
  topics: Map<string, Topic>;
}

export function lookupOf(curated: { countries: readonly Country[]; people: readonly Person[]; topics: readonly Topic[] }): Lookup {
  return {
    countries: new Map(curated.countries.map((c) => [c.id, c])),
    people: new Map(curated.people.map((p) => [p.id, p])),
    topics: new Map(curated.topics.map((t) => [t.id, t])),
  };
}

/** Something a list names and links to: a country or a topic. */
export interface Named {
  id: string;
  name: string;
  url: string;
}

export interface MeetingSummary {
  id: string;
  url: string;
  date: string;
  /** The archive's normalised title, e.g. "Japan–ROK Foreign Ministers’ Meeting". */
  title: string;
  format: Meeting['format'];
  channel: Meeting['channel'];
  place?: string;
  /** The countries taking part, by name, each with its page. */
  countries: Named[];
  /** The topics raised, by their curated labels, each with its page. */
  topics: Named[];
  /** How many accounts the archive holds of it. */
  accounts: number;
}

/** "Jakarta, Republic of Indonesia" when city and country are known, else the place as the text words it. */
export function placeText(location: Meeting['location'], lookup: Lookup): string | undefined {
  if (!location) return undefined;
  const country = location.country ? lookup.countries.get(location.country)?.name : undefined;
  if (location.city && country) return `${location.city}, ${country}`;
  return country ?? location.text;
}

export function summarise(meeting: Meeting, lookup: Lookup): MeetingSummary {
  const place = placeText(meeting.location, lookup);
  return {
    id: meeting.id,
    url: meetingPath(meeting.id),
    date: meeting.date,
    title: meeting.title,
    format: meeting.format,
    channel: meeting.channel,
    ...(place ? { place } : {}),
    // A meeting's countries and topics are read from its readouts, so each has its page.
    countries: meeting.countries.map((id) => ({ id, name: lookup.countries.get(id)?.name ?? id, url: countryPath(id) })),
    topics: meeting.topics.map((id) => ({ id, name: lookup.topics.get(id)?.label ?? id, url: topicPath(id) })),
    accounts: meeting.readouts.length,
  };
}

/** Newest first; meetings of one day by id, so the order never depends on input order. */
export function byNewest<T extends { date: string; id: string }>(a: T, b: T): number {
  return b.date.localeCompare(a.date) || a.id.localeCompare(b.id);
}

export function byOldest<T extends { date: string; id: string }>(a: T, b: T): number {
  return a.date.localeCompare(b.date) || a.id.localeCompare(b.id);
}
