import { describe, expect, test } from 'vitest';
import { countsPerMonth, countsPerYear, datePlan, groupByYearMonth, monthAnchor, yearPath } from './date-index.ts';

const item = (date: string, id = date) => ({ date, id });

describe('grouping by year and month', () => {
  test('keeps the order of the list and starts a group at each change', () => {
    const groups = groupByYearMonth([item('2023-11-26'), item('2023-07-14'), item('2023-07-13'), item('2018-03-17')]);
    expect(groups.map((y) => [y.year, y.months.map((m) => [m.month, m.items.length])])).toEqual([
      ['2023', [['2023-11', 1], ['2023-07', 2]]],
      ['2018', [['2018-03', 1]]],
    ]);
  });

  test('an empty list has no groups', () => {
    expect(groupByYearMonth([])).toEqual([]);
  });
});

describe('the date plan', () => {
  test('sorts newest first whatever the input order', () => {
    const plan = datePlan([item('2018-03-17'), item('2023-11-26'), item('2023-07-13')]);
    expect(plan.latest.map((i) => i.date)).toEqual(['2023-11-26', '2023-07-13', '2018-03-17']);
  });

  test('has a year page for each year, newest first, at /meetings/<year>/', () => {
    const plan = datePlan([item('2018-03-17'), item('2023-11-26')]);
    expect(plan.years.map((y) => [y.year, y.url, y.count])).toEqual([['2023', '/meetings/2023/', 1], ['2018', '/meetings/2018/', 1]]);
  });

  test('a small archive fits on the index and does not continue', () => {
    const plan = datePlan([item('2018-03-17'), item('2023-11-26')]);
    expect([plan.latest.length, plan.continues]).toEqual([2, undefined]);
  });

  // 250 meetings in 2023, one a day from 1 January: the year spans three pages of 100.
  const days = Array.from({ length: 250 }, (_, i) => new Date(Date.UTC(2023, 0, 1 + i)).toISOString().slice(0, 10));
  const year2023 = datePlan([...days.map((d) => item(d)), item('2022-12-31')], 100);

  test('a year with more than a page of meetings is split into pages of at most 100', () => {
    expect(year2023.years[0]!.pages.map((p) => [p.url, p.items.length])).toEqual([
      ['/meetings/2023/', 100],
      ['/meetings/2023/page/2/', 100],
      ['/meetings/2023/page/3/', 50],
    ]);
  });

  // Newest first from 7 September (day 250): September to June fill 99 places, so 31 May ends page 1 and
  // April (places 131–160) begins on page 2; January takes the last 31 places, on page 3.
  test('each month links to the page where it begins, at its heading', () => {
    const months = Object.fromEntries(year2023.years[0]!.months.map((m) => [m.month, m.url]));
    expect(months['2023-09']).toBe('/meetings/2023/#month-2023-09');
    expect(months['2023-05']).toBe('/meetings/2023/#month-2023-05');
    expect(months['2023-04']).toBe('/meetings/2023/page/2/#month-2023-04');
    expect(months['2023-01']).toBe('/meetings/2023/page/3/#month-2023-01');
  });

  test('month counts add up to the year', () => {
    const y = year2023.years[0]!;
    expect(y.months.reduce((sum, m) => sum + m.count, 0)).toBe(y.count);
    expect(y.months.find((m) => m.month === '2023-02')!.count).toBe(28);
  });

  test('the index shows the newest 100 and continues where the 101st is', () => {
    expect(year2023.latest).toHaveLength(100);
    // The 101st newest is 30 May 2023, the first entry of page 2.
    expect(year2023.continues).toEqual({ year: '2023', url: '/meetings/2023/page/2/#month-2023-05' });
  });

  test('every entry is on exactly one year page', () => {
    const listed = year2023.years.flatMap((y) => y.pages.flatMap((p) => p.items.map((i) => i.id)));
    expect(listed.sort()).toEqual([...days, '2022-12-31'].sort());
  });
});

test('paths and anchors', () => {
  expect([yearPath('2023'), monthAnchor('2023-07')]).toEqual(['/meetings/2023/', 'month-2023-07']);
});

describe('counts for charts', () => {
  test('per month covers whole years, empty months as zero', () => {
    const counts = countsPerMonth(['2018-03-17', '2018-03-20', '2019-12-01']);
    expect(counts).toHaveLength(24);
    expect(counts[0]).toEqual({ month: '2018-01', count: 0 });
    expect(counts[2]).toEqual({ month: '2018-03', count: 2 });
    expect(counts[23]).toEqual({ month: '2019-12', count: 1 });
  });

  test('per year covers every year between the first and the last', () => {
    expect(countsPerYear(['2018-03-17', '2023-07-14', '2023-11-26'])).toEqual([
      { year: '2018', count: 1 }, { year: '2019', count: 0 }, { year: '2020', count: 0 }, { year: '2021', count: 0 }, { year: '2022', count: 0 }, { year: '2023', count: 2 },
    ]);
  });

  test('no dates give no counts', () => {
    expect([countsPerMonth([]), countsPerYear([])]).toEqual([[], []]);
  });
});
