// Builds an archive from texts in memory with the real curated data, for tests of single readouts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildArchive, type ArchiveResult } from './archive.ts';
import { formatDiagnostic } from './diagnostics.ts';
import { contentDir } from './test-support.ts';
import type { Readout } from './schema.ts';

const curatedText = (name: string) => readFileSync(join(contentDir, name), 'utf8');
export const CURATED = { countries: curatedText('countries.yaml'), people: curatedText('people.yaml'), topics: curatedText('topics.yaml') };

export function buildFrom(files: Record<string, string | Uint8Array>, sourcesYaml = '{}'): ArchiveResult {
  return buildArchive({
    contentDir: 'content',
    sources: Object.entries(files).map(([name, text]) => ({ name, bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text })),
    sourcesYaml,
    curated: CURATED,
  });
}

/** The readouts of one text, failing with every diagnostic when it cannot be read. */
export function readoutsOf(text: string, sourcesYaml = '{}', name = 'fixture.txt'): Readout[] {
  const result = buildFrom({ [name]: text }, sourcesYaml);
  if (!result.ok) throw new Error(result.diagnostics.map(formatDiagnostic).join('\n'));
  return result.archive.readouts;
}

export function readoutOf(text: string, sourcesYaml?: string): Readout {
  const readouts = readoutsOf(text, sourcesYaml);
  if (readouts.length !== 1) throw new Error(`expected one readout, got ${readouts.length}`);
  return readouts[0]!;
}

/** The error and warning lines a text produces, formatted as the build prints them. */
export function messagesOf(files: Record<string, string | Uint8Array>, sourcesYaml?: string): string[] {
  const result = buildFrom(files, sourcesYaml);
  return (result.ok ? result.archive.report.diagnostics : result.diagnostics).map(formatDiagnostic);
}

/** A MOFA-style readout around a given lead and points. */
export function mofaText({ series = 'Japan-Republic of Korea Relations', date = 'July 13, 2023', captions = ['(Photo) Japan-ROK Foreign Ministers’ Meeting'], lead, points = ['  1. The two Ministers exchanged views on the regional situation.'] }: {
  series?: string;
  date?: string;
  captions?: string[];
  lead: string;
  points?: string[];
}): string {
  return [series, '', date, ...captions, '', lead, '', ...points, '', `Back to ${series}`].join('\n');
}
