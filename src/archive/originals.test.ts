import { expect, test } from 'vitest';
import { originalFiles } from './originals.ts';
import { loadArchive, readoutFileNames, sha256Hex, sourceBytes } from './test-support.ts';

const archive = loadArchive();
const files = originalFiles(archive.readouts, archive.meetings);

test('lists every file in content/readouts once, by name', () => {
  expect(files.map((f) => f.file)).toEqual(readoutFileNames());
});

test('each checksum is the SHA-256 of the file as stored', () => {
  for (const f of files) expect(f.sha256, f.file).toBe(sha256Hex(sourceBytes(f.file)));
});

test('each file links to its verbatim copy under /originals/', () => {
  expect(files[0]!.url).toBe('/originals/000_11463b6e713217c0.txt');
});

// 001_….txt holds the joint statement, the readout and the remarks of 14 July 2023.
test('a file of three State Department documents counts them and names their one meeting', () => {
  const state = files.find((f) => f.file === '001_46aec85189a962c6.txt')!;
  expect([state.publisher, state.documents, state.meetings.map((m) => m.url)]).toEqual(['U.S. State Department', 3, ['/meetings/2023-07-14-japan-us-rok/']]);
});
