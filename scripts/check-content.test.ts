// The editors' check, run as they run it: a table for good content, every error and exit 1 for bad.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { contentReportSchema } from '../src/archive/schema.ts';

const ROOT = join(import.meta.dirname, '..');
const temp: string[] = [];
afterAll(() => temp.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function run(contentDir?: string, ...flags: string[]) {
  return spawnSync(process.execPath, [join(ROOT, 'scripts', 'check-content.ts'), ...(contentDir ? [contentDir] : []), ...flags], { cwd: ROOT, encoding: 'utf8' });
}

/** A copy of content/ with extra files in readouts/. */
function contentWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'readout-content-'));
  temp.push(dir);
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'readouts', name), text);
  return dir;
}

test('on the committed content it prints one row per readout and exits 0', () => {
  const { status, stdout } = run();
  expect(status).toBe(0);
  const lines = stdout.split('\n');
  expect(lines[0]!.split(/\s{2,}/)).toEqual(['file', 'publisher', 'kind', 'date', 'time', 'duration', 'place', 'participants', 'paragraphs', 'topics', 'warnings']);
  // Five files: four MOFA readouts and one State Department file of three documents.
  expect(lines.filter((l) => /^\d{3}_\w+\.txt/.test(l))).toHaveLength(7);
  expect(stdout).toContain('5 files, 7 readouts, 4 meetings');
});

test('on bad content it prints every error with file and line and exits 1', () => {
  const dir = contentWith({ 'zz-empty.txt': '', 'zz-feb30.txt': 'Japan-Republic of Korea Relations\n\nFebruary 30, 2023\n\nOn February 30, Mr. X, Minister for Foreign Affairs of Japan, held a meeting with Mr. Y.\n\nBack to Japan-Republic of Korea Relations\n' });
  const { status, stderr } = run(dir);
  expect(status).toBe(1);
  expect(stderr).toContain('zz-empty.txt:1: the file is empty');
  expect(stderr).toContain('zz-feb30.txt:3: impossible date "February 30, 2023": no such day');
  expect(stderr).toMatch(/^2 errors, \d+ warnings$/m);
});

test('with --json it prints one object of readouts, meetings and diagnostics', () => {
  const { status, stdout } = run('content', '--json');
  expect(status).toBe(0);
  const report = contentReportSchema.parse(JSON.parse(stdout));
  expect(report.readouts).toHaveLength(7);
  // 14 July 2023: the MOFA readout (000) and the State file's three documents (001) are one meeting.
  const july14 = report.meetings.find((m) => m.date === '2023-07-14')!;
  expect(july14.readouts).toEqual(['000-11463b6e713217c0', '001-46aec85189a962c6-1', '001-46aec85189a962c6-2', '001-46aec85189a962c6-3']);
  const mofa = report.readouts.find((r) => r.id === '000-11463b6e713217c0')!;
  expect(mofa).toMatchObject({ publisher: 'mofa-japan', kind: 'readout', channel: 'in-person', date: '2023-07-14', startTime: '19:00', durationMinutes: 50 });
  expect(mofa.participants.map((p) => [p.name, p.country])).toEqual([
    ['HAYASHI Yoshimasa', 'japan'],
    ['Antony Blinken', 'united-states'],
    ['Park Jin', 'republic-of-korea'],
  ]);
});

test('with --json on bad content it still prints every readout read and every error, and exits 1', () => {
  const dir = contentWith({ 'zz-empty.txt': '' });
  const { status, stdout } = run(dir, '--json');
  expect(status).toBe(1);
  const report = contentReportSchema.parse(JSON.parse(stdout));
  expect(report.readouts).toHaveLength(7);
  expect(report.diagnostics).toContainEqual({ file: expect.stringMatching(/zz-empty\.txt$/), line: 1, severity: 'error', message: 'the file is empty' });
});
