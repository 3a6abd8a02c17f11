// Calendar dates as the sources write them ("July 14, 2023"), checked for real days.

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** A month's name or abbreviation, without a group: for patterns built elsewhere. */
export const MONTH_NAME_PATTERN = `${MONTHS.join('|')}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec`;
const MONTH_PATTERN = `(${MONTH_NAME_PATTERN})\\.?`;

/** Matches "July 14, 2023" and "July 14 2023" as a whole line. */
export const DATE_LINE = new RegExp(`^${MONTH_PATTERN}\\s+(\\d{1,2}),?\\s+(\\d{4})$`, 'i');
/** Matches "July 14" inside a sentence (no year). */
export const MONTH_DAY = new RegExp(`\\b${MONTH_PATTERN}\\s+(\\d{1,2})\\b`, 'i');

export function monthNumber(name: string): number | undefined {
  const prefix = name.replace('.', '').slice(0, 3).toLowerCase();
  const index = MONTHS.findIndex((m) => m.slice(0, 3).toLowerCase() === prefix);
  return index === -1 ? undefined : index + 1;
}

export function isoOf(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export type DateRead = { iso: string } | { impossible: string } | undefined;

/** Reads a whole-line date; tells an impossible date ("February 30, 2023") from a non-date. */
export function readDateLine(line: string): DateRead {
  const m = DATE_LINE.exec(line.trim());
  if (!m) return undefined;
  const iso = isoOf(Number(m[3]), monthNumber(m[1]!)!, Number(m[2]));
  return iso ? { iso } : { impossible: line.trim() };
}

export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * The year of a "July 13" written in a text dated `pageDate`: the page's year, or the year before
 * when the month-day would fall after the page date (a January page about a December meeting).
 */
export function resolveMonthDay(month: number, day: number, pageDate: string): string | undefined {
  const year = Number(pageDate.slice(0, 4));
  const sameYear = isoOf(year, month, day);
  if (sameYear && sameYear <= addDays(pageDate, 1)) return sameYear;
  return isoOf(year - 1, month, day) ?? sameYear;
}
