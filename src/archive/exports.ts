// Open data: meetings and readouts as JSON and CSV. The Zod schemas here are the contract, published as JSON Schema,
// and every export is checked against them before it is written.
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

export const meetingsExportSchema = z.object({
  title: z.string(),
  meetings: z.array(meetingExportSchema),
});
export type MeetingsExport = z.infer<typeof meetingsExportSchema>;

export const readoutsExportSchema = z.object({
  title: z.string(),
  readouts: z.array(readoutExportSchema),
});
export type ReadoutsExport = z.infer<typeof readoutsExportSchema>;

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

export function meetingsExport(meetings: readonly Meeting[], site: URL | string): MeetingsExport {
  return meetingsExportSchema.parse({
    title: `${ARCHIVE_NAME}: meetings`,
    meetings: [...meetings].sort(byOldest).map((m) => ({ ...m, url: new URL(meetingPath(m.id), site).href })),
  });
}

export function readoutsExport(readouts: readonly Readout[], meetings: readonly Meeting[], site: URL | string): ReadoutsExport {
  return readoutsExportSchema.parse({
    title: `${ARCHIVE_NAME}: readouts`,
    readouts: inArchiveOrder(readouts, meetings).map(({ readout, meeting }) => ({
      ...readout,
      meeting: meeting.id,
      url: new URL(`${meetingPath(meeting.id)}#${readout.anchor}`, site).href,
      text: readoutText(readout),
    })),
  });
}

export function readoutCsvRows(readouts: readonly Readout[], meetings: readonly Meeting[], site: URL | string): ReadoutCsvRow[] {
  return inArchiveOrder(readouts, meetings).map(({ readout: r, meeting }) =>
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
    description: 'The exports of the archive: meetings.json and readouts.json validate against $defs.meetings and $defs.readouts; each row of readouts.csv against $defs.readoutCsvRow.',
    $defs: {
      meetings: def(meetingsExportSchema, 'data/meetings.json'),
      readouts: def(readoutsExportSchema, 'data/readouts.json'),
      readoutCsvRow: def(readoutCsvRowSchema, 'A row of data/readouts.csv, as text.'),
    },
    anyOf: [{ $ref: '#/$defs/meetings' }, { $ref: '#/$defs/readouts' }],
  };
}
