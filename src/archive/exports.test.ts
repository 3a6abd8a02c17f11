import { z } from 'astro/zod';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { CSV_COLUMNS, exportsJsonSchema, meetingsExport, meetingsExportJson, readoutCsvRows, readoutsCsv, readoutsExport, readoutsExportJson, readoutText, yearRoutes } from './exports.ts';
import type { Readout } from './schema.ts';
import { loadArchive, pointText, sourceLine } from './test-support.ts';

const archive = loadArchive();
const SITE = 'https://archive.example/';
const published = exportsJsonSchema(`${SITE}data/schema.json`);
/** A validator read back from the published JSON Schema (one of its $defs), not from the Zod schemas that made it. */
const validatorFor = (name: string) => {
  const { anyOf: _, ...definitions } = published;
  return z.fromJSONSchema({ ...definitions, $ref: `#/$defs/${name}` } as Parameters<typeof z.fromJSONSchema>[0]);
};

describe('meetings.json', () => {
  const data = meetingsExport(archive.meetings, SITE);

  test('lists the four meetings oldest first, each with its page address', () => {
    expect(data.meetings.map((m) => m.url)).toEqual([
      'https://archive.example/meetings/2018-03-17-japan-rok/',
      'https://archive.example/meetings/2023-07-13-japan-rok/',
      'https://archive.example/meetings/2023-07-14-japan-us-rok/',
      'https://archive.example/meetings/2023-11-26-japan-rok/',
    ]);
  });

  test('validates against the published JSON Schema', () => {
    expect(validatorFor('meetings').safeParse(JSON.parse(JSON.stringify(data))).success).toBe(true);
  });

  test('the published schema rejects a meeting with an impossible date format', () => {
    const broken = JSON.parse(JSON.stringify(data));
    broken.meetings[0].date = '17 March 2018';
    expect(validatorFor('meetings').safeParse(broken).success).toBe(false);
  });
});

describe('readouts.json', () => {
  const data = readoutsExport(archive.readouts, archive.meetings, SITE);

  test('has one entry per readout, each naming its meeting', () => {
    expect(data.readouts.map((r) => [r.id, r.meeting])).toEqual([
      ['003-899ff3d4eaba3281', '2018-03-17-japan-rok'],
      ['002-b2fbf85e53d0a9e2', '2023-07-13-japan-rok'],
      ['000-11463b6e713217c0', '2023-07-14-japan-us-rok'],
      ['001-46aec85189a962c6-1', '2023-07-14-japan-us-rok'],
      ['001-46aec85189a962c6-2', '2023-07-14-japan-us-rok'],
      ['001-46aec85189a962c6-3', '2023-07-14-japan-us-rok'],
      ['004-643d290870f2ad2b', '2023-11-26-japan-rok'],
    ]);
  });

  test('carries the full text, numbered points with their numbers', () => {
    const kono = data.readouts[0]!;
    expect(kono.text.split('\n\n')[0]).toBe(sourceLine('003_899ff3d4eaba3281.txt', 7));
    expect(kono.text).toContain(`\n\n2. ${pointText('003_899ff3d4eaba3281.txt', 10)}`);
  });

  test('remarks keep their speakers', () => {
    expect(readoutText(archive.readouts.find((r) => r.id === '001-46aec85189a962c6-3')!)).toMatch(/^SECRETARY BLINKEN: Well, good evening, everyone\./);
  });

  test('validates against the published JSON Schema', () => {
    expect(validatorFor('readouts').safeParse(JSON.parse(JSON.stringify(data))).success).toBe(true);
  });

  test('a readout that breaks the schema is refused before anything is written', () => {
    const bad = { ...archive.readouts[0]!, sha256: 'not-a-hash' } as Readout;
    expect(() => readoutsExport([bad, ...archive.readouts.slice(1)], archive.meetings, SITE)).toThrow(/sha256/);
  });
});

describe('readouts.csv', () => {
  const rows = readoutCsvRows(archive.readouts, archive.meetings, SITE);
  const parsed: Record<string, string>[] = parse(readoutsCsv(rows), { bom: true, columns: true });

  test('starts with the UTF-8 byte-order mark that spreadsheet programs look for', () => {
    expect([...Buffer.from(readoutsCsv(rows), 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  test('has the byte-order mark once only, before the header', () => {
    expect(readoutsCsv(rows).lastIndexOf('\uFEFF')).toBe(0);
  });

  test('parses back into one row per readout', () => {
    expect(parsed.map((r) => r.id)).toEqual(rows.map((r) => r.id));
    expect(parsed).toHaveLength(7);
  });

  test('has the documented columns, in order', () => {
    const header: string[][] = parse(readoutsCsv(rows), { bom: true, to_line: 1 });
    expect(header[0]).toEqual(CSV_COLUMNS);
  });

  test('text with commas, quotes and blank lines survives the round trip', () => {
    expect(parsed[0]!.text).toBe(rows[0]!.text);
    expect(parsed[0]!.text).toContain('\n\n');
  });

  test('several values share a cell, "; " apart', () => {
    expect(parsed.find((r) => r.id === '000-11463b6e713217c0')!.countries).toBe('japan; united-states; republic-of-korea');
  });

  test('every row validates against the published row schema', () => {
    const row = validatorFor('readoutCsvRow');
    expect(parsed.every((r) => row.safeParse(r).success)).toBe(true);
  });
});

test('the schema document names its own address and the draft it follows', () => {
  expect([published.$id, published.$schema]).toEqual(['https://archive.example/data/schema.json', 'https://json-schema.org/draft/2020-12/schema']);
});

test('the whole document accepts either JSON export and refuses a CSV row', () => {
  const whole = z.fromJSONSchema(published as Parameters<typeof z.fromJSONSchema>[0]);
  expect(whole.safeParse(JSON.parse(JSON.stringify(meetingsExport(archive.meetings, SITE)))).success).toBe(true);
  expect(whole.safeParse(readoutCsvRows(archive.readouts, archive.meetings, SITE)[0]).success).toBe(false);
});

describe('exports year by year', () => {
  test('a year file holds the meetings of that year only', () => {
    expect(meetingsExport(archive.meetings, SITE, '2023').meetings.map((m) => m.date)).toEqual(['2023-07-13', '2023-07-14', '2023-11-26']);
  });

  test('a year file of readouts holds the accounts of that year’s meetings, and validates against the published schema', () => {
    const year = readoutsExport(archive.readouts, archive.meetings, SITE, '2018');
    expect(year.year).toBe('2018');
    expect(new Set(year.readouts.map((r) => r.meeting))).toEqual(new Set(['2018-03-17-japan-rok']));
    expect(validatorFor('readouts').safeParse(JSON.parse(JSON.stringify(year))).success).toBe(true);
  });

  test('the whole-archive files list the year files, oldest first', () => {
    expect(readoutsExport(archive.readouts, archive.meetings, SITE).parts).toEqual([
      { year: '2018', url: 'https://archive.example/data/2018/readouts.json' },
      { year: '2023', url: 'https://archive.example/data/2023/readouts.json' },
    ]);
  });

  test('the year CSV files together hold every row of the whole CSV', () => {
    const whole = readoutCsvRows(archive.readouts, archive.meetings, SITE);
    const years = ['2018', '2023'].flatMap((y) => readoutCsvRows(archive.readouts, archive.meetings, SITE, y));
    expect(years).toEqual(whole);
  });
});

describe('the JSON files as written, record by record', () => {
  test('are the checked exports, byte for byte, whole and year by year', () => {
    for (const year of [undefined, '2018', '2023']) {
      expect(meetingsExportJson(archive.meetings, SITE, year)).toBe(JSON.stringify(meetingsExport(archive.meetings, SITE, year)));
      expect(readoutsExportJson(archive.readouts, archive.meetings, SITE, year)).toBe(JSON.stringify(readoutsExport(archive.readouts, archive.meetings, SITE, year)));
    }
  });

  test('a year with no meetings is written as an empty list', () => {
    expect(JSON.parse(readoutsExportJson(archive.readouts, archive.meetings, SITE, '1999'))).toEqual({ title: 'Readout Archive: readouts of 1999', year: '1999', readouts: [] });
  });

  test('refuse a readout that breaks the schema, as the checked export does', () => {
    const bad = { ...archive.readouts[0]!, sha256: 'not-a-hash' } as Readout;
    expect(() => readoutsExportJson([bad, ...archive.readouts.slice(1)], archive.meetings, SITE)).toThrow(/sha256/);
  });

  test('refuse a header that breaks the schema', () => {
    expect(() => readoutsExportJson(archive.readouts, archive.meetings, SITE, '23')).toThrow(/year/);
  });
});

describe('the year files\' keys', () => {
  const keys = (meetings: typeof archive.meetings, readouts: typeof archive.readouts) =>
    Object.fromEntries(yearRoutes(meetings, readouts).map((r) => [r.params.year, r.cacheKey]));

  test('give one route a year with meetings, oldest first', () => {
    expect(yearRoutes(archive.meetings, archive.readouts).map((r) => r.params.year)).toEqual(['2018', '2023']);
  });

  test('stay the same for the same records, and change only for the year whose readout changed', () => {
    const before = keys(archive.meetings, archive.readouts);
    expect(keys([...archive.meetings], [...archive.readouts])).toEqual(before);
    const readout2023 = archive.meetings.find((m) => m.date.startsWith('2023-'))!.readouts[0]!;
    const edited = archive.readouts.map((r) => (r.id === readout2023 ? { ...r, title: `${r.title} (corrected)` } : r));
    const after = keys([...archive.meetings], edited);
    expect(after['2018']).toBe(before['2018']);
    expect(after['2023']).not.toBe(before['2023']);
  });
});
