import { describe, expect, test } from 'vitest';
import { pageLinks, pageOfIndex, pageParam, pageUrl, paginate } from './paginate.ts';

const numbers = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('paginate', () => {
  test('250 items make pages of 100, 100 and 50', () => {
    expect(paginate(numbers(250), '/x/').map((p) => p.items.length)).toEqual([100, 100, 50]);
  });

  test('every item is on exactly one page, in order', () => {
    expect(paginate(numbers(250), '/x/').flatMap((p) => p.items)).toEqual(numbers(250));
  });

  test('page 1 lives at the list address and later pages under page/<n>/', () => {
    expect(paginate(numbers(250), '/meetings/2023/').map((p) => p.url)).toEqual(['/meetings/2023/', '/meetings/2023/page/2/', '/meetings/2023/page/3/']);
  });

  test('an empty list still has one empty page', () => {
    expect(paginate([], '/x/')).toEqual([{ number: 1, count: 1, items: [], offset: 0, total: 0, url: '/x/' }]);
  });

  test('exactly one page-full makes one page', () => {
    expect(paginate(numbers(100), '/x/')).toHaveLength(1);
  });

  test('each page knows its offset, the page count and the list length', () => {
    const third = paginate(numbers(250), '/x/')[2]!;
    expect([third.offset, third.count, third.total]).toEqual([200, 3, 250]);
  });

  test('a smaller page size is honoured', () => {
    expect(paginate(numbers(5), '/x/', 2).map((p) => p.items)).toEqual([[0, 1], [2, 3], [4]]);
  });
});

test('the route parameter is empty for page 1 and "page/<n>" after', () => {
  expect([pageParam(1), pageParam(2), pageParam(17)]).toEqual([undefined, 'page/2', 'page/17']);
});

test('page URLs and route parameters name the same address', () => {
  expect(pageUrl('/topics/ukraine/', 4)).toBe(`/topics/ukraine/${pageParam(4)}/`);
});

test('the item at index 199 is on page 2 and index 200 on page 3', () => {
  expect([pageOfIndex(0), pageOfIndex(199), pageOfIndex(200)]).toEqual([1, 2, 3]);
});

describe('pagination bar', () => {
  test('a short list links every page', () => {
    expect(pageLinks(2, 3, '/x/')).toEqual([
      { number: 1, url: '/x/', current: false },
      { number: 2, url: '/x/page/2/', current: true },
      { number: 3, url: '/x/page/3/', current: false },
    ]);
  });

  test('a long list shows first, last and the neighbours of the current page, with gaps between', () => {
    const shown = pageLinks(10, 30, '/x/').map((l) => ('gap' in l ? '…' : l.number));
    expect(shown).toEqual([1, '…', 8, 9, 10, 11, 12, '…', 30]);
  });

  test('at the start of a long list there is one gap, before the last page', () => {
    const shown = pageLinks(1, 30, '/x/').map((l) => ('gap' in l ? '…' : l.number));
    expect(shown).toEqual([1, 2, 3, '…', 30]);
  });
});
