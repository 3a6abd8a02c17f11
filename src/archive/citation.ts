// Citations of one account, every format built from one CSL-JSON record.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import { PUBLISHER_NAMES } from './formats/registry.ts';
import { longDate } from './labels.ts';
import type { Readout } from './schema.ts';

export const ARCHIVE_NAME = 'Readout Archive';

export interface CslRecord {
  id: string;
  'citation-key': string;
  type: 'webpage';
  title: string;
  author: { literal: string }[];
  issued: { 'date-parts': [[number, number, number]] };
  URL: string;
  /** Where the archive keeps the account, when the original address is known and goes in URL. */
  archive?: string;
  archive_location?: string;
  note?: string;
}

/** The one record every citation format is made from. */
export function cslRecord(readout: Readout, permalink: string): CslRecord {
  const published = readout.publishedDate ?? readout.date;
  const [y, m, d] = published.split('-').map(Number) as [number, number, number];
  return {
    id: readout.id,
    'citation-key': `${readout.anchor.replace(/-/g, '')}${published.replace(/-/g, '')}`,
    type: 'webpage',
    title: readout.title,
    author: [{ literal: PUBLISHER_NAMES[readout.publisher] }],
    issued: { 'date-parts': [[y, m, d]] },
    URL: readout.sourceUrl ?? permalink,
    ...(readout.sourceUrl ? { archive: ARCHIVE_NAME, archive_location: permalink, note: `Archived at ${permalink}` } : {}),
  };
}

const dateOf = (r: CslRecord) => {
  const [y, m, d] = r.issued['date-parts'][0];
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
};
/** "July 14, 2023", as Chicago writes dates. */
const usDate = (r: CslRecord) => {
  const [, month, year] = longDate(dateOf(r), { weekday: false }).split(' ');
  return `${month} ${r.issued['date-parts'][0][2]}, ${year}`;
};
const curly = (text: string) => text.replace(/'/g, '’');
const archived = (r: CslRecord) => (r.archive_location ? `Archived in ${ARCHIVE_NAME}, ${r.archive_location}` : `${ARCHIVE_NAME}`);

/** Chicago (17th ed.) note: "Author, “Title,” Date, URL." */
export function chicagoNote(r: CslRecord): string {
  return `${r.author[0]!.literal}, “${curly(r.title)},” ${usDate(r)}, ${r.URL}${r.archive_location ? `; ${archived(r).replace('Archived', 'archived')}` : ''}.`;
}

/** Chicago (17th ed.) bibliography entry: "Author. “Title.” Date. URL." */
export function chicagoBibliography(r: CslRecord): string {
  return `${r.author[0]!.literal}. “${curly(r.title)}.” ${usDate(r)}. ${r.URL}.${r.archive_location ? ` ${archived(r)}.` : ''}`;
}

export function apa(r: CslRecord): string {
  return new Cite(r).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }).trim();
}

export function bibtex(r: CslRecord): string {
  return new Cite(r).format('bibtex', { format: 'text' }).trim();
}

/** RIS, written here because citation-js wraps values and shortens ids; tags per the RIS specification. */
export function ris(r: CslRecord): string {
  const date = dateOf(r).replace(/-/g, '/');
  const lines: [string, string][] = [
    ['TY', 'ELEC'],
    ['ID', r['citation-key']],
    ['AU', r.author[0]!.literal],
    ['TI', r.title],
    ['PY', date.slice(0, 4)],
    ['DA', date],
    ['PB', r.author[0]!.literal],
    ['UR', r.URL],
    ...(r.archive_location ? ([['N1', `Archived in ${ARCHIVE_NAME}: ${r.archive_location}`]] as [string, string][]) : []),
    ['ER', ''],
  ];
  return lines.map(([tag, value]) => `${tag}  - ${value.replace(/\s+/g, ' ')}`.trimEnd() + (tag === 'ER' ? ' ' : '')).join('\r\n') + '\r\n';
}

export interface Citations {
  chicagoNote: string;
  chicagoBibliography: string;
  apa: string;
  bibtex: string;
  ris: string;
}

export function citationsOf(readout: Readout, permalink: string): Citations {
  const record = cslRecord(readout, permalink);
  return { chicagoNote: chicagoNote(record), chicagoBibliography: chicagoBibliography(record), apa: apa(record), bibtex: bibtex(record), ris: ris(record) };
}
