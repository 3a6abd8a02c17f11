// The search page's state and its address: /search/?q=%22abductions+issue%22&publisher=mofa-japan&sort=newest.
// Filter values in the address are the archive's ids (mofa-japan, republic-of-korea, hayashi-yoshimasa), and
// the meeting pages give Pagefind the same ids as filter values; pagefindFilters() is the one place that turns
// the address into a Pagefind filter, so a change of either side happens here.

export const FACETS = [
  { key: 'country', legend: 'Country taking part' },
  { key: 'person', legend: 'Person taking part' },
  { key: 'topic', legend: 'Topic' },
  { key: 'publisher', legend: 'Publisher' },
  { key: 'kind', legend: 'Kind of document' },
  { key: 'year', legend: 'Year' },
] as const;

export type FacetKey = (typeof FACETS)[number]['key'];
export type Sort = 'relevance' | 'newest' | 'oldest';
export type Filters = Partial<Record<FacetKey, string[]>>;

export interface SearchState {
  q: string;
  filters: Filters;
  sort: Sort;
}

export const SORTS: { value: Sort; label: string }[] = [
  { value: 'relevance', label: 'Relevance' },
  { value: 'newest', label: 'Newest first' },
  { value: 'oldest', label: 'Oldest first' },
];

/** Older or shorter spellings of a sort in the address, kept working once shared. */
const SORT_ALIASES: Record<string, Sort> = { newest: 'newest', date: 'newest', 'date-desc': 'newest', oldest: 'oldest', 'date-asc': 'oldest' };

const MAX_VALUE_LENGTH = 120;
const MAX_QUERY_LENGTH = 500;

export const emptyState = (): SearchState => ({ q: '', filters: {}, sort: 'relevance' });

/** Reads the state from an address's query string; unknown parameters and malformed values are ignored. */
export function decodeState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: Filters = {};
  for (const { key } of FACETS) {
    const values = [...new Set(params.getAll(key).map((v) => v.trim()))].filter((v) => v.length > 0 && v.length <= MAX_VALUE_LENGTH);
    if (values.length) filters[key] = values.sort();
  }
  return {
    q: (params.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH),
    filters,
    sort: SORT_ALIASES[params.get('sort') ?? ''] ?? 'relevance',
  };
}

/** The query string for a state, in one canonical order ("" for the empty state); relevance is the default. */
export function encodeState(state: SearchState): string {
  const params = new URLSearchParams();
  const q = state.q.trim();
  if (q) params.set('q', q);
  for (const { key } of FACETS) for (const value of [...new Set(state.filters[key] ?? [])].sort()) params.append(key, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function sameState(a: SearchState, b: SearchState): boolean {
  return encodeState(a) === encodeState(b);
}

export function hasFilters(state: SearchState): boolean {
  return FACETS.some(({ key }) => (state.filters[key]?.length ?? 0) > 0);
}

/** The state with one filter value added or removed. */
export function withFilter(state: SearchState, key: FacetKey, value: string, on: boolean): SearchState {
  const current = new Set(state.filters[key] ?? []);
  if (on) current.add(value);
  else current.delete(value);
  const filters: Filters = { ...state.filters, [key]: [...current].sort() };
  if (!current.size) delete filters[key];
  return { ...state, filters };
}

/**
 * The Pagefind filter for a state: every chosen value must hold (Pagefind's default, "all"), so a count shown
 * beside a value is exactly the number of results that choosing it leaves.
 */
export function pagefindFilters(state: SearchState): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  for (const { key } of FACETS) if (state.filters[key]?.length) filters[key] = [...state.filters[key]!];
  return filters;
}

/** Pagefind's sort: by the date key every meeting page carries; relevance has no key, except with no words. */
export function pagefindSort(state: SearchState, hasWords: boolean): Record<string, 'asc' | 'desc'> {
  if (state.sort === 'oldest') return { date: 'asc' };
  if (state.sort === 'newest' || !hasWords) return { date: 'desc' };
  return {};
}
