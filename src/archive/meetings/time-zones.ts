// Calendar days differ across time zones: a call at 8:00 a.m. in Tokyo is the previous evening in Washington, so
// MOFA dates it a day after the State Department does. Each publisher dates in its own capital's time.
import type { PublisherId, Readout } from '../schema.ts';

export const HOME_ZONES: Record<PublisherId, string> = {
  'mofa-japan': 'Asia/Tokyo',
  'rok-mofa': 'Asia/Seoul',
  'us-state-department': 'America/New_York',
};

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day (YYYY-MM-DD) of an instant in a time zone. */
export function dayIn(zone: string, instant: Date): string {
  let format = dayFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(zone, format);
  }
  return format.format(instant);
}

/** Hours a zone is ahead of UTC on a day (Washington is -5 in winter, -4 in summer). */
export function offsetHours(zone: string, day: string): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(`${day}T12:00:00Z`))
    .find((p) => p.type === 'timeZoneName')!.value;
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) + Number(m[3]) / 60) : 0;
}

/** When a readout says its meeting started, as an instant, where its text makes the clock plain. */
export function startInstant(readout: Readout): Date | undefined {
  const start = readout.startTime;
  if (!start) return undefined;
  if (start.japanTime) return new Date(`${start.japanTime.date ?? readout.date}T${start.japanTime.time}:00+09:00`);
  if (start.basis === 'japan') return new Date(`${readout.date}T${start.time}:00+09:00`);
  // A call or video conference is held from the capital: an unstated clock there is the capital's.
  if (start.basis === 'unstated' && readout.channel !== 'in-person' && !readout.location) {
    const zone = HOME_ZONES[readout.publisher];
    const offset = offsetHours(zone, readout.date);
    const sign = offset < 0 ? '-' : '+';
    const hours = String(Math.floor(Math.abs(offset))).padStart(2, '0');
    const minutes = String(Math.round((Math.abs(offset) % 1) * 60)).padStart(2, '0');
    return new Date(`${readout.date}T${start.time}:00${sign}${hours}:${minutes}`);
  }
  return undefined;
}

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/**
 * Whether two accounts dated a day apart can be of one meeting: the later date must come from the publisher whose
 * capital lies further east, and any start time either states must fall, in the other's capital, on the other's day.
 */
export function datesAgreeAcrossZones(a: Readout, b: Readout): boolean {
  const apart = dayNumber(b.date) - dayNumber(a.date);
  if (Math.abs(apart) !== 1 || a.publisher === b.publisher) return false;
  const [west, east] = apart > 0 ? [a, b] : [b, a];
  const mid = west.date;
  if (offsetHours(HOME_ZONES[east.publisher], mid) <= offsetHours(HOME_ZONES[west.publisher], mid)) return false;
  for (const [stated, other] of [
    [east, west],
    [west, east],
  ] as const) {
    const instant = startInstant(stated);
    if (instant && dayIn(HOME_ZONES[other.publisher], instant) !== other.date) return false;
  }
  const eastStart = startInstant(east);
  const westStart = startInstant(west);
  return !(eastStart && westStart && Math.abs(eastStart.getTime() - westStart.getTime()) > 90 * 60_000);
}
