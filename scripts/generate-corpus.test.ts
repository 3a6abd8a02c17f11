// The corpus generator: deterministic, both publishers' formats, read by the real parsers without a complaint.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildArchive } from '../src/archive/archive.ts';
import { readContentDir } from '../src/archive/content-dir.ts';
import { formatDiagnostic } from '../src/archive/diagnostics.ts';
import { generateCorpus, writeCorpus } from './generate-corpus.ts';

const temp: string[] = [];
afterAll(() => temp.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-corpus-'));
  temp.push(dir);
  return dir;
};

function build(corpus: ReturnType<typeof generateCorpus>) {
  const file = (name: string) => corpus.files.get(name)!;
  return buildArchive({
    contentDir: 'generated',
    sources: [...corpus.files].filter(([p]) => p.startsWith('readouts/')).map(([p, text]) => ({ name: p.slice('readouts/'.length), bytes: new TextEncoder().encode(text) })),
    sourcesYaml: file('sources.yaml'),
    curated: { countries: file('countries.yaml'), people: file('people.yaml'), topics: file('topics.yaml') },
  });
}

const corpus = generateCorpus({ readouts: 600, seed: 3 });
const result = build(corpus);
const archive = () => {
  if (!result.ok) throw new Error(result.diagnostics.map(formatDiagnostic).join('\n'));
  return result.archive;
};

describe('a generated corpus of 600 readouts', () => {
  test('is read by the real parsers with no error and no warning', () => {
    expect(result.ok ? result.archive.report.diagnostics.map(formatDiagnostic) : result.diagnostics.map(formatDiagnostic)).toEqual([]);
  });

  test('holds exactly 600 readouts', () => {
    expect(archive().readouts).toHaveLength(600);
  });

  test('has readouts in both publishers’ formats, of every kind the State Department files', () => {
    const kinds = new Set(archive().readouts.map((r) => `${r.publisher}/${r.kind}`));
    expect([...kinds].sort()).toEqual([
      'mofa-japan/readout', 'mofa-japan/telephone-talk',
      'us-state-department/joint-statement', 'us-state-department/readout', 'us-state-department/remarks', 'us-state-department/telephone-talk',
    ]);
  });

  test('groups accounts into the meetings it planned, some told by both governments', () => {
    const meetings = archive().meetings;
    expect(meetings).toHaveLength(corpus.meetings.length);
    expect(meetings.filter((m) => m.publishers.length === 2).length).toBeGreaterThan(50);
  });

  test('dates its meetings across the default thirty years, on real days', () => {
    const years = new Set(archive().meetings.map((m) => Number(m.date.slice(0, 4))));
    expect(Math.min(...years)).toBe(1995);
    expect(Math.max(...years)).toBe(2024);
  });

  test('needs sources.yaml for State texts without a date line, and gives it', () => {
    expect(archive().readouts.some((r) => r.publisher === 'us-state-department' && r.dateFrom === 'sources.yaml')).toBe(true);
  });

  test('names ministers by the office they held that day', () => {
    const ministers = archive().meetings.flatMap((m) => m.participants);
    expect(ministers.every((p) => p.person && p.office)).toBe(true);
  });

  test('tags paragraphs with topics and mentions countries that do not take part', () => {
    expect(archive().readouts.filter((r) => r.topics.length > 0).length).toBeGreaterThan(500);
    expect(archive().readouts.some((r) => r.mentionedCountries.includes('north-korea'))).toBe(true);
  });
});

test('the same options give the same bytes', () => {
  const again = generateCorpus({ readouts: 600, seed: 3 });
  expect([...again.files]).toEqual([...corpus.files]);
});

test('another seed gives another corpus', () => {
  expect(generateCorpus({ readouts: 600, seed: 4 }).files.get('readouts/000001_mofa.txt')).not.toBe(corpus.files.get('readouts/000001_mofa.txt'));
});

test('a narrower span of years keeps every meeting inside it', () => {
  const narrow = build(generateCorpus({ readouts: 200, seed: 5, firstYear: 2020, lastYear: 2021 }));
  if (!narrow.ok) throw new Error('did not build');
  expect(new Set(narrow.archive.meetings.map((m) => m.date.slice(0, 4)))).toEqual(new Set(['2020', '2021']));
});

test.each([0, -1, 1.5])('%s readouts is refused', (readouts) => {
  expect(() => generateCorpus({ readouts })).toThrow(/positive integer/);
});

describe('writing the corpus', () => {
  test('gives a content folder the build reads from disk, with checksums that match the files', () => {
    const dir = join(tempDir(), 'content');
    writeCorpus(dir, generateCorpus({ readouts: 50, seed: 2 }));
    const built = buildArchive(readContentDir(dir));
    expect(built.ok && built.archive.readouts.length).toBe(50);
    for (const line of readFileSync(join(dir, 'checksums.sha256'), 'utf8').trim().split('\n')) {
      const [sum, name] = line.split(/\s+/);
      expect(createHash('sha256').update(readFileSync(join(dir, 'readouts', name!))).digest('hex'), name).toBe(sum);
    }
  });

  test('replaces an earlier corpus in the same folder, leaving no stale readouts', () => {
    const dir = join(tempDir(), 'content');
    writeCorpus(dir, generateCorpus({ readouts: 50, seed: 2 }));
    writeCorpus(dir, generateCorpus({ readouts: 10, seed: 2 }));
    const built = buildArchive(readContentDir(dir));
    expect(built.ok && built.archive.readouts.length).toBe(10);
  });

  test('refuses to write into a folder that holds anything else', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notes.txt'), 'keep me');
    expect(() => writeCorpus(dir, generateCorpus({ readouts: 5, seed: 2 }))).toThrow(/refusing to overwrite/);
    expect(existsSync(join(dir, 'readouts'))).toBe(false);
  });
});
