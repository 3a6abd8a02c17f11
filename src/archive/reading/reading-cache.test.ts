import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { generateCorpus } from '../../../scripts/generate-corpus.ts';
import { buildArchive, type ArchiveInput, type SourceInput } from '../archive.ts';
import { sourcesFileSchema, type SourceFacts } from '../schema.ts';
import { buildArchiveInParallel } from './parallel.ts';
import { ReadingCache, readerCodeDigest } from './reading-cache.ts';

const WORKER = fileURLToPath(new URL('./worker.ts', import.meta.url));
/** A worker that cannot start: a build given it must read nothing (no pool is made when every reading is kept). */
const NO_WORKER = fileURLToPath(new URL('./no-such-worker.ts', import.meta.url));
const CURATED = { countries: 'c', people: 'p', topics: 't' };

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'readings-'));
  folders.push(dir);
  return dir;
}

function input(readouts: number): ArchiveInput {
  const files = new Map(generateCorpus({ readouts, seed: 11 }).files);
  const text = (name: string) => files.get(name) ?? '';
  const sources: SourceInput[] = [...files].filter(([path]) => path.startsWith('readouts/')).map(([path, body]) => ({ name: path.slice('readouts/'.length), bytes: new TextEncoder().encode(body) }));
  return { contentDir: 'corpus', sources, sourcesYaml: text('sources.yaml'), curated: { countries: text('countries.yaml'), people: text('people.yaml'), topics: text('topics.yaml') } };
}

describe('keys of kept readings', () => {
  test('differ when anything the reading depends on differs', () => {
    const dir = folder();
    const key = (code: string, curated = CURATED, name = 'a.txt', sha = 'ab', readouts = 'corpus/readouts', facts?: SourceFacts) =>
      new ReadingCache({ dir, code }, 'corpus', curated).keyOf(name, sha, readouts, facts);
    const base = key('code');
    expect(key('code')).toBe(base);
    expect(key('other code')).not.toBe(base);
    expect(key('code', { ...CURATED, people: 'p2' })).not.toBe(base);
    expect(key('code', CURATED, 'b.txt')).not.toBe(base);
    expect(key('code', CURATED, 'a.txt', 'cd')).not.toBe(base);
    expect(key('code', CURATED, 'a.txt', 'ab', 'other/readouts')).not.toBe(base);
    expect(key('code', CURATED, 'a.txt', 'ab', 'corpus/readouts', sourcesFileSchema.valueType.parse({ publisher: 'us-state-department' }))).not.toBe(base);
  });
});

describe('reading with a cache', () => {
  test('gives the archive a reading file by file gives, the first time and the next, when nothing is read again', async () => {
    const archiveInput = input(120);
    const cache = { dir: folder(), code: 'v1' };
    const expected = buildArchive(archiveInput);
    expect(await buildArchiveInParallel(archiveInput, WORKER, { threads: 2, from: 0, cache })).toEqual(expected);
    expect(await buildArchiveInParallel(archiveInput, NO_WORKER, { threads: 2, from: 0, cache })).toEqual(expected);
  });

  test('reads again a file whose text changed, keeps the others, and lets go of the reading no longer asked for', async () => {
    const archiveInput = input(60);
    const cache = { dir: folder(), code: 'v1' };
    await buildArchiveInParallel(archiveInput, WORKER, { threads: 2, from: 1_000, cache });
    const kept = readdirSync(cache.dir).length;
    // A blank line more: the same text to read, but other bytes, so a kept reading would name the old digest.
    const changed = { ...archiveInput, sources: archiveInput.sources.map((s, i) => (i === 3 ? { ...s, bytes: Uint8Array.from([...s.bytes, 0x0a]) } : s)) };
    expect(await buildArchiveInParallel(changed, WORKER, { threads: 2, from: 1_000, cache })).toEqual(buildArchive(changed));
    expect(readdirSync(cache.dir)).toHaveLength(kept);
  });

  test('takes a reading that cannot be read back as missing, and reads the file again', async () => {
    const archiveInput = input(40);
    const cache = { dir: folder(), code: 'v1' };
    await buildArchiveInParallel(archiveInput, WORKER, { threads: 2, from: 1_000, cache });
    for (const name of readdirSync(cache.dir).slice(0, 5)) writeFileSync(join(cache.dir, name), 'half a reading');
    expect(await buildArchiveInParallel(archiveInput, WORKER, { threads: 2, from: 1_000, cache })).toEqual(buildArchive(archiveInput));
  });

  test('reads every file again when the reader is another, and lets go of the old reader\'s readings', async () => {
    const archiveInput = input(40);
    const dir = folder();
    await buildArchiveInParallel(archiveInput, WORKER, { threads: 2, from: 0, cache: { dir, code: 'v1' } });
    const first = readdirSync(dir);
    expect(await buildArchiveInParallel(archiveInput, WORKER, { threads: 2, from: 0, cache: { dir, code: 'v2' } })).toEqual(buildArchive(archiveInput));
    const second = readdirSync(dir);
    expect(second).toHaveLength(first.length);
    expect(second.filter((name) => first.includes(name))).toEqual([]);
  });
});

describe('the digest of the reader', () => {
  test('changes when a file of the reader changes, and not when a test does', () => {
    const dir = folder();
    mkdirSync(join(dir, 'archive', 'formats'), { recursive: true });
    writeFileSync(join(dir, 'package-lock.json'), '{}');
    writeFileSync(join(dir, 'archive', 'formats', 'reader.ts'), 'export const a = 1;');
    writeFileSync(join(dir, 'archive', 'formats', 'data.json'), '[]');
    const digest = () => readerCodeDigest(join(dir, 'archive'), join(dir, 'package-lock.json'));
    const before = digest();
    writeFileSync(join(dir, 'archive', 'formats', 'reader.test.ts'), 'test');
    expect(digest()).toBe(before);
    writeFileSync(join(dir, 'archive', 'formats', 'data.json'), '[1]');
    const afterData = digest();
    expect(afterData).not.toBe(before);
    writeFileSync(join(dir, 'package-lock.json'), '{"lockfileVersion": 3}');
    expect(digest()).not.toBe(afterData);
  });
});
