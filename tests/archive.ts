// The archive as the build reads it, for site and browser tests that compare pages with the data.
import type { Archive } from '../src/archive/archive.ts';
import { loadArchive } from '../src/archive/test-support.ts';

let cached: Archive | undefined;

export function archive(): Archive {
  cached ??= loadArchive();
  return cached;
}
