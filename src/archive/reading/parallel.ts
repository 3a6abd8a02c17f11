// Reading the source files is most of the content layer (about 1.5 ms a file), and each file is read on its own: a
// large archive is read on every core, in batches, and taken into the archive in file order as before, so the
// result is the one `buildArchive` gives, message for message. With a reading cache, a file whose reading is kept
// is not read again, and only what is left goes to the threads.
import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';
import { buildArchive } from '../archive.ts';
import { Intake, type ArchiveInput, type ArchiveResult, type PlannedSource } from './intake.ts';
import { readSource, type SourceReading } from './read-source.ts';
import { ReadingCache, type ReadingCacheOptions } from './reading-cache.ts';
import type { ReadTask } from './worker.ts';

/** Below this many files, starting the threads (each loads the readers and the curated data) costs more than it saves. */
export const PARALLEL_FROM = 1_000;
const BATCH = 200;
/** Each thread holds the readers, the curated index and the gazetteer: a few threads read fast enough. */
const MAX_THREADS = 4;

export interface ParallelOptions {
  threads?: number;
  from?: number;
  cache?: ReadingCacheOptions;
}

export async function buildArchiveInParallel(input: ArchiveInput, workerFile: string, options: ParallelOptions = {}): Promise<ArchiveResult> {
  const threads = options.threads ?? Math.min(availableParallelism(), MAX_THREADS);
  const from = options.from ?? PARALLEL_FROM;
  if (!options.cache && (threads < 2 || input.sources.length < from)) return buildArchive(input);
  const intake = new Intake(input);
  const cache = options.cache && new ReadingCache(options.cache, input.contentDir, input.curated);
  const plan = intake.plan();
  const readings = new Map<string, SourceReading>();
  const toRead: { planned: PlannedSource; key?: string }[] = [];
  for (const planned of plan) {
    if (planned.repeats) continue;
    const key = cache?.keyOf(planned.source.name, planned.sha256, intake.readoutsDir, intake.facts[planned.source.name]);
    const kept = key === undefined ? undefined : cache?.get(key);
    if (kept) readings.set(planned.source.name, kept);
    else toRead.push({ planned, ...(key === undefined ? {} : { key }) });
  }

  if (threads >= 2 && toRead.length > 0 && toRead.length >= from) {
    const pool = new Tinypool({ filename: workerFile, minThreads: threads, maxThreads: threads });
    try {
      const batches: Promise<SourceReading[]>[] = [];
      for (let i = 0; i < toRead.length; i += BATCH) {
        const task: ReadTask = {
          contentDir: input.contentDir,
          readoutsDir: intake.readoutsDir,
          curated: input.curated,
          ...(cache ? { cacheDir: cache.folder } : {}),
          files: toRead.slice(i, i + BATCH).map(({ planned, key }) => ({ source: planned.source, sha256: planned.sha256, facts: intake.facts[planned.source.name], key })),
        };
        batches.push(pool.run(task) as Promise<SourceReading[]>);
      }
      for (const reading of (await Promise.all(batches)).flat()) readings.set(reading.name, reading);
    } finally {
      await pool.destroy();
    }
  } else {
    for (const { planned, key } of toRead) {
      const reading = readSource(planned.source, intake.readoutsDir, intake.facts[planned.source.name], intake.index, planned.sha256);
      if (cache && key !== undefined) ReadingCache.put(cache.folder, key, reading);
      readings.set(planned.source.name, reading);
    }
  }
  for (const planned of plan) intake.take(planned, readings.get(planned.source.name));
  cache?.prune();
  return intake.finish();
}
