// One source file read on its own: decoded, its format found, parsed into documents, each enriched and validated.
// Nothing here looks at another file, so files can be read on any thread; what needs them all (the same text twice,
// ids taken twice, sources.yaml's line numbers) is settled by `Intake` in file order.
import { createHash } from 'node:crypto';
import type { Diagnostic } from '../diagnostics.ts';
import { Diagnostics } from '../diagnostics.ts';
import type { CuratedIndex } from '../enrichment/curated-index.ts';
import { enrich, readoutId, type SourceFile } from '../enrichment/enrich.ts';
import type { ParsedDocument } from '../formats/format.ts';
import { htmlLines } from '../formats/html-text.ts';
import { detectFormats, formatOf, FORMATS, PUBLISHER_NAMES } from '../formats/registry.ts';
import { dayIn, HOME_ZONES } from '../meetings/time-zones.ts';
import { readoutSchema, sourcesFileSchema, type LineSpan, type Readout, type SourceFacts } from '../schema.ts';
import { decodeSource } from '../source-text.ts';

export interface SourceInput {
  /** File name inside the readouts folder, e.g. "000_x.txt". */
  name: string;
  bytes: Uint8Array;
}

/** What reading one file gave, in the order the archive reports it. */
export type ReadingStep =
  | { kind: 'diagnostic'; diagnostic: Diagnostic }
  /** The file was parsed into this many documents (sources.yaml may name documents beyond them). */
  | { kind: 'documents'; count: number }
  /** A readout, or the schema's objections to it (`id` is known either way, for the check that ids are unique). */
  | { kind: 'readout'; id: string; readout?: Readout; problems?: { line: number; message: string }[] };

export interface SourceReading {
  name: string;
  sha256: string;
  steps: ReadingStep[];
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Moves every line number a parser gave into the numbering of the source file. */
function remapLines(doc: ParsedDocument, toSource: (line: number) => number): void {
  const span = (s: LineSpan) => ({ start: toSource(s.start), end: Math.max(toSource(s.start), toSource(s.end)) });
  for (const key of Object.keys(doc.lines)) doc.lines[key] = span(doc.lines[key]!);
  for (const p of doc.paragraphs) p.lines = span(p.lines);
  for (const p of doc.participants) p.line = toSource(p.line);
}

/**
 * Reads one file of `readoutsDir`. `index` is missing when the curated data could not be read: the file is still
 * parsed, so that its own errors are reported too.
 */
export function readSource(source: SourceInput, readoutsDir: string, facts: SourceFacts | undefined, index: CuratedIndex | undefined, hash = sha256(source.bytes)): SourceReading {
  const path = `${readoutsDir}/${source.name}`;
  const steps: ReadingStep[] = [];
  const reading = { name: source.name, sha256: hash, steps };
  const error = (line: number | undefined, message: string) => {
    steps.push({ kind: 'diagnostic', diagnostic: { severity: 'error', file: path, line, message } });
    return reading;
  };
  const raw = decodeSource(source.bytes);
  if (!raw.ok) return error(raw.line, raw.message);
  // An HTML source is read as the lines a reader sees; every line number then points back into the HTML file.
  const html = source.name.endsWith('.html') ? htmlLines(raw.lines.join('\n')) : undefined;
  if (html && html.lines.length === 0) return error(1, 'the page holds no text outside its navigation, scripts and other furniture');
  const decoded = html ? { lines: html.lines } : raw;
  const toSource = html ? (line: number) => html.sourceLines[line - 1] ?? html.sourceLines.at(-1) ?? line : (line: number) => line;
  const fileFacts = facts ?? sourcesFileSchema.valueType.parse({});
  const detected = detectFormats(decoded.lines);
  let format = detected[0];
  if (fileFacts.publisher) {
    // The recorded publisher is a fact (a feed says whose it is); a text that reads more like another's is worth a look.
    if (detected.length && !detected.some((f) => f.id === fileFacts.publisher)) {
      steps.push({
        kind: 'diagnostic',
        diagnostic: { severity: 'warning', file: path, line: 1, message: `content/sources.yaml says the publisher is ${fileFacts.publisher}, but the text reads more like ${detected.map((f) => f.id).join(' or ')}` },
      });
    }
    format = formatOf(fileFacts.publisher);
  } else if (detected.length > 1) {
    return error(1, `the text could be ${detected.map((f) => f.id).join(' or ')}: set publisher for this file in content/sources.yaml`);
  }
  if (!format) {
    return error(1, `unknown format: expected ${FORMATS.map((f) => f.description).join(', or ')}; if it is one of these, set publisher for this file in content/sources.yaml`);
  }
  const fileDiagnostics = new Diagnostics();
  // "today" in a release counts from the day it was published where it was published, not from the UTC day.
  const parseFacts = fileFacts.publishedAt && !fileFacts.date ? { ...fileFacts, date: dayIn(HOME_ZONES[format.id], new Date(fileFacts.publishedAt)) } : fileFacts;
  const documents = format.parse({ file: path, lines: decoded.lines, facts: parseFacts, diagnostics: fileDiagnostics });
  for (const d of fileDiagnostics.items) steps.push({ kind: 'diagnostic', diagnostic: d.line ? { ...d, line: toSource(d.line) } : d });
  if (html) documents.forEach((doc) => remapLines(doc, toSource));
  if (fileDiagnostics.errors.length || !index) return reading;
  if (documents.length === 0) return error(1, `no ${PUBLISHER_NAMES[format.id]} document could be read from this file`);
  steps.push({ kind: 'documents', count: documents.length });
  const sourceFile: SourceFile = { path, name: source.name, sha256: hash, facts: fileFacts, documents: documents.length };
  for (const doc of documents) {
    const enriched = new Diagnostics();
    const readout = enrich(doc, sourceFile, index, enriched);
    for (const diagnostic of enriched.items) steps.push({ kind: 'diagnostic', diagnostic });
    const titleLine = doc.lines.title?.start ?? 1;
    if (readout.participants.length === 0) {
      error(doc.lines.participants?.start ?? titleLine, `could not tell who took part in "${readout.title}", so it cannot be placed in a meeting`);
      continue;
    }
    const checked = readoutSchema.safeParse(readout);
    const problems = checked.success
      ? undefined
      : checked.error.issues.map((issue) => ({ line: titleLine, message: `readout ${readoutId(source.name, doc.document, documents.length)}: ${issue.path.join('.')}: ${issue.message}` }));
    steps.push({ kind: 'readout', id: readout.id, ...(checked.success ? { readout: checked.data } : { problems }) });
  }
  return reading;
}
