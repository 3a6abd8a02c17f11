// The index by person: offices held, meetings attended with the office held on the day, and readouts that mention them.
import { bucketBy } from './buckets.ts';
import { holdsOfficeOn } from './enrichment/curated-index.ts';
import { longDate, monthName, personPath } from './labels.ts';
import type { ArchiveData } from './archive-data.ts';
import { meetingsByReadout, readoutRef, type ReadoutRef } from './readout-refs.ts';
import type { Person } from './schema.ts';
import { byNewest, summarise, type Lookup, type MeetingSummary } from './summaries.ts';

export const personMeetingsPath = (id: string) => `${personPath(id)}meetings/`;
export const personMentionsPath = (id: string) => `${personPath(id)}mentions/`;

export interface Attendance {
  meeting: MeetingSummary;
  /** The office held on the day of the meeting, from people.yaml, else as the readout gives it. */
  office?: string;
}

export interface OfficeHeld {
  title: string;
  country: string;
  /** As precise as people.yaml knows it: "2021", "February 2021" or "10 November 2021". */
  from: string;
  to?: string;
}

export interface PersonEntry {
  person: Person;
  url: string;
  country?: string;
  offices: OfficeHeld[];
  /** Newest first. */
  attended: Attendance[];
  /** Readouts of meetings they did not attend that name them; newest first. */
  mentions: ReadoutRef[];
}

/** "2021", "February 2021" or "10 November 2021", from a date as precise as the curated data has it. */
export function partialDate(iso: string): string {
  if (iso.length === 4) return iso;
  if (iso.length === 7) return monthName(iso);
  return longDate(iso, { weekday: false });
}

/** People that any readout names, as a participant or in its text. */
export function referencedPeople(data: Pick<ArchiveData, 'meetings' | 'readouts'>): Set<string> {
  return new Set([...data.meetings.flatMap((m) => m.participants.flatMap((p) => (p.person ? [p.person] : []))), ...data.readouts.flatMap((r) => r.mentionedPeople)]);
}

/** Family name, then given name, as a reader looks people up. */
const byName = (a: Person, b: Person) => a.family.localeCompare(b.family) || a.given.localeCompare(b.given) || a.id.localeCompare(b.id);

export function personIndex(data: ArchiveData, lookup: Lookup): PersonEntry[] {
  const referenced = referencedPeople(data);
  const meetingOf = meetingsByReadout(data.meetings);
  const newest = [...data.meetings].sort(byNewest);
  const readouts = [...data.readouts].sort((a, b) => byNewest(meetingOf.get(a.id)!, meetingOf.get(b.id)!) || a.id.localeCompare(b.id));
  const countryName = (id: string) => lookup.countries.get(id)?.name ?? id;
  const attendedBy = bucketBy(newest, (m) => m.participants.flatMap((p) => (p.person ? [p.person] : [])));
  const mentionedBy = bucketBy(readouts, (r) => r.mentionedPeople);
  return data.people
    .filter((p) => referenced.has(p.id))
    .sort(byName)
    .map((person) => {
      const attended = (attendedBy.get(person.id) ?? []).map((m) => {
        const office = person.offices.find((o) => holdsOfficeOn(o, m.date))?.title ?? m.participants.find((p) => p.person === person.id)?.office;
        return { meeting: summarise(m, lookup), ...(office ? { office } : {}) };
      });
      const mentions = (mentionedBy.get(person.id) ?? [])
        .filter((r) => !meetingOf.get(r.id)!.participants.some((p) => p.person === person.id))
        .map((r) => readoutRef(r, meetingOf.get(r.id)!, (p) => p.people.includes(person.id)));
      return {
        person,
        url: personPath(person.id),
        country: countryName(person.country),
        offices: person.offices.map((o) => ({ title: o.title, country: countryName(o.country), from: partialDate(o.from), ...(o.to ? { to: partialDate(o.to) } : {}) })),
        attended,
        mentions,
      };
    });
}
