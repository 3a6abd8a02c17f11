// Builds the Pagefind search index into dist/pagefind/ once Astro has written the pages, through Pagefind's
// Node API. Only pages marked data-pagefind-body are indexed (Pagefind skips the others once any page has the
// mark); every such page must carry the date sort key, since Pagefind leaves pages without it out of sorted
// results. Any problem fails the build.
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

/** The pages Pagefind will index, and a message for each indexed page without a date sort key. */
export function checkSearchPages(pages: readonly BuiltPage[]): { indexed: string[]; problems: string[] } {
  const indexed = pages.filter((p) => BODY.test(p.html));
  const problems = indexed.filter((p) => !DATE_SORT.test(p.html)).map((p) => `${p.path}: indexed for search (data-pagefind-body) but has no data-pagefind-sort="date:YYYY-MM-DD"`);
  if (!indexed.length && pages.length) problems.push('no page is marked data-pagefind-body: Pagefind would index every page, navigation and all');
  return { indexed: indexed.map((p) => p.path), problems };
}

function htmlFiles(dir: string, root = dir): BuiltPage[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' && dir === root ? [] : htmlFiles(full, root);
    return entry.name.endsWith('.html') ? [{ path: relative(root, full).split(sep).join('/'), html: readFileSync(full, 'utf8') }] : [];
  });
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'readout-archive:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages = htmlFiles(out);
        const { indexed, problems } = checkSearchPages(pages);
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
        logger.info(`indexed ${indexed.length} of ${pages.length} pages for search`);
      },
    },
  };
}
