// Groups readouts into meetings: same day (or a day apart across time zones), same channel, the same ministers,
// and not hours apart.
import type { CuratedIndex } from '../enrichment/curated-index.ts';
import { composeTitle, paragraphAnchors } from '../enrichment/enrich.ts';
import { PUBLISHERS, type Meeting, type Readout } from '../schema.ts';
import { byCodePoint } from '../compare.ts';
import { datesAgreeAcrossZones } from './time-zones.ts';
import { slugOf } from '../enrichment/world-countries.ts';

/** Two accounts whose stated start times differ by more than this are of different meetings. */
const SAME_MEETING_MINUTES = 90;

function participantKey(readout: Readout): string {
  return readout.participants
    .map((p) => p.person ?? `name:${p.name.toLowerCase().replace(/\s+/g, ' ')}`)
    .sort()
    .join('|');
}

function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
}

function startsApart(a: Readout, b: Readout): boolean {
  if (!a.startTime || !b.startTime || a.startTime.basis !== b.startTime.basis) return false;
  return Math.abs(minutesOf(a.startTime.time) - minutesOf(b.startTime.time)) > SAME_MEETING_MINUTES;
}

/** Accounts appear by publisher, then in the order their source files hold them. */
const byAccountOrder = (a: Readout, b: Readout) =>
  PUBLISHERS.indexOf(a.publisher) - PUBLISHERS.indexOf(b.publisher) || byCodePoint(a.file, b.file) || a.document - b.document;

/** Groups readouts (which must all have participants) into sets that report the same meeting. */
export function groupReadouts(readouts: Readout[]): Readout[][] {
  // Candidates share date, channel and ministers; only they are compared for start times.
  const candidates = new Map<string, Readout[][]>();
  const groups: Readout[][] = [];
  const sorted = [...readouts].sort((a, b) => byCodePoint(a.date, b.date) || byCodePoint(a.id, b.id));
  for (const readout of sorted) {
    const key = `${readout.date}|${readout.channel}|${participantKey(readout)}`;
    const same = candidates.get(key) ?? candidates.set(key, []).get(key)!;
    const group = same.find((members) => !members.some((m) => startsApart(m, readout)));
    if (group) group.push(readout);
    else {
      const created = [readout];
      same.push(created);
      groups.push(created);
    }
  }
  return mergeAcrossZones(groups).map((members) => members.sort(byAccountOrder));
}

/**
 * Joins groups dated a day apart that are one meeting seen from two capitals (a Tokyo–Washington call): same
 * channel and ministers, accounts from different publishers only, dates and stated times that agree once converted.
 */
function mergeAcrossZones(groups: Readout[][]): Readout[][] {
  const byPeople = new Map<string, Readout[][]>();
  for (const group of groups) {
    const key = `${group[0]!.channel}|${participantKey(group[0]!)}`;
    (byPeople.get(key) ?? byPeople.set(key, []).get(key)!).push(group);
  }
  const absorbed = new Set<Readout[]>();
  for (const same of byPeople.values()) {
    if (same.length < 2) continue;
    for (const group of same) {
      if (absorbed.has(group)) continue;
      for (const other of same) {
        if (other === group || absorbed.has(other)) continue;
        const publishers = new Set(group.map((r) => r.publisher));
        if (other.some((r) => publishers.has(r.publisher))) continue;
        if (!group.every((a) => other.every((b) => datesAgreeAcrossZones(a, b)))) continue;
        group.push(...other);
        absorbed.add(other);
      }
    }
  }
  return groups.filter((g) => !absorbed.has(g));
}

/** Gives each account a distinct anchor on its meeting page, renaming its paragraph anchors with it. */
function settleAnchors(readouts: Readout[]): void {
  const used = new Set<string>();
  for (const readout of readouts) {
    // Letters, not numbers: "mofa-b" can never be mistaken for paragraph 2 of "mofa".
    let anchor = readout.anchor;
    for (let n = 1; used.has(anchor); n++) anchor = `${readout.anchor}-${String.fromCharCode(97 + (n % 26))}${n >= 26 ? Math.floor(n / 26) : ''}`;
    used.add(anchor);
    if (anchor !== readout.anchor) {
      const renamed = paragraphAnchors(anchor, readout.paragraphs);
      readout.paragraphs.forEach((p, i) => (p.anchor = renamed[i]!));
      readout.anchor = anchor;
    }
  }
}

function first<T>(readouts: Readout[], pick: (r: Readout) => T | undefined): T | undefined {
  for (const r of readouts) {
    const value = pick(r);
    if (value !== undefined) return value;
  }
  return undefined;
}

export function formatOf(countryCount: number): Meeting['format'] {
  return countryCount <= 2 ? 'bilateral' : countryCount === 3 ? 'trilateral' : 'multilateral';
}

function toMeeting(readouts: Readout[], index: CuratedIndex): Omit<Meeting, 'id'> {
  settleAnchors(readouts);
  const lead = readouts[0]!;
  const countries = index.sortCountries(readouts.flatMap((r) => r.countries));
  const participants: Meeting['participants'] = [];
  for (const r of readouts) {
    for (const p of r.participants) {
      const known = p.person ? participants.find((q) => q.person === p.person) : participants.find((q) => q.name === p.name);
      if (known) {
        known.office ??= p.office;
        continue;
      }
      const person = p.person ? index.people.get(p.person) : undefined;
      const office = person ? index.officeOn(person, r.date)?.title : undefined;
      participants.push({ name: person?.name ?? p.name, ...(p.person ? { person: p.person } : {}), ...((office ?? p.office) ? { office: office ?? p.office } : {}), ...(p.country ? { country: p.country } : {}) });
    }
  }
  participants.sort((a, b) => (index.countryOrder.get(a.country ?? '') ?? 1e9) - (index.countryOrder.get(b.country ?? '') ?? 1e9));
  const participantIds = new Set(participants.map((p) => p.person));
  const withDuration = readouts.find((r) => r.durationMinutes !== undefined);
  const startTime = first(readouts, (r) => r.startTime);
  const location = first(readouts, (r) => (r.location?.city ? r.location : undefined)) ?? first(readouts, (r) => r.location);
  const occasion = first(readouts, (r) => r.occasion);
  return {
    date: lead.date,
    // With no country known, the names as written stand in: a readout is never dropped for want of curated data.
    title: composeTitle(countries.length ? countries.map((c) => index.countries.get(c)!.shortName) : participants.map((p) => p.name), lead.channel, participants.map((p) => p.office)),
    format: formatOf(countries.length),
    channel: lead.channel,
    countries,
    participants,
    ...(startTime ? { startTime } : {}),
    ...(withDuration ? { durationMinutes: withDuration.durationMinutes!, durationApproximate: withDuration.durationApproximate ?? false } : {}),
    ...(location ? { location } : {}),
    ...(occasion ? { occasion } : {}),
    readouts: readouts.map((r) => r.id),
    publishers: PUBLISHERS.filter((p) => readouts.some((r) => r.publisher === p)),
    topics: index.sortTopics(readouts.flatMap((r) => r.topics)),
    mentionedCountries: index.sortCountries(readouts.flatMap((r) => [...r.countries, ...r.mentionedCountries])).filter((c) => !countries.includes(c)),
    mentionedPeople: [...new Set(readouts.flatMap((r) => r.mentionedPeople))].filter((id) => !participantIds.has(id)),
  };
}

const firstArrived = (m: Omit<Meeting, 'id'>) => [...m.readouts].sort(byCodePoint)[0]!;

/**
 * The permanent slug: date, the countries' tokens, and the channel when not in person ("2023-07-14-japan-us-rok",
 * "2024-01-10-japan-us-telephone"). Meetings that would share one take "-2", "-3" in the order their first accounts
 * arrived (source files are numbered as they are added), so a slug, once given, is never given to another meeting.
 */
export function assignMeetingIds(meetings: Omit<Meeting, 'id'>[], index: CuratedIndex): Meeting[] {
  const who = (m: Omit<Meeting, 'id'>) => (m.countries.length ? m.countries.map((c) => index.countries.get(c)!.slugToken) : m.participants.map((p) => slugOf(p.name)).filter(Boolean));
  const bases = meetings.map((m) => [m.date, ...who(m), ...(m.channel === 'in-person' ? [] : [m.channel])].join('-'));
  const order = meetings
    .map((m, i) => ({ m, i }))
    .sort((a, b) => byCodePoint(bases[a.i]!, bases[b.i]!) || byCodePoint(firstArrived(a.m), firstArrived(b.m)));
  const count = new Map<string, number>();
  const ids: string[] = [];
  for (const { i } of order) {
    const n = (count.get(bases[i]!) ?? 0) + 1;
    count.set(bases[i]!, n);
    ids[i] = n === 1 ? bases[i]! : `${bases[i]}-${n}`;
  }
  return meetings.map((m, i) => ({ id: ids[i]!, ...m }));
}

export function buildMeetings(readouts: Readout[], index: CuratedIndex): Meeting[] {
  const meetings = assignMeetingIds(groupReadouts(readouts).map((group) => toMeeting(group, index)), index);
  return meetings.sort((a, b) => byCodePoint(a.date, b.date) || byCodePoint(a.id, b.id));
}
