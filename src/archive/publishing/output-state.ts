// A rebuild leaves the last build's files where they are, so that Astro keeps each unchanged page in place instead of
// copying it back from its cache. Two rules make that safe: the output folder is trusted only when it is exactly as
// the last complete build left it (its digest), and whatever this build neither wrote nor kept is removed.
import { createHash } from 'node:crypto';

export interface OutputFile {
  /** Path within the output folder, with forward slashes. */
  path: string;
  size: number;
  /** Last modified, in nanoseconds: bigints, so that a comparison is never blurred by rounding. */
  mtimeNs: bigint;
}

/** The search index is written after the stamp (in a process of its own), and is swept and written anew each build. */
const UNSTAMPED = 'pagefind/';

/** A digest of which files the output folder holds, their sizes and when each was last written. */
export function outputDigest(files: Iterable<OutputFile>): string {
  const lines: string[] = [];
  for (const file of files) if (!file.path.startsWith(UNSTAMPED)) lines.push(`${file.path}\0${file.size}\0${file.mtimeNs}`);
  return createHash('sha256').update(lines.sort().join('\n')).digest('hex');
}

/**
 * The files left over from an earlier build: written before this build began (`since`, read off a file this build
 * wrote first, so both times come from the file system's clock) and not kept by it as an unchanged page.
 */
export function staleOutputs(files: Iterable<OutputFile>, since: bigint, kept: ReadonlySet<string>): string[] {
  const stale: string[] = [];
  for (const file of files) if (file.mtimeNs < since && !kept.has(file.path)) stale.push(file.path);
  return stale;
}
