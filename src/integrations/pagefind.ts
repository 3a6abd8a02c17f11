// Builds the Pagefind search index into dist/pagefind/ once Astro has written the pages, through Pagefind's Node
// API: from the build's last hook, or in a process of its own once the build has exited (scripts/build.ts). Only
// pages marked data-pagefind-body are indexed (Pagefind skips the others once any page has the mark); every such
// page must carry the date sort key, since Pagefind leaves pages without it out of sorted results. The address
// check's read of every page checks the marks (`SearchPages`) and plans the index. Any problem fails the build.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { searchPlanSchema, type SearchPlan } from '../archive/schema.ts';

export interface BuiltPage {
  /** Path within the output directory, for messages. */
  path: string;
  html: string;
}

const BODY = /<[a-z][^>]*\sdata-pagefind-body(?=[\s=/>])/i;
const DATE_SORT = /\sdata-pagefind-sort="date:\d{4}-\d{2}-\d{2}"/;

/**
 * The search marks of built pages, taken one page at a time (the address check's read of every page passes each on),
 * so a site of any size is checked in the memory of its largest page.
 */
export class SearchPages {
  readonly indexed: string[] = [];
  readonly problems: string[] = [];
  pages = 0;

  add(path: string, html: string): void {
    this.pages++;
    if (!BODY.test(html)) return;
    this.indexed.push(path);
    if (!DATE_SORT.test(html)) this.problems.push(`${path}: indexed for search (data-pagefind-body) but has no data-pagefind-sort="date:YYYY-MM-DD"`);
  }

  /** What is wrong with the marks: each indexed page without a date sort key, or no page marked at all. */
  check(): string[] {
    if (!this.indexed.length && this.pages) return [...this.problems, 'no page is marked data-pagefind-body: Pagefind would index every page, navigation and all'];
    return this.problems;
  }

  plan(): SearchPlan {
    return { glob: shapesGlob(this.indexed), indexed: this.indexed.length, pages: this.pages };
  }
}

const DEFAULT_GLOB = '**/*.html';
const GLOB_SPECIAL = /[*?[\]{}()!\\<>:#$,~]/;

/**
 * A glob for Pagefind that takes in every indexed page and few others: each indexed page's path with each folder
 * between the first and the file name matched by a star (a meeting page gives meetings, any one folder, index.html).
 * Pagefind reads every page its glob takes in, marked or not, and most of a large site is browse pages and
 * comparisons: at 10,000 readouts this halved its reading. A name a glob cannot spell plainly gives the default.
 */
export function shapesGlob(indexed: readonly string[]): string {
  const shapes = new Set<string>();
  for (const path of indexed) {
    const parts = path.split('/');
    if (parts.some((part) => GLOB_SPECIAL.test(part))) return DEFAULT_GLOB;
    shapes.add(parts.length < 3 ? path : [parts[0], ...parts.slice(1, -1).map(() => '*'), parts.at(-1)].join('/'));
  }
  if (!shapes.size) return DEFAULT_GLOB;
  const sorted = [...shapes].sort();
  return sorted.length === 1 ? sorted[0]! : `{${sorted.join(',')}}`;
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

/** Names the file `npm run build` reads the search plan from once the build has exited. */
export const SEARCH_PLAN_ENV = 'READOUT_SEARCH_PLAN';
let planned: SearchPlan | undefined;

/** Takes the plan for the index from the build's read of its pages, for the last hook or for scripts/build.ts. */
export function planSearchIndex(plan: SearchPlan): void {
  planned = plan;
  const file = process.env[SEARCH_PLAN_ENV];
  if (file) writeFileSync(file, JSON.stringify(plan));
}

/** The plan a build left in `file`, or undefined when there is none to trust. */
export function readSearchPlan(file: string): SearchPlan | undefined {
  try {
    const parsed = searchPlanSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes Pagefind's index into `out`/pagefind/. Given the plan of the build that wrote the pages, whose read of every
 * page checked their marks, it goes straight to Pagefind; without one, it reads and checks the pages first. Any
 * problem throws.
 */
export async function indexSite(out: string, log: (message: string) => void, plan?: SearchPlan): Promise<void> {
  log('indexing the built pages for search');
  if (!plan) {
    const search = new SearchPages();
    for (const page of htmlFiles(out)) search.add(page.path, page.html);
    const problems = search.check();
    if (problems.length) throw new Error(`Search index not built:\n${problems.join('\n')}`);
    plan = search.plan();
  }
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: out, glob: plan.glob });
    if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  log(`search index written: ${plan.indexed} of ${plan.pages} pages indexed`);
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'readout-archive:pagefind',
    hooks: {
      'astro:build:start': () => {
        planned = undefined;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (indexedAfterBuild(process.env)) {
          logger.info('the search index is written once this process has exited');
          return;
        }
        await indexSite(fileURLToPath(dir), (message) => logger.info(message), planned);
      },
    },
  };
}
