// The whole pipeline: source bytes and curated texts in, validated readouts and meetings out.
import { createHash } from 'node:crypto';
import { readCurated, type Curated, type CuratedTexts } from './enrichment/curated.ts';
import { CuratedIndex } from './enrichment/curated-index.ts';
import { Diagnostics, type Diagnostic } from './diagnostics.ts';
import { enrich, readoutId, type SourceFile } from './enrichment/enrich.ts';
import { detectFormats, formatOf, FORMATS, PUBLISHER_NAMES } from './formats/registry.ts';
import { buildMeetings } from './meetings/meetings.ts';
import { dayIn, HOME_ZONES } from './meetings/time-zones.ts';
import { meetingSchema, readoutSchema, sourcesFileSchema, type LineSpan, type Meeting, type Readout, type SourceFacts } from './schema.ts';
import { decodeSource } from './source-text.ts';
import { htmlLines } from './formats/html-text.ts';
import type { ParsedDocument } from './formats/format.ts';
import { readYaml } from './yaml-data.ts';
import { byCodePoint } from './compare.ts';

export interface SourceInput {
  /** File name inside the readouts folder, e.g. "000_x.txt". */
  name: string;
  bytes: Uint8Array;
}

export interface ArchiveInput {
  /** Folder as shown in messages, e.g. "content". */
  contentDir: string;
  sources: SourceInput[];
  /** Names in the readouts folder that are not read: other files, links, and folders (ending in "/"). */
  otherFiles?: string[];
  sourcesYaml: string;
  curated: CuratedTexts;
}

export interface Archive extends Curated {
  readouts: Readout[];
  meetings: Meeting[];
  report: { files: number; diagnostics: Diagnostic[] };
}

/** On errors, what could still be read comes back too, so an editor's report shows every readout. */
export type ArchiveResult = { ok: true; archive: Archive } | { ok: false; diagnostics: Diagnostic[]; readouts: Readout[]; meetings: Meeting[] };

/** Moves every line number a parser gave into the numbering of the source file. */
function remapLines(doc: ParsedDocument, toSource: (line: number) => number): void {
  const span = (s: LineSpan) => ({ start: toSource(s.start), end: Math.max(toSource(s.start), toSource(s.end)) });
  for (const key of Object.keys(doc.lines)) doc.lines[key] = span(doc.lines[key]!);
  for (const p of doc.paragraphs) p.lines = span(p.lines);
  for (const p of doc.participants) p.line = toSource(p.line);
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The curated data of the last build: an editor's check, the build and the tests read the same files many times. */
let lastCurated: { key: string; curated?: Curated; index?: CuratedIndex; diagnostics: Diagnostic[] } | undefined;

function curatedOnce(texts: CuratedTexts, dir: string, diagnostics: Diagnostics): { curated?: Curated; index?: CuratedIndex } {
  const key = `${dir}\u0000${texts.countries}\u0000${texts.people}\u0000${texts.topics}`;
  if (lastCurated?.key !== key) {
    const own = new Diagnostics();
    const curated = readCurated(texts, dir, own);
    lastCurated = { key, ...(curated ? { curated, index: new CuratedIndex(curated) } : {}), diagnostics: own.items };
  }
  diagnostics.items.push(...lastCurated.diagnostics);
  return lastCurated;
}

export function buildArchive(input: ArchiveInput): ArchiveResult {
  const diagnostics = new Diagnostics();
  const dir = input.contentDir;
  const readoutsDir = `${dir}/readouts`;
  const { curated, index } = curatedOnce(input.curated, dir, diagnostics);
  const sourcesPath = `${dir}/sources.yaml`;
  const sourcesFile = readYaml(input.sourcesYaml, sourcesPath, sourcesFileSchema, diagnostics);
  const facts: Record<string, SourceFacts> = sourcesFile?.data ?? {};

  const names = new Set(input.sources.map((s) => s.name));
  for (const name of Object.keys(facts)) {
    if (!names.has(name)) diagnostics.error(sourcesPath, sourcesFile!.lineOf([name]), `no file ${readoutsDir}/${name} for this entry`);
  }
  for (const other of input.otherFiles ?? []) {
    diagnostics.warn(`${readoutsDir}/${other}`, undefined, other.endsWith('/') ? 'a folder: readouts must sit directly in readouts/, so nothing in it is read' : 'not a .txt or .html file, so not read as a readout');
  }
  if (input.sources.length === 0) diagnostics.error(readoutsDir, undefined, 'no readouts (.txt or .html files) found');

  const readouts: Readout[] = [];
  const byId = new Map<string, Readout>();
  const seen = new Map<string, string>();
  const sorted = [...input.sources].sort((a, b) => byCodePoint(a.name, b.name));
  for (const source of sorted) {
    const path = `${readoutsDir}/${source.name}`;
    const hash = sha256(source.bytes);
    const earlier = seen.get(hash);
    if (earlier) {
      diagnostics.error(path, 1, `the same text as ${readoutsDir}/${earlier}: the archive holds each source once`);
      continue;
    }
    seen.set(hash, source.name);
    const raw = decodeSource(source.bytes);
    if (!raw.ok) {
      diagnostics.error(path, raw.line, raw.message);
      continue;
    }
    // An HTML source is read as the lines a reader sees; every line number then points back into the HTML file.
    const html = source.name.endsWith('.html') ? htmlLines(raw.lines.join('\n')) : undefined;
    if (html && html.lines.length === 0) {
      diagnostics.error(path, 1, 'the page holds no text outside its navigation, scripts and other furniture');
      continue;
    }
    const decoded = html ? { lines: html.lines } : raw;
    const toSource = html ? (line: number) => html.sourceLines[line - 1] ?? html.sourceLines.at(-1) ?? line : (line: number) => line;
    const fileFacts = facts[source.name] ?? sourcesFileSchema.valueType.parse({});
    const detected = detectFormats(decoded.lines);
    let format = detected[0];
    if (fileFacts.publisher) {
      // The recorded publisher is a fact (a feed says whose it is); a text that reads more like another's is worth a look.
      if (detected.length && !detected.some((f) => f.id === fileFacts.publisher)) {
        diagnostics.warn(path, 1, `content/sources.yaml says the publisher is ${fileFacts.publisher}, but the text reads more like ${detected.map((f) => f.id).join(' or ')}`);
      }
      format = formatOf(fileFacts.publisher);
    } else if (detected.length > 1) {
      diagnostics.error(path, 1, `the text could be ${detected.map((f) => f.id).join(' or ')}: set publisher for this file in content/sources.yaml`);
      continue;
    }
    if (!format) {
      diagnostics.error(path, 1, `unknown format: expected ${FORMATS.map((f) => f.description).join(', or ')}; if it is one of these, set publisher for this file in content/sources.yaml`);
      continue;
    }
    const fileDiagnostics = new Diagnostics();
    // "today" in a release counts from the day it was published where it was published, not from the UTC day.
    const parseFacts = fileFacts.publishedAt && !fileFacts.date ? { ...fileFacts, date: dayIn(HOME_ZONES[format.id], new Date(fileFacts.publishedAt)) } : fileFacts;
    const documents = format.parse({ file: path, lines: decoded.lines, facts: parseFacts, diagnostics: fileDiagnostics });
    diagnostics.items.push(...fileDiagnostics.items.map((d) => (d.line ? { ...d, line: toSource(d.line) } : d)));
    if (html) documents.forEach((doc) => remapLines(doc, toSource));
    if (fileDiagnostics.errors.length || !index) continue;
    if (documents.length === 0) {
      diagnostics.error(path, 1, `no ${PUBLISHER_NAMES[format.id]} document could be read from this file`);
      continue;
    }
    for (const factsOf of fileFacts.documents) {
      if (factsOf.document > documents.length) diagnostics.error(sourcesPath, sourcesFile!.lineOf([source.name, 'documents']), `document ${factsOf.document} of ${source.name}: the file holds only ${documents.length}`);
    }
    const sourceFile: SourceFile = { path, name: source.name, sha256: hash, facts: fileFacts, documents: documents.length };
    for (const doc of documents) {
      const readout = enrich(doc, sourceFile, index, diagnostics);
      if (readout.participants.length === 0) {
        diagnostics.error(path, doc.lines.participants?.start ?? doc.lines.title?.start ?? 1, `could not tell who took part in "${readout.title}", so it cannot be placed in a meeting`);
        continue;
      }
      const clash = byId.get(readout.id);
      if (clash) {
        diagnostics.error(path, 1, `readout id "${readout.id}" is already taken by ${readoutsDir}/${clash.file}: rename one of the files`);
        continue;
      }
      const checked = readoutSchema.safeParse(readout);
      if (!checked.success) {
        for (const issue of checked.error.issues) diagnostics.error(path, doc.lines.title?.start ?? 1, `readout ${readoutId(source.name, doc.document, documents.length)}: ${issue.path.join('.')}: ${issue.message}`);
        continue;
      }
      readouts.push(checked.data);
      byId.set(checked.data.id, checked.data);
    }
  }

  if (!curated || !index) return { ok: false, diagnostics: diagnostics.items, readouts, meetings: [] };
  const meetings = buildMeetings(readouts, index);
  if (diagnostics.errors.length) return { ok: false, diagnostics: diagnostics.items, readouts, meetings };
  for (const meeting of meetings) {
    const first = byId.get(meeting.readouts[0]!)!;
    const where = `${readoutsDir}/${first.file}`;
    if (meeting.countries.length === 0) {
      diagnostics.warn(where, first.lines.participants?.start, `could not tell which countries took part in "${first.title}": add its people to content/people.yaml`);
    }
    if (meeting.countries.length === 1) {
      diagnostics.warn(where, first.lines.participants?.start, `only one country (${meeting.countries[0]}) found among the participants of "${first.title}"`);
    }
    const checked = meetingSchema.safeParse(meeting);
    if (!checked.success) {
      for (const issue of checked.error.issues) diagnostics.error(where, first.lines.participants?.start, `meeting ${meeting.id}: ${issue.path.join('.')}: ${issue.message}`);
    }
  }
  if (diagnostics.errors.length) return { ok: false, diagnostics: diagnostics.items, readouts, meetings };
  return { ok: true, archive: { ...curated, readouts, meetings, report: { files: input.sources.length, diagnostics: diagnostics.items } } };
}
