// Who held office when, and which meetings took place: the facts a generated corpus then writes up as texts.
import { CALL_SHARE, MULTILATERAL_SHARE, PARTNER_WEIGHT, SECOND_ACCOUNT_SHARE, TOPIC_SHARE } from './calibration.ts';
import type { Random } from './random.ts';
import { COUNTRIES, OCCASIONS, SPOKESPERSON_FAMILIES, TOPICS, type Gender, type WorldCountry, type WorldTopic } from './world.ts';

const DAY = 86_400_000;
export const isoDay = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
export const dayOf = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);

export interface OfficeHolder {
  id: string;
  name: string;
  family: string;
  given: string;
  gender: Gender;
  nameOrder: 'family-first' | 'given-first';
  aliases: string[];
  country: string;
  title: string;
  from: string;
  /** Absent for whoever holds the office at the end of the period. */
  to?: string;
  styles: string[];
}

export interface Roster {
  people: OfficeHolder[];
  /** Foreign ministers of each partner country, in order of taking office. */
  ministers: Map<string, OfficeHolder[]>;
  spokespersons: OfficeHolder[];
}

const slugOf = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function officeTitle(country: WorldCountry): string {
  if (country.id === 'japan') return 'Minister for Foreign Affairs of Japan';
  if (country.id === 'united-states') return 'Secretary of State of the United States of America';
  return `Minister of Foreign Affairs of ${country.inText}`;
}

function officeStyles(country: WorldCountry): string[] {
  if (country.id === 'united-states') return ['Secretary', 'Secretary of State', 'U.S. Secretary of State'];
  const styles = ['Minister', 'Foreign Minister', `${country.adjective} Foreign Minister`];
  if (country.id === 'republic-of-korea') styles.push('ROK Foreign Minister');
  return styles;
}

function person(family: string, [given, gender]: [string, Gender], nameOrder: OfficeHolder['nameOrder']): Pick<OfficeHolder, 'id' | 'name' | 'family' | 'given' | 'gender' | 'nameOrder' | 'aliases'> {
  const name = nameOrder === 'family-first' ? `${family} ${given}` : `${given} ${family}`;
  const aliases = nameOrder === 'family-first' ? [`${family.toUpperCase()} ${given}`, name, `${given} ${family}`] : [name];
  return { id: slugOf(name), name, family, given, gender, nameOrder, aliases };
}

/** Consecutive terms from before `firstDay` to after `lastDay`, each holder with a family name of their own. */
function terms(random: Random, families: string[], firstDay: number, lastDay: number, minDays: number, maxDays: number): { family: string; from: number; to?: number }[] {
  const pool = random.sample(families, families.length);
  const span = lastDay - firstDay + 730;
  // Never run out of names: terms get longer when the pool is small for the period.
  const shortest = Math.max(minDays, Math.ceil(span / pool.length) + 1);
  const longest = Math.max(maxDays, shortest + 1);
  const out: { family: string; from: number; to?: number }[] = [];
  let from = firstDay - random.int(30, 700);
  for (const family of pool) {
    const to = from + random.int(shortest, longest);
    if (to > lastDay) {
      out.push({ family, from });
      return out;
    }
    out.push({ family, from, to });
    from = to;
  }
  throw new Error('name pool exhausted');
}

export function buildRoster(random: Random, firstDay: number, lastDay: number): Roster {
  const people: OfficeHolder[] = [];
  const ministers = new Map<string, OfficeHolder[]>();
  for (const country of COUNTRIES.filter((c) => c.partner)) {
    const [minDays, maxDays] = country.id === 'japan' ? [330, 1100] : country.id === 'united-states' ? [700, 1500] : [500, 1800];
    const list = terms(random, country.families, firstDay, lastDay, minDays, maxDays).map((t) => ({
      ...person(t.family, random.pick(country.givens), country.nameOrder),
      country: country.id,
      title: officeTitle(country),
      from: isoDay(t.from),
      ...(t.to !== undefined ? { to: isoDay(t.to) } : {}),
      styles: officeStyles(country),
    }));
    ministers.set(country.id, list);
    people.push(...list);
  }
  const us = COUNTRIES.find((c) => c.id === 'united-states')!;
  const spokespersons = terms(random, SPOKESPERSON_FAMILIES, firstDay, lastDay, 500, 1300).map((t) => ({
    ...person(t.family, random.pick(us.givens), 'given-first'),
    country: us.id,
    title: 'Spokesperson for the Department of State',
    from: isoDay(t.from),
    ...(t.to !== undefined ? { to: isoDay(t.to) } : {}),
    styles: ['Spokesperson', 'Department Spokesperson'],
  }));
  people.push(...spokespersons);
  return { people, ministers, spokespersons };
}

/** Whoever took office last on or before the date. */
export function holderOn(list: OfficeHolder[], date: string): OfficeHolder {
  let holder = list[0]!;
  for (const p of list) if (p.from <= date) holder = p;
  return holder;
}

export type MeetingKind = 'japan-bilateral' | 'japan-us' | 'us-bilateral' | 'japan-us-partner' | 'japan-trilateral';
export type AccountKind = 'mofa' | 'state-joint-statement' | 'state-readout' | 'state-remarks';
export type Channel = 'in-person' | 'telephone' | 'video';

export interface Venue {
  country: WorldCountry;
  city?: string;
  occasion?: string;
}

export interface PlannedMeeting {
  date: string;
  kind: MeetingKind;
  channel: Channel;
  /** Taking part, in the order titles list them. */
  countries: WorldCountry[];
  ministers: OfficeHolder[];
  venue?: Venue;
  /** Local start, minutes after midnight. */
  start: number;
  minutes: number;
  topics: WorldTopic[];
  accounts: AccountKind[];
  spokesperson: OfficeHolder;
}

const MONTH_WEIGHTS: [number, number][] = [[1, 6], [2, 7], [3, 8], [4, 7], [5, 8], [6, 8], [7, 11], [8, 7], [9, 12], [10, 8], [11, 10], [12, 8]];
// Bilateral kinds share what the multilateral ones leave, as before calibration (45 : 15 : 20).
const KINDS: [MeetingKind, number][] = [
  ['japan-bilateral', 45 * (1 - MULTILATERAL_SHARE)],
  ['japan-us', 15 * (1 - MULTILATERAL_SHARE)],
  ['us-bilateral', 20 * (1 - MULTILATERAL_SHARE)],
  ['japan-us-partner', 40 * MULTILATERAL_SHARE],
  ['japan-trilateral', 40 * MULTILATERAL_SHARE],
];

function meetingDate(random: Random, firstDay: number, lastDay: number): string {
  for (;;) {
    const year = random.int(Number(isoDay(firstDay).slice(0, 4)), Number(isoDay(lastDay).slice(0, 4)));
    const month = random.weighted(MONTH_WEIGHTS);
    const day = random.int(1, 28 + (month === 2 ? 0 : 2));
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const n = dayOf(iso);
    if (n < firstDay || n > lastDay) continue;
    // Ministers meet at weekends too, but rarely.
    const weekday = new Date(n * DAY).getUTCDay();
    if ((weekday === 0 || weekday === 6) && random.chance(0.8)) continue;
    return iso;
  }
}

function accountsFor(random: Random, kind: MeetingKind, channel: Channel): AccountKind[] {
  if (channel === 'video' || kind === 'japan-bilateral' || kind === 'japan-trilateral') return ['mofa'];
  if (kind === 'us-bilateral') return channel === 'in-person' && random.chance(SECOND_ACCOUNT_SHARE) ? ['state-readout', 'state-remarks'] : ['state-readout'];
  const state: AccountKind[] = [];
  if (kind === 'japan-us-partner' && channel === 'in-person' && random.chance(0.5)) state.push('state-joint-statement');
  if (random.chance(0.85) || state.length === 0) state.push('state-readout');
  if (channel === 'in-person' && random.chance(SECOND_ACCOUNT_SHARE)) state.push('state-remarks');
  return ['mofa', ...state];
}

function venueFor(random: Random, date: string, countries: WorldCountry[]): Venue {
  const month = Number(date.slice(5, 7));
  const occasions = OCCASIONS.filter((o) => o.months.includes(month));
  if (occasions.length && random.chance(0.5)) {
    const occasion = random.pick(occasions);
    const host = random.pick(occasion.hosts);
    const country = COUNTRIES.find((c) => c.id === host.country)!;
    if (country.id !== 'japan') return { country, ...(host.city ? { city: host.city } : {}), occasion: occasion.name };
  }
  const country = random.pick(countries);
  const city = country.cities[0];
  return { country, ...(city ? { city } : {}) };
}

/** Each fitting topic by its calibrated share; a meeting with none drawn gets one, drawn by the same weights. */
function topicsFor(random: Random, year: number, countries: string[]): WorldTopic[] {
  const fits = TOPICS.filter((t) => (!t.fits || t.fits(countries)) && t.mofa.concat(t.state).some((w) => (w.from ?? 0) <= year && year <= (w.until ?? 9999)));
  const share = (t: WorldTopic) => TOPIC_SHARE[t.id] ?? 0.02;
  const drawn = fits.filter((t) => random.chance(share(t)));
  return drawn.length || !fits.length ? drawn : [random.weighted(fits.map((t) => [t, share(t)] as const))];
}

/** Meetings, oldest first, with accounts adding up to exactly `readouts`; no two share date, channel and ministers. */
export function planMeetings(random: Random, roster: Roster, readouts: number, firstDay: number, lastDay: number): PlannedMeeting[] {
  const byId = new Map(COUNTRIES.map((c) => [c.id, c]));
  const order = new Map(COUNTRIES.map((c, i) => [c.id, i]));
  const partners = COUNTRIES.filter((c) => c.partner && c.id !== 'japan' && c.id !== 'united-states').map((c) => [c.id, PARTNER_WEIGHT[c.id] ?? 3] as const);
  const meetings: PlannedMeeting[] = [];
  const used = new Set<string>();
  let total = 0;
  while (total < readouts) {
    const date = meetingDate(random, firstDay, lastDay);
    const kind = random.weighted(KINDS);
    const ids =
      kind === 'japan-bilateral' ? ['japan', random.weighted(partners)]
      : kind === 'japan-us' ? ['japan', 'united-states']
      : kind === 'us-bilateral' ? ['united-states', random.weighted(partners)]
      : kind === 'japan-us-partner' ? ['japan', 'united-states', random.pick(['republic-of-korea', 'australia', 'india', 'philippines'])]
      : ['japan', ...random.pick([['republic-of-korea', 'china'], ['australia', 'india'], ['republic-of-korea', 'australia'], ['indonesia', 'philippines']])];
    ids.sort((a, b) => order.get(a)! - order.get(b)!);
    const countries = ids.map((id) => byId.get(id)!);
    const ministers = ids.map((id) => holderOn(roster.ministers.get(id)!, date));
    const channel: Channel = kind === 'japan-bilateral' ? random.weighted([['in-person', 70], ['telephone', 25], ['video', 5]]) : kind === 'japan-trilateral' ? 'in-person' : random.chance(CALL_SHARE) ? 'telephone' : 'in-person';
    const key = `${date}|${channel}|${ministers.map((m) => m.id).join('|')}`;
    if (used.has(key)) continue;
    used.add(key);
    let accounts = accountsFor(random, kind, channel);
    if (total + accounts.length > readouts) accounts = accounts.slice(0, readouts - total);
    total += accounts.length;
    meetings.push({
      date,
      kind,
      channel,
      countries,
      ministers,
      ...(channel === 'in-person' ? { venue: venueFor(random, date, countries) } : {}),
      start: random.int(32, 80) * 15,
      minutes: random.pick([20, 25, 30, 35, 40, 45, 50, 60, 70, 80, 85, 90, 120]),
      topics: topicsFor(random, Number(date.slice(0, 4)), ids),
      accounts,
      spokesperson: holderOn(roster.spokespersons, date),
    });
  }
  return meetings.sort((a, b) => a.date.localeCompare(b.date) || a.start - b.start);
}
