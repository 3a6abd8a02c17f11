// The index by date: newest first, a page (or pages) per year, grouped by month, and counts per month for the chart.
import { PAGE_SIZE, pageOfIndex, pageUrl, paginate, type Page } from './paginate.ts';
import { byNewest } from './summaries.ts';

export interface MonthGroup<T> {
  /** "2023-07". */
  month: string;
  items: T[];
}

export interface YearGroup<T> {
  year: string;
  months: MonthGroup<T>[];
}

export const yearPath = (year: string) => `/meetings/${year}/`;
export const monthAnchor = (month: string) => `month-${month}`;

/** Groups a dated list by year and then month, keeping the list's order. */
export function groupByYearMonth<T extends { date: string }>(items: readonly T[]): YearGroup<T>[] {
  const years: YearGroup<T>[] = [];
  for (const item of items) {
    const year = item.date.slice(0, 4);
    const month = item.date.slice(0, 7);
    let y = years[years.length - 1];
    if (y?.year !== year) years.push((y = { year, months: [] }));
    let m = y.months[y.months.length - 1];
    if (m?.month !== month) y.months.push((m = { month, items: [] }));
    m.items.push(item);
  }
  return years;
}

export interface MonthLink {
  month: string;
  count: number;
  /** The page of the year where the month begins, at the month's heading. */
  url: string;
}

export interface YearPlan<T> {
  year: string;
  count: number;
  url: string;
  pages: Page<T>[];
  months: MonthLink[];
}

export interface DatePlan<T> {
  /** The newest entries, for the index's first page. */
  latest: T[];
  /** Where the list goes on after `latest`, when it does. */
  continues?: { url: string; year: string };
  /** Newest year first. */
  years: YearPlan<T>[];
}

/** Every entry appears once, on the page of its year; months link to where they begin. */
export function datePlan<T extends { date: string; id: string }>(items: readonly T[], size = PAGE_SIZE): DatePlan<T> {
  const sorted = [...items].sort(byNewest);
  const byYear = new Map<string, T[]>();
  for (const item of sorted) {
    const year = item.date.slice(0, 4);
    if (!byYear.has(year)) byYear.set(year, []);
    byYear.get(year)!.push(item);
  }
  const years = [...byYear].map(([year, list]) => {
    const url = yearPath(year);
    const months: MonthLink[] = [];
    list.forEach((item, i) => {
      const month = item.date.slice(0, 7);
      const last = months[months.length - 1];
      if (last?.month === month) last.count++;
      else months.push({ month, count: 1, url: `${pageUrl(url, pageOfIndex(i, size))}#${monthAnchor(month)}` });
    });
    return { year, count: list.length, url, pages: paginate(list, url, size), months };
  });
  const next = sorted[size];
  let continues: DatePlan<T>['continues'];
  if (next) {
    const year = next.date.slice(0, 4);
    const index = byYear.get(year)!.indexOf(next);
    continues = { year, url: `${pageUrl(yearPath(year), pageOfIndex(index, size))}#${monthAnchor(next.date.slice(0, 7))}` };
  }
  return { latest: sorted.slice(0, size), ...(continues ? { continues } : {}), years };
}

// A loop, not Math.min(...): a hundred thousand arguments overflow the stack.
function yearRange(dates: readonly string[]): [number, number] {
  let first = Infinity;
  let last = -Infinity;
  for (const d of dates) {
    const y = Number(d.slice(0, 4));
    if (y < first) first = y;
    if (y > last) last = y;
  }
  return [first, last];
}

/** Counts for every month from January of the first year to December of the last, empty months included. */
export function countsPerMonth(dates: readonly string[]): { month: string; count: number }[] {
  if (dates.length === 0) return [];
  const counts = new Map<string, number>();
  for (const date of dates) counts.set(date.slice(0, 7), (counts.get(date.slice(0, 7)) ?? 0) + 1);
  const [first, last] = yearRange(dates);
  const out: { month: string; count: number }[] = [];
  for (let y = first; y <= last; y++) {
    for (let m = 1; m <= 12; m++) {
      const month = `${y}-${String(m).padStart(2, '0')}`;
      out.push({ month, count: counts.get(month) ?? 0 });
    }
  }
  return out;
}

/** Counts for every year from the first to the last, empty years included. */
export function countsPerYear(dates: readonly string[]): { year: string; count: number }[] {
  if (dates.length === 0) return [];
  const counts = new Map<string, number>();
  for (const date of dates) counts.set(date.slice(0, 4), (counts.get(date.slice(0, 4)) ?? 0) + 1);
  const [first, last] = yearRange(dates);
  const out: { year: string; count: number }[] = [];
  for (let y = first; y <= last; y++) out.push({ year: String(y), count: counts.get(String(y)) ?? 0 });
  return out;
}
