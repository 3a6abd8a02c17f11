import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { planSearchIndex, readSearchPlan, SEARCH_PLAN_ENV, SearchPages, shapesGlob } from './pagefind.ts';

const meeting = (sort: string) => `<html><body><article data-pagefind-body><h1>Meeting</h1>${sort}</article></body></html>`;
const DATED = '<span hidden data-pagefind-sort="date:2023-07-14"></span>';

function searchPages(pages: { path: string; html: string }[]): SearchPages {
  const search = new SearchPages();
  for (const { path, html } of pages) search.add(path, html);
  return search;
}

describe('pages for the search index', () => {
  test('only pages marked data-pagefind-body are indexed', () => {
    const search = searchPages([
      { path: 'meetings/a/index.html', html: meeting(DATED) },
      { path: 'countries/index.html', html: '<html><body><main>Countries</main></body></html>' },
    ]);
    expect(search.indexed).toEqual(['meetings/a/index.html']);
    expect(search.check()).toEqual([]);
    expect(search.plan()).toEqual({ glob: 'meetings/*/index.html', indexed: 1, pages: 2 });
  });

  test('an indexed page without the date sort key is an error, as it would drop out of sorted results', () => {
    expect(searchPages([{ path: 'people/x/index.html', html: meeting('') }]).check()).toEqual([
      'people/x/index.html: indexed for search (data-pagefind-body) but has no data-pagefind-sort="date:YYYY-MM-DD"',
    ]);
  });

  test('a site with no page marked for indexing is an error, as Pagefind would index every page whole', () => {
    expect(searchPages([{ path: 'index.html', html: '<html><body>Home</body></html>' }]).check()).toHaveLength(1);
  });

  test('the mark is read in any case, as HTML attribute names are', () => {
    expect(searchPages([{ path: 'meetings/a/index.html', html: `<article data-Pagefind-Body>${DATED}</article>` }]).indexed).toEqual(['meetings/a/index.html']);
  });

  test('text that merely mentions the attribute does not mark a page', () => {
    expect(searchPages([{ path: 'about/index.html', html: '<p>We use data-pagefind-body on meetings.</p><article data-pagefind-body data-pagefind-sort="date:2023-01-01"></article>' }]).indexed).toEqual(['about/index.html']);
    expect(searchPages([{ path: 'about/index.html', html: '<p>We use data-pagefind-body on meetings.</p>' }]).indexed).toEqual([]);
  });
});

describe('the glob Pagefind reads by', () => {
  test('takes each indexed page in by its shape, any one folder standing for the folders between', () => {
    expect(shapesGlob(['meetings/a/index.html', 'meetings/b/index.html'])).toBe('meetings/*/index.html');
    expect(shapesGlob(['meetings/a/index.html', 'topics/x/page/2/index.html', 'index.html', 'about/index.html'])).toBe(
      '{about/index.html,index.html,meetings/*/index.html,topics/*/*/*/index.html}',
    );
  });

  test('is every page when no page is indexed, or a name holds a character a glob reads as a pattern', () => {
    expect(shapesGlob([])).toBe('**/*.html');
    expect(shapesGlob(['meetings/a/index.html', 'meetings/{b}/index.html'])).toBe('**/*.html');
    expect(shapesGlob(['meetings/a,b/index.html'])).toBe('**/*.html');
  });
});

describe('the plan handed to the indexer', () => {
  const dirs: string[] = [];
  afterEach(() => {
    delete process.env[SEARCH_PLAN_ENV];
    dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  });

  test('is written where the build was told and read back as it was', () => {
    const dir = mkdtempSync(join(tmpdir(), 'search-plan-'));
    dirs.push(dir);
    process.env[SEARCH_PLAN_ENV] = join(dir, 'plan.json');
    planSearchIndex({ glob: 'meetings/*/index.html', indexed: 3, pages: 9 });
    expect(readSearchPlan(join(dir, 'plan.json'))).toEqual({ glob: 'meetings/*/index.html', indexed: 3, pages: 9 });
  });

  test('is not taken when it is missing or not a plan', () => {
    const dir = mkdtempSync(join(tmpdir(), 'search-plan-'));
    dirs.push(dir);
    expect(readSearchPlan(join(dir, 'none.json'))).toBeUndefined();
    writeFileSync(join(dir, 'plan.json'), JSON.stringify({ glob: '', indexed: -1 }));
    expect(readSearchPlan(join(dir, 'plan.json'))).toBeUndefined();
    writeFileSync(join(dir, 'plan.json'), '{"glob": "meetings/');
    expect(readSearchPlan(join(dir, 'plan.json'))).toBeUndefined();
  });
});
