// The table an editor reads before committing a readout: one row per readout, then every warning.
import type { Archive } from './archive.ts';
import { formatDiagnostic, type Diagnostic } from './diagnostics.ts';
import { contentReportSchema, type ContentReport, type Meeting, type Readout } from './schema.ts';

export const REPORT_COLUMNS = ['file', 'publisher', 'kind', 'date', 'time', 'duration', 'place', 'participants', 'paragraphs', 'topics', 'warnings'] as const;

function timeCell(r: Readout): string {
  if (!r.startTime) return '';
  const t = r.startTime;
  const japan = t.japanTime && t.basis !== 'japan' ? ` (${t.japanTime.time} JST)` : '';
  return `${t.approximate ? '~' : ''}${t.time}${t.basis === 'japan' ? ' JST' : ''}${japan}`;
}

export function reportRows(archive: Pick<Archive, 'readouts' | 'report'>): string[][] {
  const warningsByFile = new Map<string, number>();
  for (const d of archive.report.diagnostics) {
    const name = d.file.slice(d.file.lastIndexOf('/') + 1);
    if (d.severity === 'warning') warningsByFile.set(name, (warningsByFile.get(name) ?? 0) + 1);
  }
  const multiDocument = new Set(archive.readouts.filter((r) => r.document > 1).map((r) => r.file));
  return archive.readouts.map((r) => [
    multiDocument.has(r.file) ? `${r.file}#${r.document}` : r.file,
    r.publisher,
    r.kind,
    r.date,
    timeCell(r),
    r.durationMinutes ? `${r.durationApproximate ? '~' : ''}${r.durationMinutes} min` : '',
    r.location ? [r.location.city, r.location.country].filter(Boolean).join(', ') : '',
    r.participants.map((p) => p.person ?? `?${p.name}`).join(', '),
    String(r.paragraphs.length),
    String(r.topics.length),
    String(warningsByFile.get(r.file) ?? 0),
  ]);
}

export function formatTable(header: readonly string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function formatReport(archive: Pick<Archive, 'readouts' | 'meetings' | 'report'>): string {
  const warnings = archive.report.diagnostics.filter((d) => d.severity === 'warning');
  return [
    formatTable(REPORT_COLUMNS, reportRows(archive)),
    '',
    `${archive.report.files} files, ${archive.readouts.length} readouts, ${archive.meetings.length} meetings, ${warnings.length} warnings, 0 errors`,
    ...warnings.map(formatDiagnostic),
  ].join('\n');
}

export function formatErrors(diagnostics: Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const warnings = diagnostics.filter((d) => d.severity === 'warning');
  return [...errors.map(formatDiagnostic), ...warnings.map(formatDiagnostic), `${errors.length} errors, ${warnings.length} warnings`].join('\n');
}

/** The machine-readable report: one object with readouts, meetings and diagnostics, checked against its schema. */
export function contentReport(readouts: Readout[], meetings: Meeting[], diagnostics: Diagnostic[]): ContentReport {
  return contentReportSchema.parse({
    readouts: readouts.map((r) => ({
      id: r.id,
      file: r.file,
      document: r.document,
      publisher: r.publisher,
      kind: r.kind,
      channel: r.channel,
      date: r.date,
      ...(r.startTime ? { startTime: r.startTime.time } : {}),
      ...(r.durationMinutes ? { durationMinutes: r.durationMinutes } : {}),
      ...(r.location ? { place: r.location } : {}),
      participants: r.participants.map(({ name, office, country, person }) => ({ name, ...(office ? { office } : {}), ...(country ? { country } : {}), ...(person ? { person } : {}) })),
      ...(r.sourceUrl ? { sourceUrl: r.sourceUrl } : {}),
      topics: r.topics,
    })),
    meetings: meetings.map((m) => ({ id: m.id, date: m.date, readouts: m.readouts })),
    diagnostics: diagnostics.map(({ file, line, severity, message }) => ({ file, ...(line ? { line } : {}), severity, message })),
  });
}
