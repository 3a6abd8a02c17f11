import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { generateCorpus } from '../../../scripts/generate-corpus.ts';
import { buildArchive, type ArchiveInput, type SourceInput } from '../archive.ts';
import { formatDiagnostic } from '../diagnostics.ts';
import { buildArchiveInParallel } from './parallel.ts';

const WORKER = fileURLToPath(new URL('./worker.ts', import.meta.url));

/** A generated archive of `readouts`, with the files a real folder may also hold: a repeat, bad bytes, an unknown text. */
function input(readouts: number, extra: Record<string, Uint8Array> = {}): ArchiveInput {
  const files = new Map(generateCorpus({ readouts, seed: 7 }).files);
  const text = (name: string) => files.get(name) ?? '';
  const sources: SourceInput[] = [...files].filter(([path]) => path.startsWith('readouts/')).map(([path, body]) => ({ name: path.slice('readouts/'.length), bytes: new TextEncoder().encode(body) }));
  sources.push(...Object.entries(extra).map(([name, bytes]) => ({ name, bytes })));
  return { contentDir: 'corpus', sources, sourcesYaml: text('sources.yaml'), curated: { countries: text('countries.yaml'), people: text('people.yaml'), topics: text('topics.yaml') } };
}

describe('reading on every core', () => {
  test('gives the archive a reading file by file gives, readout for readout and message for message', async () => {
    const good = input(200);
    const first = good.sources[0]!;
    const bad = input(200, {
      // Sorted after the file it repeats, so that one is read and this one refused.
      [`zz-${first.name}`]: first.bytes,
      'zz-latin1.txt': Uint8Array.from([0x4d, 0x69, 0x6e, 0x69, 0x73, 0x74, 0x65, 0x72, 0xe9, 0x0a]),
      'zz-notes.txt': new TextEncoder().encode('Shopping list\nBread\n'),
    });
    for (const archiveInput of [good, bad]) {
      const parallel = await buildArchiveInParallel(archiveInput, WORKER, { threads: 2, from: 0 });
      expect(parallel).toEqual(buildArchive(archiveInput));
    }
  });

  test('refuses the repeated, undecodable and unknown files by name, as a reading file by file does', async () => {
    const good = input(50);
    const first = good.sources[0]!;
    const result = await buildArchiveInParallel(
      input(50, { [`zz-${first.name}`]: first.bytes, 'zz-notes.txt': new TextEncoder().encode('Shopping list\nBread\n') }),
      WORKER,
      { threads: 2, from: 0 },
    );
    expect(result.ok).toBe(false);
    const messages = (result.ok ? [] : result.diagnostics).map(formatDiagnostic);
    expect(messages.some((m) => m.startsWith(`corpus/readouts/zz-${first.name}:1: the same text as corpus/readouts/${first.name}`))).toBe(true);
    expect(messages.some((m) => m.startsWith('corpus/readouts/zz-notes.txt:1: unknown format'))).toBe(true);
  });
});
