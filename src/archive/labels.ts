// Words the pages use for the archive's values, kept in one place so every page says the same thing.
import type { Meeting, PublisherId, ReadoutKind } from './schema.ts';

export const PUBLISHER_SHORT: Record<PublisherId, string> = {
  'mofa-japan': 'MOFA Japan',
  'us-state-department': 'U.S. State Department',
  'rok-mofa': 'ROK MOFA',
};

export const KIND_LABELS: Record<ReadoutKind, string> = {
  readout: 'Readout',
  'telephone-talk': 'Telephone talk',
  'joint-statement': 'Joint statement',
  remarks: 'Remarks',
  'press-statement': 'Press statement',
};

export const FORMAT_LABELS: Record<Meeting['format'], string> = {
  bilateral: 'Bilateral',
  trilateral: 'Trilateral',
  multilateral: 'Multilateral',
};

export const CHANNEL_LABELS: Record<Meeting['channel'], string> = {
  'in-person': 'In person',
  telephone: 'Telephone',
  video: 'Video conference',
};

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "Friday, 14 July 2023" from "2023-07-14". */
export function longDate(iso: string, { weekday = true } = {}): string {
  const date = new Date(`${iso}T00:00:00Z`);
  const text = `${date.getUTCDate()} ${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  return weekday ? `${WEEKDAYS[date.getUTCDay()]}, ${text}` : text;
}

/** "July 2023" from "2023-07". */
export function monthName(yearMonth: string): string {
  return `${MONTH_NAMES[Number(yearMonth.slice(5, 7)) - 1]} ${yearMonth.slice(0, 4)}`;
}

/** "about 50 minutes", "1 hour 20 minutes". */
export function durationText(minutes: number, approximate: boolean): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [hours ? `${hours} hour${hours === 1 ? '' : 's'}` : '', rest ? `${rest} minute${rest === 1 ? '' : 's'}` : ''].filter(Boolean);
  return `${approximate ? 'about ' : ''}${parts.join(' ')}`;
}

export const meetingPath = (id: string) => `/meetings/${id}/`;
export const countryPath = (id: string) => `/countries/${id}/`;
export const personPath = (id: string) => `/people/${id}/`;
export const topicPath = (id: string) => `/topics/${id}/`;
/**
 * Where an original is served: page text as it is; an HTML original with ".txt" added, so that any static host
 * serves it as plain text and it never runs as a page of the archive's own origin.
 */
export const originalName = (file: string) => (file.endsWith('.html') ? `${file}.txt` : file);
export const originalPath = (file: string) => `/originals/${originalName(file)}`;
