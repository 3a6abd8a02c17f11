// Reading the source files is most of the content layer (about 1.5 ms a file), and each file is read on its own: a
// large archive is read on every core, in batches, and taken into the archive in file order as before, so the
// result is the one `buildArchive` gives, message for message.
import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';
import { buildArchive } from '../archive.ts';
import { Intake, type ArchiveInput, type ArchiveResult } from './intake.ts';
import type { SourceReading } from './read-source.ts';
import type { ReadTask } from './worker.ts';

/** Below this many files, starting the threads (each loads the readers and the curated data) costs more than it saves. */
export const PARALLEL_FROM = 1_000;
const BATCH = 200;
/** Each thread holds the readers, the curated index and the gazetteer: a few threads read fast enough. */
const MAX_THREADS = 4;

export async function buildArchiveInParallel(input: ArchiveInput, workerFile: string, options: { threads?: number; from?: number } = {}): Promise<ArchiveResult> {
  const threads = options.threads ?? Math.min(availableParallelism(), MAX_THREADS);
  if (threads < 2 || input.sources.length < (options.from ?? PARALLEL_FROM)) return buildArchive(input);
  const intake = new Intake(input);
  const plan = intake.plan();
  const toRead = plan.filter((planned) => !planned.repeats);
  const pool = new Tinypool({ filename: workerFile, minThreads: threads, maxThreads: threads });
  try {
    const batches: Promise<SourceReading[]>[] = [];
    for (let i = 0; i < toRead.length; i += BATCH) {
      const task: ReadTask = {
        contentDir: input.contentDir,
        readoutsDir: intake.readoutsDir,
        curated: input.curated,
        files: toRead.slice(i, i + BATCH).map((p) => ({ source: p.source, sha256: p.sha256, facts: intake.facts[p.source.name] })),
      };
      batches.push(pool.run(task) as Promise<SourceReading[]>);
    }
    const readings = new Map((await Promise.all(batches)).flat().map((reading) => [reading.name, reading]));
    for (const planned of plan) intake.take(planned, readings.get(planned.source.name));
  } finally {
    await pool.destroy();
  }
  return intake.finish();
}
