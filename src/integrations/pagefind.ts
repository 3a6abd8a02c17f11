// Builds the Pagefind search index into dist/pagefind/ once Astro has written the pages, through Pagefind's Node
// API: from the build's last hook, or in a process of its own once the build has exited (scripts/build.ts). Only
// pages marked data-pagefind-body are indexed (Pagefind skips the others once any page has the mark); every such
// page must carry the date sort key, since Pagefind leaves pages without it out of sorted results. Any problem
// fails the build.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export interface BuiltPage {
  /** Path within the output directory, for messages. */
  path: string;
  html: string;
}

const BODY = /<[a-z][^>]*\sdata-pagefind-body(?=[\s=/>])/i;
const DATE_SORT = /\sdata-pagefind-sort="date:\d{4}-\d{2}-\d{2}"/;

/**
 * The pages Pagefind will index, and a message for each indexed page without a date sort key. Pages are taken one
 * at a time and let go, so a site of any size is checked in the memory of its largest page.
 */
export function checkSearchPages(pages: Iterable<BuiltPage>): { indexed: string[]; problems: string[]; pages: number } {
  const indexed: string[] = [];
  const problems: string[] = [];
  let count = 0;
  for (const { path, html } of pages) {
    count++;
    if (!BODY.test(html)) continue;
    indexed.push(path);
    if (!DATE_SORT.test(html)) problems.push(`${path}: indexed for search (data-pagefind-body) but has no data-pagefind-sort="date:YYYY-MM-DD"`);
  }
  if (!indexed.length && count) problems.push('no page is marked data-pagefind-body: Pagefind would index every page, navigation and all');
  return { indexed, problems, pages: count };
}

/** The built HTML pages, read lazily one by one. */
function* htmlFiles(dir: string, root = dir): Generator<BuiltPage> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!(entry.name === 'pagefind' && dir === root)) yield* htmlFiles(full, root);
    } else if (entry.name.endsWith('.html')) yield { path: relative(root, full).split(sep).join('/'), html: readFileSync(full, 'utf8') };
  }
}

/**
 * `npm run build` indexes the site in a process of its own once Astro has exited (scripts/build.ts), and tells the
 * build so through this variable; a plain `astro build` indexes from its last hook.
 */
export const INDEX_AFTER_BUILD = { name: 'READOUT_SEARCH_INDEX', value: 'after-build' } as const;
export const indexedAfterBuild = (env: Record<string, string | undefined>) => env[INDEX_AFTER_BUILD.name] === INDEX_AFTER_BUILD.value;

/** Checks the built pages' search marks, then writes Pagefind's index into `out`/pagefind/. Any problem throws. */
export async function indexSite(out: string, log: (message: string) => void): Promise<void> {
  log('indexing the built pages for search');
  const { indexed, problems, pages } = checkSearchPages(htmlFiles(out));
  if (problems.length) throw new Error(`Search index not built:\n${problems.join('\n')}`);
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: out });
    if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  log(`search index written: ${indexed.length} of ${pages} pages indexed`);
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'readout-archive:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (indexedAfterBuild(process.env)) {
          logger.info('the search index is written once this process has exited');
          return;
        }
        await indexSite(fileURLToPath(dir), (message) => logger.info(message));
      },
    },
  };
}
