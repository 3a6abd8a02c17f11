// The archive as the build reads it, for site and browser tests that compare pages with the data.
import { join } from 'node:path';
import { buildArchive, type Archive } from '../src/archive/archive.ts';
import { readContentDir } from '../src/archive/content-dir.ts';
import { formatDiagnostic } from '../src/archive/diagnostics.ts';

let cached: Archive | undefined;

export function archive(): Archive {
  if (cached) return cached;
  const result = buildArchive(readContentDir(join(import.meta.dirname, '..', 'content')));
  if (!result.ok) throw new Error(result.diagnostics.map(formatDiagnostic).join('\n'));
  cached = result.archive;
  return cached;
}
