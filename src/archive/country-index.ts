// The index by country: meetings a country took part in, readouts that only mention it, and its partners.
import { bucketBy } from './buckets.ts';
import { countryPath, FORMAT_LABELS } from './labels.ts';
import type { ArchiveData } from './archive-data.ts';
import { meetingsByReadout, readoutRef, type ReadoutRef } from './readout-refs.ts';
import type { Country, Meeting } from './schema.ts';
import { byNewest, summarise, type Lookup, type MeetingSummary } from './summaries.ts';

export const countryMeetingsPath = (id: string) => `${countryPath(id)}meetings/`;
export const countryMentionsPath = (id: string) => `${countryPath(id)}mentions/`;
export const partnerPath = (id: string, key: string) => `${countryPath(id)}with/${key}/`;
export const countryFeedPath = (id: string) => `${countryPath(id)}feed.xml`;

export interface PartnerGroup {
  /** The partners' slug tokens, e.g. "us-rok"; the address of the group's page. */
  key: string;
  /** "Japan–U.S.–ROK trilateral". */
  label: string;
  url: string;
  meetings: MeetingSummary[];
}

export interface CountryEntry {
  country: Country;
  url: string;
  /** Newest first. */
  meetings: MeetingSummary[];
  /** Readouts of meetings the country did not take part in that name it; newest first. */
  mentions: ReadoutRef[];
  /** Most meetings first. */
  partners: PartnerGroup[];
}

/** Countries that any readout names, as a participant or in its text. */
export function referencedCountries(data: Pick<ArchiveData, 'readouts'>): Set<string> {
  return new Set(data.readouts.flatMap((r) => [...r.countries, ...r.mentionedCountries]));
}

function partnerGroups(country: Country, meetings: Meeting[], lookup: Lookup): PartnerGroup[] {
  const groups = new Map<string, { countries: string[]; format: Meeting['format']; meetings: Meeting[] }>();
  for (const m of meetings) {
    const set = m.countries.join('|');
    if (!groups.has(set)) groups.set(set, { countries: m.countries, format: m.format, meetings: [] });
    groups.get(set)!.meetings.push(m);
  }
  const usedKeys = new Set<string>();
  return [...groups.values()]
    .map((g) => {
      const partners = g.countries.filter((c) => c !== country.id).map((c) => lookup.countries.get(c)?.slugToken ?? c);
      // Tokens may hold hyphens, so two sets could spell alike; the later one gets a number.
      const base = partners.length ? partners.join('-') : 'none';
      let key = base;
      for (let n = 2; usedKeys.has(key); n++) key = `${base}-${n}`;
      usedKeys.add(key);
      const names = g.countries.map((c) => lookup.countries.get(c)?.shortName ?? c).join('–');
      return { key, label: `${names} ${FORMAT_LABELS[g.format].toLowerCase()}`, url: partnerPath(country.id, key), meetings: g.meetings.map((m) => summarise(m, lookup)) };
    })
    .sort((a, b) => b.meetings.length - a.meetings.length || a.label.localeCompare(b.label));
}

/** One entry per referenced country, in the order of countries.yaml. */
export function countryIndex(data: ArchiveData, lookup: Lookup): CountryEntry[] {
  const referenced = referencedCountries(data);
  const meetingOf = meetingsByReadout(data.meetings);
  const newest = [...data.meetings].sort(byNewest);
  const readouts = [...data.readouts].sort((a, b) => byNewest(meetingOf.get(a.id)!, meetingOf.get(b.id)!) || a.id.localeCompare(b.id));
  const meetingsOf = bucketBy(newest, (m) => m.countries);
  const mentionedIn = bucketBy(readouts, (r) => r.mentionedCountries);
  return data.countries
    .filter((c) => referenced.has(c.id))
    .map((country) => {
      const meetings = meetingsOf.get(country.id) ?? [];
      const mentions = (mentionedIn.get(country.id) ?? [])
        .filter((r) => !meetingOf.get(r.id)!.countries.includes(country.id))
        .map((r) => readoutRef(r, meetingOf.get(r.id)!, (p) => p.countries.includes(country.id)));
      return {
        country,
        url: countryPath(country.id),
        meetings: meetings.map((m) => summarise(m, lookup)),
        mentions,
        partners: partnerGroups(country, meetings, lookup),
      };
    });
}
