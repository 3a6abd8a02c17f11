import { expect, test } from 'vitest';
import { outputDigest, staleOutputs, type OutputFile } from './output-state.ts';

const file = (path: string, size: number, mtimeNs: bigint): OutputFile => ({ path, size, mtimeNs });
const FOLDER = [file('index.html', 900, 1_000n), file('meetings/a/index.html', 4_000, 1_000n), file('og/a.png', 7_000, 1_000n)];

test('the digest does not depend on the order the files are listed in', () => {
  expect(outputDigest([...FOLDER].reverse())).toBe(outputDigest(FOLDER));
});

test('the digest changes when a file is added, removed, resized or written again', () => {
  const digest = outputDigest(FOLDER);
  expect(outputDigest([...FOLDER, file('meetings/b/index.html', 4_000, 1_000n)])).not.toBe(digest);
  expect(outputDigest(FOLDER.slice(1))).not.toBe(digest);
  expect(outputDigest([FOLDER[0]!, file('meetings/a/index.html', 3_999, 1_000n), FOLDER[2]!])).not.toBe(digest);
  expect(outputDigest([FOLDER[0]!, file('meetings/a/index.html', 4_000, 1_001n), FOLDER[2]!])).not.toBe(digest);
});

test('the digest leaves out the search index, which is written after it', () => {
  expect(outputDigest([...FOLDER, file('pagefind/pagefind.js', 30_000, 2_000n)])).toBe(outputDigest(FOLDER));
});

test('a file written before the build began and not kept by it is stale', () => {
  const files = [file('meetings/a/index.html', 1, 500n), file('meetings/gone/index.html', 1, 500n), file('_astro/old.css', 1, 500n)];
  expect(staleOutputs(files, 1_000n, new Set(['meetings/a/index.html']))).toEqual(['meetings/gone/index.html', '_astro/old.css']);
});

test('a file written at or after the moment the build began is never stale', () => {
  const files = [file('sitemap-0.xml', 1, 1_000n), file('_astro/new.css', 1, 1_001n)];
  expect(staleOutputs(files, 1_000n, new Set())).toEqual([]);
});
