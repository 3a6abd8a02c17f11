// Readouts and meetings are too many for Astro's data store: it reaches the pages as one module holding the whole
// store as a single string literal, which V8 compiles in time growing with the square of its length (0.1 s at
// 10 MB, 20 s at 90 MB: 30,000 readouts, and most of the build at 100,000). So their loader hands them to the pages
// in memory (a build runs loaders and pages in one process). The page code is bundled apart from the loaders, so
// the two meet on a global; this module is all the pages import of it.
import type { ArchiveData } from '../archive/archive-data.ts';

export type Held = Pick<ArchiveData, 'readouts' | 'meetings'>;

const HELD = Symbol.for('readout-archive:held-collections');
type WithHeld = typeof globalThis & { [HELD]?: Partial<Held> };

export function holdCollection<K extends keyof Held>(collection: K, entries: Held[K]): void {
  const global = globalThis as WithHeld;
  global[HELD] = { ...global[HELD], [collection]: entries };
}

/** The readouts and meetings the loaders read in this process, in the archive's order. */
export function heldCollections(): Held {
  const held = (globalThis as WithHeld)[HELD];
  if (!held?.readouts || !held.meetings) {
    throw new Error('the readouts and meetings were not loaded in this process: see the content layer\'s error above');
  }
  return { readouts: held.readouts, meetings: held.meetings };
}
