// Runs in a worker thread of the reading pool: reads a batch of source files, each on its own.
import type { CuratedTexts } from '../enrichment/curated.ts';
import type { SourceFacts } from '../schema.ts';
import { curatedOnce } from './intake.ts';
import { readSource, type SourceInput, type SourceReading } from './read-source.ts';

export interface ReadTask {
  contentDir: string;
  readoutsDir: string;
  curated: CuratedTexts;
  files: { source: SourceInput; sha256: string; facts?: SourceFacts }[];
}

export default function readFiles(task: ReadTask): SourceReading[] {
  // Read once per thread: every batch after the first finds the index built.
  const { index } = curatedOnce(task.curated, task.contentDir);
  return task.files.map((file) => readSource(file.source, task.readoutsDir, file.facts, index, file.sha256));
}
