// Open data: meetings and readouts as JSON and CSV. The Zod schemas here are the contract, published as JSON Schema,
// and every export is checked against them before it is written.
import { createHash } from 'node:crypto';
import { z } from 'astro/zod';
import { stringify } from 'csv-stringify/sync';
import { ARCHIVE_NAME } from './citation.ts';
import { meetingPath } from './labels.ts';
import { isoDate, meetingSchema, publisherId, readoutKind, readoutSchema, type Meeting, type Readout } from './schema.ts';
import { byOldest } from './summaries.ts';

const id = meetingSchema.shape.id;

export const meetingExportSchema = meetingSchema.extend({
  url: z.url().describe('The meeting page, with every account of the meeting.'),
});

export const readoutExportSchema = readoutSchema.extend({
  meeting: id.describe('Id of the meeting the readout is an account of.'),
  url: z.url().describe('The account on its meeting page.'),
  text: z.string().min(1).describe('The paragraphs as read, a blank line apart; numbered points keep their numbers and remarks their speakers.'),
});

const yearSchema = z.string().regex(/^\d{4}$/);
const partsSchema = z
  .array(z.object({ year: yearSchema, url: z.url() }))
  .describe(`The same export year by year (/data/<year>/...), oldest first. The whole-archive file holds every record up to 5,000 readouts; above that it holds none and these files hold them all.`);

export const meetingsExportSchema = z.object({
  title: z.string(),
  year: yearSchema.optional().describe('Present in a year file: the year of the meetings it holds.'),
  parts: partsSchema.optional(),
  meetings: z.array(meetingExportSchema),
});
export type MeetingsExport = z.infer<typeof meetingsExportSchema>;

export const readoutsExportSchema = z.object({
  title: z.string(),
  year: yearSchema.optional().describe('Present in a year file: the year of the meetings whose readouts it holds.'),
  parts: partsSchema.optional(),
  readouts: z.array(readoutExportSchema),
});
export type ReadoutsExport = z.infer<typeof readoutsExportSchema>;

/**
 * Up to this many readouts, /data/meetings.json, /data/readouts.json and /data/readouts.csv hold every record, as
 * they always have; above it they hold none (the CSV only its header) and point at the year files, so that no file
 * grows without bound (readouts.json is about 3.5 KB a readout: 17 MB at the limit, 350 MB at 100,000).
 */
export const WHOLE_ARCHIVE_LIMIT = 5_000;

/** Whether the whole-archive files hold every record. */
export const holdsEverything = (readouts: readonly unknown[]) => readouts.length <= WHOLE_ARCHIVE_LIMIT;

/** The years that have meetings, oldest first: one set of year files each. */
export function exportYears(meetings: readonly Meeting[]): string[] {
  return [...new Set(meetings.map((m) => m.date.slice(0, 4)))].sort();
}

/** The year files' routes, each with a key digesting the records its files are made of (made once per archive). */
export function yearRoutes(meetings: readonly Meeting[], readouts: readonly Readout[]): { params: { year: string }; cacheKey: string }[] {
  let keys = yearKeysOf.get(meetings)?.get(readouts);
  if (!keys) {
    keys = exportYears(meetings).map((year) => [year, yearKey(year, inYear(year, meetings, readouts))] as const);
    yearKeysOf.set(meetings, new WeakMap([[readouts, keys]]));
  }
  // Fresh objects for each route: Astro takes the ones it is given as its own.
  return keys.map(([year, cacheKey]) => ({ params: { year }, cacheKey }));
}
const yearKeysOf = new WeakMap<readonly Meeting[], WeakMap<readonly Readout[], (readonly [string, string])[]>>();

/** A digest of a year's meetings and readouts, one record at a time so that no year is held as one string. */
function yearKey(year: string, chosen: { meetings: readonly Meeting[]; readouts: readonly Readout[] }): string {
  const hash = createHash('sha256').update(year);
  for (const record of [...chosen.meetings, ...chosen.readouts]) hash.update('\0').update(JSON.stringify(record));
  return hash.digest('base64url');
}

export type ExportFile = 'meetings.json' | 'readouts.json' | 'readouts.csv';
export const yearFilePath = (year: string, file: ExportFile) => `/data/${year}/${file}`;

function parts(meetings: readonly Meeting[], site: URL | string, file: ExportFile) {
  return exportYears(meetings).map((year) => ({ year, url: new URL(yearFilePath(year, file), site).href }));
}

/** The meetings of one year, and the readouts of those meetings. */
export function inYear<R extends { id: string }>(year: string, meetings: readonly Meeting[], readouts: readonly R[]): { meetings: Meeting[]; readouts: R[] } {
  const chosen = meetings.filter((m) => m.date.startsWith(`${year}-`));
  const ids = new Set(chosen.flatMap((m) => m.readouts));
  return { meetings: chosen, readouts: readouts.filter((r) => ids.has(r.id)) };
}

/** Several values in one CSV cell are joined with this. */
export const CSV_SEPARATOR = '; ';

export const readoutCsvRowSchema = z.object({
  id,
  meeting: id,
  date: isoDate,
  publishedDate: z.union([isoDate, z.literal('')]),
  publisher: publisherId,
  kind: readoutKind,
  title: z.string().min(1),
  channel: meetingSchema.shape.channel,
  place: z.string(),
  countries: z.string().describe('Ids of the countries taking part, "; " apart.'),
  participants: z.string().describe('Curated person ids, or names as written when not curated, "; " apart.'),
  topics: z.string().describe('Topic ids, "; " apart.'),
  url: z.url(),
  sourceUrl: z.union([z.url(), z.literal('')]),
  file: z.string().min(1),
  sha256: readoutSchema.shape.sha256,
  partial: z.enum(['true', 'false']),
  text: z.string().min(1),
});
export type ReadoutCsvRow = z.infer<typeof readoutCsvRowSchema>;
export const CSV_COLUMNS = Object.keys(readoutCsvRowSchema.shape) as (keyof ReadoutCsvRow)[];

/** "2." and "2. (1)" as MOFA prints its numbers, before the paragraph. */
function numberLabel(number: string): string {
  const [top, sub] = number.split('-');
  return sub ? `${top}. (${sub})` : `${top}.`;
}

export function readoutText(readout: Readout): string {
  return readout.paragraphs.map((p) => `${p.number ? `${numberLabel(p.number)} ` : ''}${p.speaker ? `${p.speaker}: ` : ''}${p.text}`).join('\n\n');
}

/** Readouts in archive order: meetings oldest first, each meeting's accounts in page order. */
function inArchiveOrder(readouts: readonly Readout[], meetings: readonly Meeting[]): { readout: Readout; meeting: Meeting }[] {
  const byId = new Map(readouts.map((r) => [r.id, r]));
  return [...meetings].sort(byOldest).flatMap((meeting) => meeting.readouts.map((rid) => ({ readout: byId.get(rid)!, meeting })));
}

/** The whole archive's meetings, or with `year` the meetings of that year. */
export function meetingsExport(meetings: readonly Meeting[], site: URL | string, year?: string): MeetingsExport {
  const { header, records } = meetingsPlan(meetings, site, year);
  return meetingsExportSchema.parse({ ...header, meetings: [...records] });
}

/** `meetingsExport` as JSON text, each meeting checked as it is written (see `checkedJson`). */
export function meetingsExportJson(meetings: readonly Meeting[], site: URL | string, year?: string): string {
  const { header, records } = meetingsPlan(meetings, site, year);
  return checkedJson(meetingsExportSchema, 'meetings', header, records);
}

function meetingsPlan(meetings: readonly Meeting[], site: URL | string, year?: string) {
  const chosen = year ? inYear(year, meetings, []).meetings : holdsEverything(meetings.flatMap((m) => m.readouts)) ? meetings : [];
  return {
    header: { title: `${ARCHIVE_NAME}: meetings${year ? ` of ${year}` : ''}`, ...(year ? { year } : { parts: parts(meetings, site, 'meetings.json') }) },
    records: [...chosen].sort(byOldest).map((m) => ({ ...m, url: new URL(meetingPath(m.id), site).href })),
  };
}

/** The whole archive's readouts, or with `year` the readouts of that year's meetings. */
export function readoutsExport(readouts: readonly Readout[], meetings: readonly Meeting[], site: URL | string, year?: string): ReadoutsExport {
  const { header, records } = readoutsPlan(readouts, meetings, site, year);
  return readoutsExportSchema.parse({ ...header, readouts: [...records] });
}

/** `readoutsExport` as JSON text, each readout checked as it is written (see `checkedJson`). */
export function readoutsExportJson(readouts: readonly Readout[], meetings: readonly Meeting[], site: URL | string, year?: string): string {
  const { header, records } = readoutsPlan(readouts, meetings, site, year);
  return checkedJson(readoutsExportSchema, 'readouts', header, records);
}

function readoutsPlan(readouts: readonly Readout[], meetings: readonly Meeting[], site: URL | string, year?: string) {
  const chosen = year ? inYear(year, meetings, readouts) : holdsEverything(readouts) ? { meetings, readouts } : { meetings: [], readouts: [] };
  return {
    header: { title: `${ARCHIVE_NAME}: readouts${year ? ` of ${year}` : ''}`, ...(year ? { year } : { parts: parts(meetings, site, 'readouts.json') }) },
    // Made one at a time as they are written, so that no more than one is held besides the text.
    records: (function* () {
      for (const { readout, meeting } of inArchiveOrder(chosen.readouts, chosen.meetings)) {
        yield { ...readout, meeting: meeting.id, url: new URL(`${meetingPath(meeting.id)}#${readout.anchor}`, site).href, text: readoutText(readout) };
      }
    })(),
  };
}

/**
 * The text of `JSON.stringify(schema.parse({ ...header, [list]: records }))`, with each record checked against the
 * list's element schema as it is written: a year's checked copy held whole (about 100 MB at 100,000 readouts) lived
 * long enough to be moved to the old generation, and the collector's full passes over the build's heap then made
 * each year's file take seconds.
 */
function checkedJson(schema: z.ZodObject, list: string, header: Record<string, unknown>, records: Iterable<unknown>): string {
  const element = (schema.shape[list] as z.ZodArray<z.ZodType>).element;
  const checked = z.object(Object.fromEntries(Object.entries(schema.shape).filter(([key]) => key !== list))).parse(header) as Record<string, unknown>;
  const fields: string[] = [];
  for (const key of Object.keys(schema.shape)) {
    if (key === list) {
      let items = '';
      for (const record of records) items += `${items ? ',' : ''}${JSON.stringify(element.parse(record))}`;
      fields.push(`${JSON.stringify(key)}:[${items}]`);
    } else if (checked[key] !== undefined) fields.push(`${JSON.stringify(key)}:${JSON.stringify(checked[key])}`);
  }
  return `{${fields.join(',')}}`;
}

/** Rows of the whole archive's CSV (none above the limit), or with `year` of that year's meetings. */
export function readoutCsvRows(readouts: readonly Readout[], meetings: readonly Meeting[], site: URL | string, year?: string): ReadoutCsvRow[] {
  const chosen = year ? inYear(year, meetings, readouts) : holdsEverything(readouts) ? { meetings, readouts } : { meetings: [], readouts: [] };
  return inArchiveOrder(chosen.readouts, chosen.meetings).map(({ readout: r, meeting }) =>
    readoutCsvRowSchema.parse({
      id: r.id,
      meeting: meeting.id,
      date: r.date,
      publishedDate: r.publishedDate ?? '',
      publisher: r.publisher,
      kind: r.kind,
      title: r.title,
      channel: r.channel,
      place: r.location?.text ?? '',
      countries: r.countries.join(CSV_SEPARATOR),
      participants: r.participants.map((p) => p.person ?? p.name).join(CSV_SEPARATOR),
      topics: r.topics.join(CSV_SEPARATOR),
      url: new URL(`${meetingPath(meeting.id)}#${r.anchor}`, site).href,
      sourceUrl: r.sourceUrl ?? '',
      file: r.file,
      sha256: r.sha256,
      partial: String(r.partial),
      text: readoutText(r),
    }),
  );
}

/** Starts with a UTF-8 byte-order mark: without it some spreadsheet programs read the file in a legacy encoding. */
export function readoutsCsv(rows: readonly ReadoutCsvRow[]): string {
  return stringify(rows as ReadoutCsvRow[], { bom: true, header: true, columns: CSV_COLUMNS, record_delimiter: '\r\n' });
}

/** One JSON Schema document for the exports, generated from the Zod schemas above. */
export function exportsJsonSchema(schemaUrl: string): Record<string, unknown> {
  const def = (schema: z.ZodType, description: string) => {
    const { $schema: _, ...rest } = z.toJSONSchema(schema) as Record<string, unknown>;
    return { description, ...rest };
  };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: schemaUrl,
    title: `${ARCHIVE_NAME} open data`,
    description:
      'The exports of the archive: meetings.json and readouts.json (and their year files, /data/<year>/meetings.json and /data/<year>/readouts.json) validate against $defs.meetings and $defs.readouts; each row of readouts.csv and /data/<year>/readouts.csv against $defs.readoutCsvRow.',
    $defs: {
      meetings: def(meetingsExportSchema, 'data/meetings.json'),
      readouts: def(readoutsExportSchema, 'data/readouts.json'),
      readoutCsvRow: def(readoutCsvRowSchema, 'A row of data/readouts.csv, as text.'),
    },
    anyOf: [{ $ref: '#/$defs/meetings' }, { $ref: '#/$defs/readouts' }],
  };
}
