// Astro's side of the archive: one build of the pure core, shared by every collection's loader.
import type { Loader, LoaderContext } from 'astro/loaders';
import { buildArchive, type Archive } from '../archive/archive.ts';
import { buildArchiveInParallel } from '../archive/reading/parallel.ts';
import { contentDirFromEnv, readContentDir } from '../archive/content-dir.ts';
import { ContentError, formatDiagnostic } from '../archive/diagnostics.ts';
import { READ_CACHE_ENV, READ_WORKER_ENV, READER_CODE_ENV } from '../integrations/worker-pools.ts';
import { holdCollection } from './held.ts';

let built: Promise<Archive> | undefined;

/**
 * Builds the archive once per process, on every core when the build's integration names the reading worker, and
 * from the readings kept by the last build where a file's reading cannot have changed; content errors fail the build
 * with every error listed.
 */
export function archive(logger?: LoaderContext['logger']): Promise<Archive> {
  built ??= (async () => {
    const input = readContentDir(contentDirFromEnv());
    const worker = process.env[READ_WORKER_ENV];
    const [dir, code] = [process.env[READ_CACHE_ENV], process.env[READER_CODE_ENV]];
    const result = worker ? await buildArchiveInParallel(input, worker, dir && code ? { cache: { dir, code } } : {}) : buildArchive(input);
    if (!result.ok) throw new ContentError(result.diagnostics);
    if (logger) {
      const { files, diagnostics } = result.archive.report;
      logger.info(`read ${files} files: ${result.archive.readouts.length} readouts in ${result.archive.meetings.length} meetings, ${diagnostics.length} warnings`);
      for (const warning of diagnostics) logger.warn(formatDiagnostic(warning));
    }
    return result.archive;
  })();
  // A failure is not kept: under `astro dev` the next load tries again once the content is mended.
  built.catch(() => (built = undefined));
  return built;
}

type Collection = 'readouts' | 'meetings' | 'countries' | 'people' | 'topics';

/**
 * A loader that fills one collection from the shared archive. Countries, people and topics go into Astro's store,
 * each entry validated against its schema; one whose content is unchanged since the last build (same digest in the
 * cached store) is kept as it is. Readouts and meetings, already validated by `buildArchive` against
 * `readoutSchema` and `meetingSchema` with file and line for every error, are held in memory for the pages
 * (`held.ts` says why); the store lists their ids only.
 */
export function archiveLoader(collection: Collection): Loader {
  return {
    name: `readout-archive:${collection}`,
    load: async ({ store, parseData, logger, renderMarkdown, generateDigest }) => {
      // Whichever loader runs first builds the archive, and reports what it read.
      const data = await archive(logger);
      if (collection === 'readouts' || collection === 'meetings') {
        holdCollection(collection, data[collection]);
        const ids = new Set(data[collection].map((entry) => entry.id));
        for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
        for (const id of ids) if (!store.has(id)) store.set({ id, data: {} });
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
