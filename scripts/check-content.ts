// Reads every readout as the build does and prints what the archive will know of each; exits 1 on any error.
// Usage: npm run check:content [-- <content folder>]   (default: READOUT_CONTENT_DIR, else ./content)
import { resolve } from 'node:path';
import { buildArchive } from '../src/archive/archive.ts';
import { contentDirFromEnv, readContentDir } from '../src/archive/content-dir.ts';
import { formatErrors, formatReport } from '../src/archive/report.ts';

const dir = process.argv[2] ? resolve(process.argv[2]) : contentDirFromEnv();
const result = buildArchive(readContentDir(dir));
if (result.ok) {
  console.log(formatReport(result.archive));
} else {
  console.error(formatErrors(result.diagnostics));
  process.exitCode = 1;
}
