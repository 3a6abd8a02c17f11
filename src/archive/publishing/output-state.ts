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
  /**
   * When the file's inode last changed, with the inode's number: together they say whether anyone wrote the file,
   * since no copy can carry a ctime over (a copy may keep the source's mtime, as macOS and Windows do).
   */
  ctimeNs: bigint;
  ino: bigint;
}

/** The search index is written after the stamp (in a process of its own), and is swept and written anew each build. */
const UNSTAMPED = 'pagefind/';

/** A digest of which files the output folder holds, their sizes and when each was last written. */
export function outputDigest(files: Iterable<OutputFile>): string {
  const lines: string[] = [];
  for (const file of files) if (!file.path.startsWith(UNSTAMPED)) lines.push(`${file.path}\0${file.size}\0${file.mtimeNs}\0${file.ctimeNs}\0${file.ino}`);
  return createHash('sha256').update(lines.sort().join('\n')).digest('hex');
}

const untouched = (now: OutputFile, before: OutputFile | undefined): boolean =>
  before !== undefined && now.ino === before.ino && now.ctimeNs === before.ctimeNs && now.size === before.size;

/**
 * The files left over from an earlier build: in the folder when this build began (`before`), untouched since, and not
 * kept by this build as an unchanged page.
 */
export function staleOutputs(files: Iterable<OutputFile>, before: ReadonlyMap<string, OutputFile>, kept: ReadonlySet<string>): string[] {
  const stale: string[] = [];
  for (const file of files) if (!kept.has(file.path) && untouched(file, before.get(file.path))) stale.push(file.path);
  return stale;
}
