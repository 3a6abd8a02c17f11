import { describe, expect, test } from 'vitest';
import { checkSearchPages } from './pagefind.ts';

const meeting = (sort: string) => `<html><body><article data-pagefind-body><h1>Meeting</h1>${sort}</article></body></html>`;

describe('pages for the search index', () => {
  test('only pages marked data-pagefind-body are indexed', () => {
    const { indexed, problems } = checkSearchPages([
      { path: 'meetings/a/index.html', html: meeting('<span hidden data-pagefind-sort="date:2023-07-14"></span>') },
      { path: 'countries/index.html', html: '<html><body><main>Countries</main></body></html>' },
    ]);
    expect(indexed).toEqual(['meetings/a/index.html']);
    expect(problems).toEqual([]);
  });

  test('an indexed page without the date sort key is an error, as it would drop out of sorted results', () => {
    const { problems } = checkSearchPages([{ path: 'people/x/index.html', html: meeting('') }]);
    expect(problems).toEqual(['people/x/index.html: indexed for search (data-pagefind-body) but has no data-pagefind-sort="date:YYYY-MM-DD"']);
  });

  test('a site with no page marked for indexing is an error, as Pagefind would index every page whole', () => {
    expect(checkSearchPages([{ path: 'index.html', html: '<html><body>Home</body></html>' }]).problems).toHaveLength(1);
  });

  test('text that merely mentions the attribute does not mark a page', () => {
    expect(checkSearchPages([{ path: 'about/index.html', html: '<p>We use data-pagefind-body on meetings.</p><article data-pagefind-body data-pagefind-sort="date:2023-01-01"></article>' }]).indexed).toEqual(['about/index.html']);
    expect(checkSearchPages([{ path: 'about/index.html', html: '<p>We use data-pagefind-body on meetings.</p>' }]).indexed).toEqual([]);
  });
});
