// Runs in a worker thread of the reading pool: reads a batch of source files, each on its own, and keeps each
// reading in the reading cache when the build has one.
import type { CuratedTexts } from '../enrichment/curated.ts';
import type { SourceFacts } from '../schema.ts';
import { curatedOnce } from './intake.ts';
import { readSource, type SourceInput, type SourceReading } from './read-source.ts';
import { ReadingCache } from './reading-cache.ts';

export interface ReadTask {
  contentDir: string;
  readoutsDir: string;
  curated: CuratedTexts;
  /** Where kept readings go; each file then names its key. */
  cacheDir?: string;
  files: { source: SourceInput; sha256: string; facts?: SourceFacts; key?: string | undefined }[];
}

export default function readFiles(task: ReadTask): SourceReading[] {
  // Read once per thread: every batch after the first finds the index built.
  const { index } = curatedOnce(task.curated, task.contentDir);
  return task.files.map((file) => {
    const reading = readSource(file.source, task.readoutsDir, file.facts, index, file.sha256);
    if (task.cacheDir && file.key !== undefined) ReadingCache.put(task.cacheDir, file.key, reading);
    return reading;
  });
}
