// Long lists split into pages at addresses a reader can cite: page 1 is the list's own address, then "page/<n>/".

/** No page lists more than this many entries. */
export const PAGE_SIZE = 100;
/** An overview page shows at most this many entries of each of its lists, so two lists stay within PAGE_SIZE. */
export const SECTION_SIZE = 50;

export interface Page<T> {
  /** From 1. */
  number: number;
  /** How many pages the list has. */
  count: number;
  items: T[];
  /** Position of the first item in the whole list, from 0. */
  offset: number;
  /** Length of the whole list. */
  total: number;
  url: string;
}

export function pageUrl(base: string, n: number): string {
  return n === 1 ? base : `${base}page/${n}/`;
}

/** The rest parameter of a "[...page]" route for page n: nothing for page 1, "page/<n>" after. */
export function pageParam(n: number): string | undefined {
  return n === 1 ? undefined : `page/${n}`;
}

/** Always at least one page, so an empty list still has its address. */
export function paginate<T>(items: readonly T[], base: string, size = PAGE_SIZE): Page<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    count,
    items: items.slice(i * size, (i + 1) * size),
    offset: i * size,
    total: items.length,
    url: pageUrl(base, i + 1),
  }));
}

/** The page of a paginated list that holds the item at `index` (from 0). */
export function pageOfIndex(index: number, size = PAGE_SIZE): number {
  return Math.floor(index / size) + 1;
}

export type PageLink = { number: number; url: string; current: boolean } | { gap: true };

/** Links for a pagination bar: the first and last pages, and those within `radius` of the current one. */
export function pageLinks(current: number, count: number, base: string, radius = 2): PageLink[] {
  const links: PageLink[] = [];
  for (let n = 1; n <= count; n++) {
    if (n === 1 || n === count || Math.abs(n - current) <= radius) links.push({ number: n, url: pageUrl(base, n), current: n === current });
    else if (!('gap' in (links[links.length - 1] ?? {}))) links.push({ gap: true });
  }
  return links;
}
