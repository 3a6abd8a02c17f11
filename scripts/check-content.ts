// Reads every readout as the build does and prints what the archive will know of each; exits 1 on any error.
// Usage: npm run check:content [-- <content folder>] [--json]   (default: READOUT_CONTENT_DIR, else ./content)
import { resolve } from 'node:path';
import { buildArchive } from '../src/archive/archive.ts';
import { contentDirFromEnv, readContentDir } from '../src/archive/content-dir.ts';
import { contentReport, formatErrors, formatReport } from '../src/archive/report.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const folder = args.find((a) => !a.startsWith('--'));
const dir = folder ? resolve(folder) : contentDirFromEnv();
const result = buildArchive(readContentDir(dir));
if (json) {
  const report = result.ok
    ? contentReport(result.archive.readouts, result.archive.meetings, result.archive.report.diagnostics)
    : contentReport(result.readouts, result.meetings, result.diagnostics);
  console.log(JSON.stringify(report, null, 2));
  if (!result.ok) process.exitCode = 1;
} else if (result.ok) {
  console.log(formatReport(result.archive));
} else {
  console.error(formatErrors(result.diagnostics));
  process.exitCode = 1;
}
