// What a build wrote: bytes by top-level folder, per readout, and the largest file.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface DistStats {
  files: number;
  bytes: number;
  byFolder: Record<string, number>;
  largest: { path: string; bytes: number };
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else yield full;
  }
}

export function distStats(dir: string): DistStats {
  const stats: DistStats = { files: 0, bytes: 0, byFolder: {}, largest: { path: '', bytes: 0 } };
  for (const file of walk(dir)) {
    const path = relative(dir, file).split(sep).join('/');
    const bytes = statSync(file).size;
    const folder = path.includes('/') ? `${path.slice(0, path.indexOf('/'))}/` : '(top level)';
    stats.files++;
    stats.bytes += bytes;
    stats.byFolder[folder] = (stats.byFolder[folder] ?? 0) + bytes;
    if (bytes > stats.largest.bytes) stats.largest = { path, bytes };
  }
  stats.byFolder = Object.fromEntries(Object.entries(stats.byFolder).sort((a, b) => b[1] - a[1]));
  return stats;
}
