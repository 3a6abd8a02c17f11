import { expect, test } from 'vitest';
import { outputDigest, staleOutputs, type OutputFile } from './output-state.ts';

const file = (path: string, size: number, mtimeNs: bigint, ctimeNs = mtimeNs, ino = 1n): OutputFile => ({ path, size, mtimeNs, ctimeNs, ino });
const FOLDER = [file('index.html', 900, 1_000n), file('meetings/a/index.html', 4_000, 1_000n), file('og/a.png', 7_000, 1_000n)];
const byPath = (files: OutputFile[]) => new Map(files.map((f) => [f.path, f]));

test('the digest does not depend on the order the files are listed in', () => {
  expect(outputDigest([...FOLDER].reverse())).toBe(outputDigest(FOLDER));
});

test('the digest changes when a file is added, removed, resized or written again', () => {
  const digest = outputDigest(FOLDER);
  expect(outputDigest([...FOLDER, file('meetings/b/index.html', 4_000, 1_000n)])).not.toBe(digest);
  expect(outputDigest(FOLDER.slice(1))).not.toBe(digest);
  expect(outputDigest([FOLDER[0]!, file('meetings/a/index.html', 3_999, 1_000n), FOLDER[2]!])).not.toBe(digest);
  expect(outputDigest([FOLDER[0]!, file('meetings/a/index.html', 4_000, 1_001n), FOLDER[2]!])).not.toBe(digest);
  expect(outputDigest([FOLDER[0]!, file('meetings/a/index.html', 4_000, 1_000n, 1_002n), FOLDER[2]!])).not.toBe(digest);
});

test('the digest leaves out the search index, which is written after it', () => {
  expect(outputDigest([...FOLDER, file('pagefind/pagefind.js', 30_000, 2_000n)])).toBe(outputDigest(FOLDER));
});

test('a file untouched since the build began and not kept by it is stale', () => {
  const before = [file('meetings/a/index.html', 1, 500n), file('meetings/gone/index.html', 1, 500n), file('_astro/old.css', 1, 500n)];
  expect(staleOutputs(before, byPath(before), new Set(['meetings/a/index.html']))).toEqual(['meetings/gone/index.html', '_astro/old.css']);
});

test('a file this build wrote is never stale, even when a copy kept its source\'s modification time', () => {
  const before = [file('favicon.svg', 10, 500n, 500n, 7n), file('sitemap-0.xml', 20, 500n, 500n, 8n)];
  const now = [file('favicon.svg', 10, 500n, 1_500n, 7n), file('sitemap-0.xml', 20, 1_500n, 1_500n, 9n), file('_astro/new.css', 1, 1_500n)];
  expect(staleOutputs(now, byPath(before), new Set())).toEqual([]);
});
