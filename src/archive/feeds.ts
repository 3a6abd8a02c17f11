// Atom feeds of meetings: the whole archive, one country, one topic. Dates come from the data, never the clock.
import { Feed } from 'feed';
import { ARCHIVE_NAME } from './citation.ts';
import { longDate, meetingPath } from './labels.ts';
import type { Meeting } from './schema.ts';
import { byNewest, type Lookup } from './summaries.ts';

/** Feed readers show the latest entries; the archive itself holds the rest. */
export const FEED_SIZE = 50;

export interface FeedInput {
  site: URL | string;
  /** The feed's own path, e.g. "/countries/japan/feed.xml". */
  path: string;
  /** The HTML page the feed follows. */
  page: string;
  title: string;
  subtitle: string;
  meetings: readonly Meeting[];
  lookup: Lookup;
  /** The feed's date when it has no entries: the newest meeting in the archive. */
  fallbackUpdated: string;
  size?: number;
}

/** Atom text elements here are type="html", so text must be escaped once more. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** "Taking part: ... Place: ... Topics: ..." in plain words. */
export function meetingSummaryText(m: Meeting, lookup: Lookup): string {
  const people = m.participants.map((p) => (p.office ? `${p.name} (${p.office})` : p.name)).join('; ');
  const parts = [`${longDate(m.date)}.`, `Taking part: ${people}.`];
  if (m.location) parts.push(`Place: ${m.location.text}.`);
  if (m.topics.length) parts.push(`Topics: ${m.topics.map((t) => lookup.topics.get(t)?.label ?? t).join('; ')}.`);
  parts.push(`${m.readouts.length} account${m.readouts.length === 1 ? '' : 's'}.`);
  return parts.join(' ');
}

export function meetingsFeed(input: FeedInput): string {
  const absolute = (path: string) => new URL(path, input.site).href;
  const entries = [...input.meetings].sort(byNewest).slice(0, input.size ?? FEED_SIZE);
  const feed = new Feed({
    id: absolute(input.path),
    title: input.title,
    description: input.subtitle,
    link: absolute(input.page),
    feed: absolute(input.path),
    updated: day(entries[0]?.date ?? input.fallbackUpdated),
    generator: false,
    language: 'en',
    author: { name: ARCHIVE_NAME, link: absolute('/') },
    copyright: 'Texts are the publishers’ own.',
  });
  for (const m of entries) {
    feed.addItem({
      title: escapeHtml(`${m.title}, ${longDate(m.date, { weekday: false })}`),
      id: absolute(meetingPath(m.id)),
      link: absolute(meetingPath(m.id)),
      date: day(m.date),
      published: day(m.date),
      description: escapeHtml(meetingSummaryText(m, input.lookup)),
      category: m.topics.map((t) => ({ term: t, name: input.lookup.topics.get(t)?.label ?? t })),
    });
  }
  return feed.atom1();
}

/** A country's feed follows the meetings it takes part in and those whose accounts name it. */
export function meetingsOfCountry(meetings: readonly Meeting[], country: string): Meeting[] {
  return meetings.filter((m) => m.countries.includes(country) || m.mentionedCountries.includes(country));
}

export function meetingsOfTopic(meetings: readonly Meeting[], topic: string): Meeting[] {
  return meetings.filter((m) => m.topics.includes(topic));
}
