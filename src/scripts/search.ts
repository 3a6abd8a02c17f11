// The search page: Pagefind's JavaScript API behind the archive's own form, filters and result list.
// The address holds the whole state (query, filters, sort), so reloading, sharing and going back and forward
// all show the same results.
import { longDate } from '../archive/labels.ts';
import { parseQuery, planSearch, type Query } from './search-query.ts';
import { bestRegions, excerpt, firstThose, highlightTerms, matchPage, regionsOf, resultUrl, tally, type Anchor, type PageMatch, type RegionMatch } from './search-results.ts';
import { splitWords } from './search-text.ts';
import { decodeState, encodeState, FACETS, hasFilters, pagefindFilters, pagefindSort, sameState, withFilter, type FacetKey, type SearchState, type Sort } from './search-state.ts';

interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  anchors: Anchor[];
  locations: number[];
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindData>;
}
type Counts = Record<string, Record<string, number>>;
interface PagefindResponse {
  results: PagefindResult[];
  filters: Counts;
}
interface Pagefind {
  filters(): Promise<Counts>;
  preload(term: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: Record<string, unknown>): Promise<PagefindResponse>;
}

/** One result as shown: its Pagefind result, and once loaded its data and what matched where. */
interface Item {
  id: string;
  result: PagefindResult;
  data?: PagefindData;
  match?: PageMatch;
}

const PAGEFIND = '/pagefind/pagefind.js';
const DEBOUNCE_MS = 250;
const PAGE_SIZE = 20;
/** Checked queries (phrases, punctuated words) read at most this many candidate pages. */
const CHECK_LIMIT = 300;
const PARAGRAPHS_SHOWN = 4;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const root = $<HTMLElement>('search');
const noScript = $<HTMLElement>('search-nojs');
const form = $<HTMLFormElement>('search-form');
const input = $<HTMLInputElement>('search-q');
const sortSelect = $<HTMLSelectElement>('search-sort');
const facetsBox = $<HTMLElement>('search-facets');
const clearButton = $<HTMLButtonElement>('search-clear');
const status = $<HTMLElement>('search-status');
const list = $<HTMLOListElement>('search-results');
const more = $<HTMLButtonElement>('search-more');
const labels: Record<string, Record<string, string>> = JSON.parse($<HTMLScriptElement>('search-labels').textContent ?? '{}');

const labelOf = (key: string, value: string) => labels[key]?.[value] ?? value;

let pagefind: Pagefind;
let state: SearchState = decodeState(location.search);
let items: Item[] = [];
let shown = 0;
let generation = 0;
let typingTimer: number | undefined;
/** Whether the current history entry was made by the typing still going on, and is replaced as it goes. */
let typingEntry = false;
let query: Query = parseQuery('');
const baseTitle = document.title;

function setControls(s: SearchState): void {
  input.value = s.q;
  sortSelect.value = s.sort;
  for (const box of facetsBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    box.checked = s.filters[box.name as FacetKey]?.includes(box.value) ?? false;
  }
}

/** Builds a fieldset of checkboxes for each filter, from the values in the index. */
function buildFacets(all: Counts): void {
  for (const { key, legend } of FACETS) {
    const values = Object.keys(all[key] ?? {});
    if (!values.length) continue;
    values.sort(key === 'year' ? (a, b) => b.localeCompare(a) : (a, b) => labelOf(key, a).localeCompare(labelOf(key, b)));
    const details = document.createElement('details');
    details.className = 'facet';
    details.open = values.length <= 6 || (state.filters[key]?.length ?? 0) > 0;
    const summary = document.createElement('summary');
    summary.textContent = legend;
    const fieldset = document.createElement('fieldset');
    const legendEl = document.createElement('legend');
    legendEl.className = 'visually-hidden';
    legendEl.textContent = legend;
    const ul = document.createElement('ul');
    values.forEach((value, i) => {
      const li = document.createElement('li');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.id = `facet-${key}-${i}`;
      box.name = key;
      box.value = value;
      const label = document.createElement('label');
      label.htmlFor = box.id;
      const count = document.createElement('span');
      count.className = 'facet-count';
      label.append(labelOf(key, value), ' ', count);
      li.append(box, label);
      ul.append(li);
    });
    fieldset.append(legendEl, ul);
    details.append(summary, fieldset);
    facetsBox.append(details);
  }
}

/** Shows each value's count: how many results choosing it would leave (itself, when already chosen). */
function showCounts(counts: Counts): void {
  for (const box of facetsBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    const n = counts[box.name]?.[box.value] ?? 0;
    const count = box.labels?.[0]?.querySelector('.facet-count');
    if (count) count.textContent = `(${n})`;
    box.disabled = n === 0 && !box.checked;
  }
  for (const details of facetsBox.querySelectorAll('details')) {
    const chosen = details.querySelectorAll('input:checked').length;
    const summary = details.querySelector('summary')!;
    summary.dataset.chosen = chosen ? ` (${chosen} chosen)` : '';
  }
  clearButton.hidden = !hasFilters(state);
}

async function load(item: Item): Promise<Item> {
  if (item.data) return item;
  const data = await item.result.data();
  const content = data.content ?? '';
  const regions = regionsOf(splitWords(content).length, data.anchors ?? [], data.meta.title ?? data.url);
  item.data = data;
  item.match = matchPage(content, regions, query, planSearch(query).verify, data.locations ?? []);
  return item;
}

/** Checked results: by date when sorted by date (several searches were merged), else most occurrences first. */
function orderChecked(checked: Item[], sort: Sort): Item[] {
  const date = (item: Item) => item.data!.meta.date ?? '';
  const ranked = checked.map((item, i) => ({ item, i }));
  if (sort === 'relevance') ranked.sort((a, b) => b.item.match!.occurrences - a.item.match!.occurrences || a.i - b.i);
  else ranked.sort((a, b) => (sort === 'newest' ? date(b.item).localeCompare(date(a.item)) : date(a.item).localeCompare(date(b.item))) || a.i - b.i);
  return ranked.map(({ item }) => item);
}

function describe(count: number, s: SearchState, truncated: boolean): string {
  const verb = count === 1 ? 'matches' : 'match';
  const what = s.q ? `${verb} ${/["“”„«»]/.test(s.q) ? s.q : `“${s.q}”`}` : verb;
  const filtered = hasFilters(s) ? (s.q ? ' with the chosen filters' : ' the chosen filters') : '';
  const counted = count === 0 ? 'No meetings' : count === 1 ? '1 meeting' : `${count} meetings`;
  const note = truncated ? ` Only the first ${CHECK_LIMIT} candidates were checked: add words or filters to narrow the search.` : '';
  return `${counted} ${what}${filtered}.${note}`;
}

/** Runs the search for a state and shows it; a failure is said in the status rather than left hanging. */
async function run(s: SearchState): Promise<void> {
  const mine = generation + 1;
  try {
    await runSearch(s);
  } catch {
    if (mine !== generation) return;
    list.removeAttribute('aria-busy');
    status.textContent = 'The search failed. Reload the page to try again, or browse the meetings instead.';
  }
}

/** The search itself; a newer run makes an older one stop where it is. */
async function runSearch(s: SearchState): Promise<void> {
  const mine = ++generation;
  document.title = s.q ? `${s.q} – ${baseTitle}` : baseTitle;
  query = parseQuery(s.q);
  const plan = planSearch(query);
  if (plan.term === null && !hasFilters(s)) {
    items = [];
    await showResults();
    list.removeAttribute('aria-busy');
    showCounts(await pagefind.filters());
    status.textContent = 'Type words to search the readouts, or choose filters.';
    return;
  }
  list.setAttribute('aria-busy', 'true');
  const options = { filters: pagefindFilters(s), sort: pagefindSort(s, plan.term !== null) };
  const [response, ...others] = await Promise.all([plan.term, ...plan.also].map((term) => pagefind.search(term, options)));
  if (mine !== generation || !response) return;
  let found: Item[] = response.results.map((result) => ({ id: result.id, result }));
  let counts = response.filters;
  let truncated = false;
  if (plan.verify) {
    const ids = new Set(found.map((item) => item.id));
    for (const other of others) for (const result of other!.results) if (!ids.has(result.id)) (ids.add(result.id), found.push({ id: result.id, result }));
    truncated = found.length > CHECK_LIMIT;
    const checked = await Promise.all(found.slice(0, CHECK_LIMIT).map(load));
    if (mine !== generation) return;
    found = orderChecked(checked.filter((item) => item.match!.ok), s.sort);
    counts = tally(found.map((item) => item.data!));
  } else if (plan.together && s.sort === 'relevance' && found.length > 1) {
    // Pagefind's phrase search also takes other forms of the last word ("missile launches"): its matches are
    // checked for the words exactly as typed, next to each other, and those meetings come first.
    const together = await pagefind.search(plan.together, { filters: options.filters });
    const candidates = new Set(together.results.map((r) => r.id));
    const checked = await Promise.all(found.filter((item) => candidates.has(item.id)).slice(0, CHECK_LIMIT).map(load));
    if (mine !== generation) return;
    found = firstThose(found, new Set(checked.filter((item) => item.match!.regions.some((r) => r.hits > 0)).map((item) => item.id)));
  }
  items = found;
  showCounts(counts);
  await showResults();
  if (mine !== generation) return;
  list.removeAttribute('aria-busy');
  status.textContent = describe(items.length, s, truncated);
}

function excerptElement(content: string, match: RegionMatch): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = 'excerpt';
  for (const segment of excerpt(content, match)) {
    if (segment.mark) {
      const mark = document.createElement('mark');
      mark.textContent = segment.text;
      p.append(mark);
    } else p.append(segment.text);
  }
  return p;
}

function resultElement(item: Item, index: number): HTMLLIElement {
  const data = item.data!;
  const match = item.match!;
  const terms = highlightTerms(data.content, match.regions);
  const li = document.createElement('li');
  li.className = 'result';
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = resultUrl(data.url, terms, null);
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'result-meta';
  if (data.meta.date) {
    const time = document.createElement('time');
    time.dateTime = data.meta.date;
    time.textContent = longDate(data.meta.date, { weekday: false });
    meta.append(time, ' · ');
  }
  meta.append((data.filters.publisher ?? []).map((p) => labelOf('publisher', p)).join(', '));
  li.append(heading, meta);
  const shownRegions = bestRegions(match.regions, PARAGRAPHS_SHOWN);
  if (shownRegions.length) {
    const ul = document.createElement('ul');
    ul.className = 'result-paragraphs';
    ul.setAttribute('aria-label', `Matching passages in ${data.meta.title ?? 'this meeting'}`);
    for (const region of shownRegions) {
      const entry = document.createElement('li');
      const a = document.createElement('a');
      a.href = resultUrl(data.url, terms, region.region.id);
      a.textContent = region.region.id === null ? 'Title and participants' : region.region.title;
      entry.append(a, excerptElement(data.content, region));
      ul.append(entry);
    }
    li.append(ul);
  }
  const rest = match.regions.length - shownRegions.length;
  if (rest > 0) {
    const note = document.createElement('p');
    note.className = 'note';
    note.textContent = `${rest} more matching passage${rest === 1 ? '' : 's'} in this meeting.`;
    li.append(note);
  }
  li.dataset.index = String(index);
  return li;
}

/** Shows the first page of results, or the next one after a "Show more". */
async function showResults(next = false): Promise<void> {
  const mine = generation;
  const from = next ? shown : 0;
  const batch = await Promise.all(items.slice(from, from + PAGE_SIZE).map(load));
  if (mine !== generation) return;
  if (!next) list.replaceChildren();
  batch.forEach((item, i) => list.append(resultElement(item, from + i)));
  shown = from + batch.length;
  more.hidden = shown >= items.length;
  if (next) list.querySelector<HTMLAnchorElement>(`li[data-index="${from}"] a`)?.focus();
}

/** Makes a state current: a new history entry (or the typing one, replaced) and its results. */
function go(next: SearchState, how: 'push' | 'replace'): void {
  if (sameState(next, state) && encodeState(next) === location.search) return;
  const url = `${location.pathname}${encodeState(next)}`;
  if (how === 'push') history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  state = next;
  void run(state);
}

function typed(): void {
  window.clearTimeout(typingTimer);
  const next = { ...state, q: input.value };
  go(next, typingEntry ? 'replace' : 'push');
  typingEntry = true;
}

async function start(): Promise<void> {
  root.hidden = false;
  noScript.hidden = true;
  setControls(state);
  try {
    pagefind = (await import(/* @vite-ignore */ PAGEFIND)) as Pagefind;
    buildFacets(await pagefind.filters());
  } catch {
    status.textContent = 'Search could not start in this browser.';
    noScript.hidden = false;
    return;
  }
  setControls(state);
  await run(state);

  input.addEventListener('input', () => {
    window.clearTimeout(typingTimer);
    if (input.value.trim()) void pagefind.preload(input.value.replace(/["“”„«»]/g, ''));
    typingTimer = window.setTimeout(typed, DEBOUNCE_MS);
  });
  input.addEventListener('blur', () => (typingEntry = false));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && list.querySelector('a')) {
      event.preventDefault();
      list.querySelector<HTMLAnchorElement>('a')!.focus();
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    typed();
    typingEntry = false;
  });
  sortSelect.addEventListener('change', () => {
    typingEntry = false;
    go({ ...state, q: input.value, sort: sortSelect.value as Sort }, 'push');
  });
  facetsBox.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox') return;
    typingEntry = false;
    go(withFilter({ ...state, q: input.value }, box.name as FacetKey, box.value, box.checked), 'push');
  });
  clearButton.addEventListener('click', () => {
    typingEntry = false;
    go({ ...state, q: input.value, filters: {} }, 'push');
    input.focus();
  });
  more.addEventListener('click', () => void showResults(true));
  window.addEventListener('popstate', () => {
    typingEntry = false;
    window.clearTimeout(typingTimer);
    state = decodeState(location.search);
    setControls(state);
    void run(state);
  });
}

void start();
