// Astro's side of the archive: one build of the pure core, shared by every collection's loader.
import type { Loader, LoaderContext } from 'astro/loaders';
import { buildArchive, type Archive } from '../archive/archive.ts';
import type { ArchiveData } from '../archive/archive-data.ts';
import { contentDirFromEnv, readContentDir } from '../archive/content-dir.ts';
import { ContentError, formatDiagnostic } from '../archive/diagnostics.ts';
import { meetingSchema, readoutSchema } from '../archive/schema.ts';

let built: Archive | undefined;

/** Builds the archive once per process; content errors fail the build with every error listed. */
export function archive(logger?: LoaderContext['logger']): Archive {
  if (built) return built;
  const result = buildArchive(readContentDir(contentDirFromEnv()));
  if (!result.ok) throw new ContentError(result.diagnostics);
  built = result.archive;
  if (logger) {
    const { files, diagnostics } = built.report;
    logger.info(`read ${files} files: ${built.readouts.length} readouts in ${built.meetings.length} meetings, ${diagnostics.length} warnings`);
    for (const warning of diagnostics) logger.warn(formatDiagnostic(warning));
  }
  return built;
}

type Collection = 'readouts' | 'meetings' | 'countries' | 'people' | 'topics';
type Held = Pick<ArchiveData, 'readouts' | 'meetings'>;

// Readouts and meetings are too many for Astro's data store: it reaches the pages as one module holding the whole
// store as a single string literal, which V8 compiles in time growing with the square of its length (0.1 s at
// 10 MB, 20 s at 90 MB: 30,000 readouts, and most of the build at 100,000). So they are validated here and handed
// to the pages in memory (the build runs loaders and pages in one process); the store keeps only their ids and
// digests. The page code is bundled apart from the loaders, so the two meet on a global.
const HELD = Symbol.for('readout-archive:held-collections');
type WithHeld = typeof globalThis & { [HELD]?: Partial<Held> };

/** The readouts and meetings the loaders validated in this process, in id order (as the data store would give). */
export function heldCollections(): Held {
  const held = (globalThis as WithHeld)[HELD];
  if (!held?.readouts || !held.meetings) throw new Error('the readouts and meetings loaders have not run in this process');
  return { readouts: held.readouts, meetings: held.meetings };
}

const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);

/**
 * A loader that fills one collection from the shared archive, validating each entry against its schema. An entry
 * whose content is unchanged since the last build (same digest in the cached data store) is kept as it is, so
 * adding one readout validates and renders one readout, not all of them again.
 */
export function archiveLoader(collection: Collection): Loader {
  return {
    name: `readout-archive:${collection}`,
    load: async ({ store, parseData, logger, renderMarkdown, generateDigest }) => {
      // Whichever loader runs first builds the archive, and reports what it read.
      const data = archive(logger);
      if (collection === 'readouts' || collection === 'meetings') {
        holdCollection(collection, data, store, generateDigest);
        return;
      }
      const current = new Set<string>();
      for (const entry of data[collection]) {
        current.add(entry.id);
        const digest = generateDigest(entry as unknown as Record<string, unknown>);
        if (store.get(entry.id)?.digest === digest) continue;
        const parsed = await parseData({ id: entry.id, data: { ...entry } as Record<string, unknown> });
        const rendered = collection === 'topics' && 'description' in entry ? await renderMarkdown(String(entry.description)) : undefined;
        store.set({ id: entry.id, data: parsed, digest, ...(rendered ? { rendered } : {}) });
      }
      for (const id of store.keys()) if (!current.has(id)) store.delete(id);
    },
  };
}

function holdCollection(collection: 'readouts' | 'meetings', data: Archive, store: LoaderContext['store'], digestOf: LoaderContext['generateDigest']): void {
  const global = globalThis as WithHeld;
  const schema = collection === 'readouts' ? readoutSchema : meetingSchema;
  const current = new Set<string>();
  const valid = data[collection].map((entry) => {
    const result = schema.safeParse(entry);
    if (!result.success) throw new Error(`${collection} entry ${entry.id} does not match its schema: ${result.error.message}`);
    current.add(entry.id);
    const digest = digestOf(entry as unknown as Record<string, unknown>);
    if (store.get(entry.id)?.digest !== digest) store.set({ id: entry.id, data: {}, digest });
    return result.data;
  });
  for (const id of store.keys()) if (!current.has(id)) store.delete(id);
  global[HELD] = { ...global[HELD], [collection]: valid.sort(byId) };
}
