// Citations of an account or of one of its paragraphs, every format built from one set of facts. The archive's
// address is never given as the publisher's: where the original address is unknown the citation says so, names any
// republication, and gives the archive's copy as what it is.
import { bibtexEntry } from './bibtex.ts';
import { PUBLISHER_NAMES } from './formats/registry.ts';
import { longDate } from './labels.ts';
import type { Readout } from './schema.ts';

export const ARCHIVE_NAME = 'Readout Archive';

export interface CitationFacts {
  key: string;
  /** The publisher, a corporate author. */
  author: string;
  title: string;
  /** Publication date, YYYY-MM-DD. */
  issued: string;
  /** The original address, when recorded. */
  original?: string;
  alsoPublishedAt: string[];
  /** The account (or paragraph) in the archive. */
  archived: string;
  /** The day the archive took in the text (YYYY-MM-DD), given as the access date. */
  accessed?: string;
  /** The paragraph's label within its account ("point 2", "¶ 4"), for a paragraph citation. */
  locator?: string;
}

/** The facts every citation format is made from; `archived` is the address of the account or paragraph. */
export function citationFacts(readout: Readout, archived: string, locator?: string): CitationFacts {
  const issued = readout.publishedDate ?? readout.date;
  return {
    key: `${readout.anchor.replace(/-/g, '')}${issued.replace(/-/g, '')}`,
    author: PUBLISHER_NAMES[readout.publisher],
    title: readout.title,
    issued,
    ...(readout.sourceUrl ? { original: readout.sourceUrl } : {}),
    alsoPublishedAt: readout.alsoPublishedAt,
    archived,
    ...(readout.capturedAt ? { accessed: readout.capturedAt } : {}),
    ...(locator ? { locator } : {}),
  };
}

/** "July 14, 2023", as Chicago writes dates. */
export function usDate(iso: string): string {
  const [day, month, year] = longDate(iso, { weekday: false }).split(' ');
  return `${month} ${day}, ${year}`;
}
const curly = (text: string) => text.replace(/'/g, '’');
const list = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);
const accessed = (f: CitationFacts) => (f.accessed ? `accessed ${usDate(f.accessed)}, ` : '');
const alsoAt = (f: CitationFacts) => (f.alsoPublishedAt.length ? `also published at ${list(f.alsoPublishedAt)}` : '');

/** Chicago (17th ed.) note: "Author, “Title,” Date, locator, accessed Date, URL; archived in ..." */
export function chicagoNote(f: CitationFacts): string {
  const head = `${f.author}, “${curly(f.title)},” ${usDate(f.issued)}${f.locator ? `, ${f.locator}` : ''}`;
  if (f.original) return `${head}, ${accessed(f)}${f.original}; archived in ${ARCHIVE_NAME}, ${f.archived}.`;
  const where = ['original address not recorded', alsoAt(f)].filter(Boolean).join(', ');
  return `${head}, ${where}; archived in ${ARCHIVE_NAME}, ${accessed(f)}${f.archived}.`;
}

/** Chicago (17th ed.) bibliography entry: elements separated by periods. */
export function chicagoBibliography(f: CitationFacts): string {
  const head = `${f.author}. “${curly(f.title)}.” ${usDate(f.issued)}.`;
  const access = f.accessed ? ` Accessed ${usDate(f.accessed)}.` : '';
  if (f.original) return `${head}${access} ${f.original}. Archived in ${ARCHIVE_NAME}, ${f.archived}.`;
  const also = f.alsoPublishedAt.length ? ` Also published at ${list(f.alsoPublishedAt)}.` : '';
  return `${head} Original address not recorded.${also} Archived in ${ARCHIVE_NAME}.${access} ${f.archived}.`;
}

/** Straight double quotes as curly pairs, opening and closing in turn. */
const curlyQuotes = (text: string) => {
  let open = true;
  return curly(text).replace(/"/g, () => ((open = !open) ? '”' : '“'));
};
/** A period after an element, unless it already ends in a stop of its own. */
const stop = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);

/**
 * APA (7th ed.), webpage with a corporate author: "Author. (Year, Month Day). Title. Site. URL". Without the original
 * address the archive is named as the site the copy is on. Written here: a CSL engine took some milliseconds an
 * account, most of a large build's citation time, for one fixed pattern.
 */
export function apa(f: CitationFacts): string {
  const [day, month, year] = longDate(f.issued, { weekday: false }).split(' ');
  const title = f.title.trim() ? `${stop(curlyQuotes(f.title.trim()))} ` : '';
  const site = f.original ? '' : `${ARCHIVE_NAME}. `;
  return `${stop(f.author)} (${year}, ${month} ${day}). ${title}${site}${f.original ?? f.archived}`;
}

export function bibtex(f: CitationFacts): string {
  const [year, month] = f.issued.split('-').map(Number) as [number, number];
  const note = f.original
    ? [{ text: `Archived in ${ARCHIVE_NAME}, ` }, { url: f.archived }]
    : [
        { text: `Original address not recorded; the address given is the copy in ${ARCHIVE_NAME}.` },
        ...f.alsoPublishedAt.flatMap((url, i) => [{ text: i === 0 ? ' Also published at ' : ' and ' }, { url }]),
        ...(f.alsoPublishedAt.length ? [{ text: '.' }] : []),
      ];
  return bibtexEntry('misc', f.key, [
    ['author', { corporate: f.author }],
    ['title', { exact: f.title }],
    ['year', { text: String(year) }],
    ['month', { month }],
    ['date', { text: f.issued }],
    ['url', { url: f.original ?? f.archived }],
    ...(f.accessed ? ([['urldate', { text: f.accessed }]] as const) : []),
    ['note', { rich: note }],
  ]);
}

/** RIS, written here because CSL libraries wrap values and shorten ids; tags per the RIS specification. */
export function ris(f: CitationFacts): string {
  const slashed = (iso: string) => iso.replace(/-/g, '/');
  const note = f.original
    ? `Archived in ${ARCHIVE_NAME}: ${f.archived}`
    : `Original address not recorded; the address given is the copy in ${ARCHIVE_NAME}.${f.alsoPublishedAt.length ? ` Also published at ${list(f.alsoPublishedAt)}.` : ''}`;
  const lines: [string, string][] = [
    ['TY', 'ELEC'],
    ['ID', f.key],
    ['AU', f.author],
    ['TI', f.title],
    ['PY', f.issued.slice(0, 4)],
    ['DA', slashed(f.issued)],
    ['PB', f.author],
    ['UR', f.original ?? f.archived],
    ...(f.original ? [] : ([['DB', ARCHIVE_NAME]] as [string, string][])),
    ...(f.accessed ? ([['Y2', slashed(f.accessed)]] as [string, string][]) : []),
    ['N1', note],
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

/** Every format for an account, at its address in the archive. */
export function citationsOf(readout: Readout, archived: string): Citations {
  const f = citationFacts(readout, archived);
  return { chicagoNote: chicagoNote(f), chicagoBibliography: chicagoBibliography(f), apa: apa(f), bibtex: bibtex(f), ris: ris(f) };
}

/** A note citing one paragraph: the account's citation with the paragraph's label and address. */
export function paragraphCitation(readout: Readout, archived: string, label: string): string {
  return chicagoNote(citationFacts(readout, archived, label));
}
