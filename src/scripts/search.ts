// The search page: Pagefind's JavaScript API behind the archive's own form, filters and result list.
// The address holds the whole state (query, filters, sort), so reloading, sharing and going back and forward
// all show the same results.
import { longDate } from '../archive/labels.ts';
import { byRelevance, combine, conceptsOf, nameIndex, rankingTerm, pagefindTerms, partialNote, statement, togetherPhrase, type Concept, type NameIndex } from './search-concepts.ts';
import { endsInShortWord, parseQuery } from './search-query.ts';
import { bestRegions, excerpt, firstThose, highlightTerms, markPage, pageText, regionsOf, resultUrl, type Anchor, type PageText, type Region, type RegionMatch } from './search-results.ts';
import type { Word } from './search-text.ts';
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
  score: number;
  /** Word positions of the match, known before the fragment is loaded. */
  words?: number[];
  data(): Promise<PagefindData>;
}
type Counts = Record<string, Record<string, number>>;
interface PagefindResponse {
  results: PagefindResult[];
  filters: Counts;
}
interface Pagefind {
  init(): Promise<void>;
  filters(): Promise<Counts>;
  preload(term: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: Record<string, unknown>): Promise<PagefindResponse>;
}

/** One meeting found: its Pagefind result, the positions Pagefind matched, and once loaded its data and marks. */
interface Item {
  id: string;
  result: PagefindResult;
  locations: Set<number>;
  /** Indexes of the concepts it holds. */
  matched: number[];
  data?: PagefindData;
  /** The page split at its paragraphs, once loaded. */
  regions?: Region[];
  /** Its words, split and normalised once. */
  text?: PageText;
}

/** A meeting's data as the results use it, kept while the page is open: typing on finds the same meetings again. */
interface Loaded {
  data: PagefindData;
  regions: Region[];
  text: PageText;
}

const PAGEFIND = '/pagefind/pagefind.js';
// A key's search starts at once (one search at a time, see run): a word still being typed is an exact search for a
// word the index mostly lacks, which answers at once. One or two letters, though, are often a whole short word that
// most of the archive holds ("a", "of"), the slowest search there is: those wait for this pause (endsInShortWord).
const SHORT_WORD_PAUSE_MS = 300;
const PAGE_SIZE = 20;
/** Forms Pagefind cannot decide alone (U.S.) are checked in at most this many candidate pages. */
const CHECK_LIMIT = 300;
const EQUIVALENTS = '/search/equivalents.json';
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
const filtersBox = $<HTMLDetailsElement>('search-filters');
const filtersChosen = $<HTMLElement>('search-filters-chosen');
const more = $<HTMLButtonElement>('search-more');
const labels: Record<string, Record<string, string>> = JSON.parse($<HTMLScriptElement>('search-labels').textContent ?? '{}');

const labelOf = (key: string, value: string) => labels[key]?.[value] ?? value;

let pagefind: Pagefind;
let names: NameIndex = nameIndex([]);
/** The equivalents, fetched beside Pagefind's own start; only a query with words waits for them. */
let namesReady: Promise<void> = Promise.resolve();
/** The filter index, read once after the first results are shown (Pagefind needs it only for the filters chosen). */
let facetsBuilt: Promise<void> | undefined;
/** Whether every filter chunk is loaded, so that the counts of any search made since are complete. */
let allFilters = false;
/** Pages loaded this visit, the most recently used last; the oldest are let go, so a long visit stays light. */
const pages = new Map<string, Promise<Loaded>>();
const PAGES_KEPT = 500;
/** Every filter checkbox, with its count and its group. */
const boxes: { box: HTMLInputElement; count: HTMLElement; details: HTMLDetailsElement }[] = [];
/** The meetings carrying each filter value ("country=japan"), read once from Pagefind when counts need them. */
let facetMembers: Promise<Map<string, Set<string>>> | undefined;
let state: SearchState = decodeState(location.search);
/** The query string of the current history entry, as written or about to be. */
let address = location.search;
/** The history entry typing has made and not yet written: browsers take milliseconds for each. */
let pendingEntry: { how: 'push' | 'replace'; url: string } | null = null;
let entryTimer: number | undefined;
const ENTRY_PAUSE_MS = 300;
let items: Item[] = [];
let shown = 0;
let generation = 0;
let typingTimer: number | undefined;
/** Whether the current history entry was made by the typing still going on, and is replaced as it goes. */
let typingEntry = false;
let concepts: Concept[] = [];
/** The words of every checked form of the current run, looked for in each page shown. */
let checkedForms: Word[][] = [];
/** The words of every form Pagefind decided, marked wherever they occur on a page shown. */
let exactForms: Word[][] = [];
/** Scroll position to return to once the results of a restored history entry are shown. */
let restoreScroll: { y: number; shown: number } | null = null;
const baseTitle = document.title;

function setControls(s: SearchState): void {
  input.value = s.q;
  sortSelect.value = s.sort;
  setBoxes(s);
  showChosen(s);
}

function setBoxes(s: SearchState): void {
  for (const { box } of boxes) {
    box.checked = s.filters[box.name as FacetKey]?.includes(box.value) ?? false;
  }
}

/** Builds a fieldset of checkboxes for each filter, from the values in the index. */
function buildFacets(all: Counts): void {
  facetsBox.textContent = '';
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
      boxes.push({ box, count, details });
      ul.append(li);
    });
    fieldset.append(legendEl, ul);
    details.append(summary, fieldset);
    facetsBox.append(details);
  }
}

/**
 * Shows each value's count: how many results choosing it would leave (itself, when already chosen). It runs after
 * every search, over every value: each box is reached directly and only what changed is written.
 */
function showCounts(counts: Counts): void {
  const chosen = new Map<HTMLDetailsElement, number>();
  for (const { box, count, details } of boxes) {
    const n = counts[box.name]?.[box.value] ?? 0;
    const text = `(${n})`;
    if (count.textContent !== text) count.textContent = text;
    const disabled = n === 0 && !box.checked;
    if (box.disabled !== disabled) box.disabled = disabled;
    chosen.set(details, (chosen.get(details) ?? 0) + (box.checked ? 1 : 0));
  }
  for (const [details, n] of chosen) {
    const summary = details.querySelector('summary')!;
    const text = n ? ` (${n} chosen)` : '';
    if (summary.dataset.chosen !== text) summary.dataset.chosen = text;
  }
}

/** How many filters are ticked, said in the disclosure: known from the address, before any index is read. */
function showChosen(s: SearchState): void {
  clearButton.hidden = !hasFilters(s);
  const ticked = Object.values(s.filters).reduce((n, values) => n + (values?.length ?? 0), 0);
  filtersChosen.textContent = ticked ? ` (${ticked} selected)` : '';
}

/** The filter checkboxes, built once from the filter index; a failed load is tried again by the next search. */
function facets(): Promise<void> {
  facetsBuilt ??= pagefind.filters().then((all) => {
    allFilters = true;
    buildFacets(all);
    setBoxes(state);
  });
  facetsBuilt.catch(() => (facetsBuilt = undefined));
  return facetsBuilt;
}

/** How long typing must pause before the filters are counted. */
const COUNT_PAUSE_MS = 250;
/** The run whose counts are being made: the one that leaves the filters busy or not. */
let countingRun = 0;

/**
 * Shows the counts of a run once its results are shown: the filter index is read then, not before. A newer run
 * leaves them to its own counts. The filters are busy meanwhile, and never left busy: a run that fails says so.
 */
async function countsAfter(mine: number, counts: () => Promise<Counts>): Promise<void> {
  countingRun = mine;
  facetsBox.setAttribute('aria-busy', 'true');
  try {
    // Counting may take many searches of Pagefind's one worker (once a visit): begun only when typing pauses, so
    // that the next keystroke's search never waits behind them.
    await new Promise((resolve) => setTimeout(resolve, COUNT_PAUSE_MS));
    if (mine !== generation) return;
    await facets();
    const found = await counts();
    if (mine === generation) showCounts(found);
  } catch {
    if (mine === generation && !allFilters) facetsBox.textContent = 'The filters could not be loaded; search again to retry.';
  } finally {
    // Left to a newer run that is counting; a newer run that failed before counting leaves it to this one.
    if (countingRun === mine) facetsBox.removeAttribute('aria-busy');
  }
}

async function load(item: Item): Promise<Item> {
  if (item.data) return item;
  let page = pages.get(item.id);
  if (page) pages.delete(item.id);
  else {
    page = item.result.data().then((data) => {
      const text = pageText(data.content ?? '');
      return { data, text, regions: regionsOf(text.raw.length, data.anchors ?? [], data.meta.title ?? data.url) };
    });
    page.catch(() => pages.delete(item.id));
  }
  pages.set(item.id, page);
  if (pages.size > PAGES_KEPT) pages.delete(pages.keys().next().value!);
  const { data, regions, text } = await page;
  Object.assign(item, { data, regions, text });
  return item;
}

/** What matched where on a loaded page. */
const marksOf = (item: Item) => markPage(item.text!, item.regions!, [...item.locations], checkedForms, exactForms);

/** For each filter value, the meetings carrying it: filter-only searches, which load no page. */
function members(): Promise<Map<string, Set<string>>> {
  facetMembers ??= pagefind.filters().then(async (all) => {
    const entries = Object.entries(all).flatMap(([key, values]) => Object.keys(values).map((value) => [key, value] as const));
    const found = await Promise.all(entries.map(([key, value]) => pagefind.search(null, { filters: { [key]: value } })));
    return new Map(entries.map(([key, value], i) => [`${key}=${value}`, new Set(found[i]!.results.map((r) => r.id))]));
  });
  return facetMembers;
}

/** How many of the given meetings carry each filter value. */
async function countsOf(ids: readonly string[]): Promise<Counts> {
  const counts: Counts = {};
  for (const [filter, carrying] of await members()) {
    const [key, value] = filter.split(/=(.*)/s) as [string, string];
    (counts[key] ??= {})[value] = ids.filter((id) => carrying.has(id)).length;
  }
  return counts;
}

/** The search under way, and the state asked for while it ran (the last of them), searched once it stops. */
let running: Promise<void> | null = null;
let waiting: SearchState | null = null;

/**
 * Runs the search for a state and shows it. One search at a time: Pagefind takes its searches in turn, so a search
 * for each key typed queued behind the searches for the keys before it (the short ones the slowest, "a" matching most
 * of the archive). A key typed while a search runs makes that search stop at its next step, and only the last state
 * asked for meanwhile is searched after it.
 */
function run(s: SearchState): Promise<void> {
  if (running) {
    waiting = s;
    generation++;
    return running;
  }
  running = runOnce(s).finally(() => {
    running = null;
    const next = waiting;
    waiting = null;
    if (next) void run(next);
  });
  return running;
}

/** Runs one search and shows it; a failure is said in the status rather than left hanging. */
async function runOnce(s: SearchState): Promise<void> {
  const mine = generation + 1;
  try {
    await runSearch(s);
  } catch {
    if (mine !== generation) return;
    list.removeAttribute('aria-busy');
    status.textContent = 'The search failed. Reload the page to try again, or browse the meetings instead.';
  }
}

type Options = { filters: Record<string, string[]>; sort: Record<string, 'asc' | 'desc'> };

/**
 * The meetings holding one concept, by id with a score. Forms Pagefind decides are exact searches whose results
 * and word positions are taken as they are; checked forms (U.S.) are looked for in the texts of Pagefind's
 * candidates, of which at most CHECK_LIMIT are read.
 */
async function meetingsOf(concept: Concept, options: Options, registry: Map<string, Item>): Promise<{ set: Map<string, number>; truncated: boolean; response?: PagefindResponse }> {
  const set = new Map<string, number>();
  const register = (result: PagefindResult) => {
    const item = registry.get(result.id) ?? { id: result.id, result, locations: new Set<number>(), matched: [] };
    registry.set(result.id, item);
    return item;
  };
  let truncated = false;
  let single: PagefindResponse | undefined;
  await Promise.all(
    concept.forms.map(async (form) => {
      const responses = await Promise.all(pagefindTerms(form).map((term) => pagefind.search(term, options)));
      if (form.exact) {
        single = responses[0];
        for (const result of responses[0]!.results) {
          const item = register(result);
          for (const w of result.words ?? []) item.locations.add(w);
          set.set(result.id, Math.max(set.get(result.id) ?? 0, result.score));
        }
        return;
      }
      const candidates = new Map<string, PagefindResult>();
      for (const response of responses) for (const result of response.results) if (!candidates.has(result.id)) candidates.set(result.id, result);
      truncated ||= candidates.size > CHECK_LIMIT;
      const index = checkedForms.indexOf(form.words);
      const checked = await Promise.all([...candidates.values()].slice(0, CHECK_LIMIT).map((result) => load(register(result))));
      for (const item of checked) if (marksOf(item).found[index]) set.set(item.id, Math.max(set.get(item.id) ?? 0, item.result.score));
    }),
  );
  return { set, truncated, response: concept.forms.length === 1 ? single : undefined };
}

/** The search itself; a newer run makes an older one stop where it is. */
async function runSearch(s: SearchState): Promise<void> {
  const mine = ++generation;
  document.title = s.q ? `${s.q} – ${baseTitle}` : baseTitle;
  showChosen(s);
  if (s.q) await namesReady;
  if (mine !== generation) return;
  concepts = conceptsOf(parseQuery(s.q), names);
  checkedForms = concepts.flatMap((c) => c.forms.filter((f) => !f.exact).map((f) => f.words));
  exactForms = concepts.flatMap((c) => c.forms.filter((f) => f.exact).map((f) => f.words));
  if (!concepts.length && !hasFilters(s)) {
    items = [];
    restoreScroll = null;
    await showResults();
    list.removeAttribute('aria-busy');
    status.textContent = 'Type words to search the readouts, or choose filters.';
    void countsAfter(mine, () => pagefind.filters());
    return;
  }
  list.setAttribute('aria-busy', 'true');
  const filters = pagefindFilters(s);
  const sort = pagefindSort(s, concepts.length > 0);
  // Counts from a search made before the whole filter index was loaded lack the filters not chosen: made again.
  const complete = allFilters;
  const countsOfSearch = (term: string | null, response: PagefindResponse) => async () => (complete ? response : await pagefind.search(term, { filters, sort })).filters;
  if (!concepts.length) {
    const response = await pagefind.search(null, { filters, sort });
    if (mine !== generation) return;
    items = response.results.map((result) => ({ id: result.id, result, locations: new Set<number>(), matched: [] }));
    await finish(mine, statement([], [], { ids: items.map((i) => i.id), all: true }, hasFilters(s)));
    if (mine === generation) void countsAfter(mine, countsOfSearch(null, response));
    return;
  }
  const registry = new Map<string, Item>();
  const together = s.sort === 'relevance' ? togetherPhrase(concepts) : null;
  // One exact search is ranked by Pagefind already; a second search only to rank it would double the wait.
  const oneExact = concepts.length === 1 && concepts[0]!.forms.length === 1 && concepts[0]!.forms[0]!.exact;
  const rankWith = s.sort === 'relevance' && !oneExact ? rankingTerm(s.q) : null;
  const [perConcept, order, adjacent, ranked] = await Promise.all([
    Promise.all(concepts.map((c) => meetingsOf(c, { filters, sort }, registry))),
    // Merged searches lose Pagefind's date order; a filter-only search gives it without loading any page.
    s.sort === 'relevance' ? null : pagefind.search(null, { filters, sort }),
    together ? pagefind.search(together, { filters, sort }) : null,
    rankWith ? pagefind.search(rankWith, { filters, sort }) : null,
  ]);
  if (mine !== generation) return;
  const combined = combine(perConcept.map((p) => p.set));
  let ids = ranked ? byRelevance(combined, new Map(ranked.results.map((r, i) => [r.id, i]))) : combined.ids;
  if (order) {
    const rank = new Map(order.results.map((r, i) => [r.id, i]));
    ids = [...ids].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
  }
  if (adjacent) {
    ids = firstThose(ids.map((id) => ({ id })), new Set(adjacent.results.map((r) => r.id))).map((r) => r.id);
  }
  items = ids.map((id) => ({ ...registry.get(id)!, matched: combined.matched.get(id)! }));
  // One exact search: Pagefind's own counts are this search's. Otherwise counted from the meetings found.
  const one = concepts.length === 1 ? perConcept[0]!.response : undefined;
  const counts = one ? countsOfSearch(pagefindTerms(concepts[0]!.forms[0]!)[0]!, one) : () => countsOf(ids);
  const truncated = perConcept.some((p) => p.truncated);
  const note = truncated ? ` Only the first ${CHECK_LIMIT} candidates were checked for ${concepts.filter((c, i) => perConcept[i]!.truncated).map((c) => `“${c.label}”`).join(', ')}: add words or filters to narrow the search.` : '';
  await finish(mine, statement(concepts, perConcept.map((p) => p.set.size), { ids, all: combined.all }, hasFilters(s)) + note);
  if (mine === generation) void countsAfter(mine, counts);
}

/** Shows the first results and the statement, and returns to a remembered scroll position. */
async function finish(mine: number, said: string): Promise<void> {
  const restoring = restoreScroll;
  await showResults(false, restoring?.shown);
  if (mine !== generation) return;
  list.removeAttribute('aria-busy');
  status.textContent = said;
  if (restoring) {
    restoreScroll = null;
    window.scrollTo(0, restoring.y);
  }
}

function excerptElement(content: PageText, match: RegionMatch): HTMLParagraphElement {
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
  const match = marksOf(item);
  const terms = highlightTerms(item.text!, match.regions, [...exactForms, ...checkedForms]);
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
  const partial = partialNote(concepts, item.matched);
  if (partial) {
    const note = document.createElement('p');
    note.className = 'result-partial';
    note.textContent = partial;
    li.append(note);
  }
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
      entry.append(a, excerptElement(item.text!, region));
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
async function showResults(next = false, count = PAGE_SIZE): Promise<void> {
  const mine = generation;
  const from = next ? shown : 0;
  // Only the results shown are loaded.
  const batch = await Promise.all(items.slice(from, from + Math.max(count, PAGE_SIZE)).map(load));
  if (mine !== generation) return;
  // Built apart and put in at once: the page is laid out once, with the new list.
  const elements = batch.map((item, i) => resultElement(item, from + i));
  if (next) list.append(...elements);
  else list.replaceChildren(...elements);
  shown = from + batch.length;
  more.hidden = shown >= items.length;
  if (next) list.querySelector<HTMLAnchorElement>(`li[data-index="${from}"] a`)?.focus();
}

/** Remembers in the current history entry where the reader was in the list, for coming back to it. */
function rememberScroll(): void {
  writeEntry();
  history.replaceState({ ...(history.state ?? {}), scrollY: window.scrollY, shown }, '');
}

/** The scroll position an entry remembers, if any. */
function remembered(entry: unknown): { y: number; shown: number } | null {
  const e = entry as { scrollY?: unknown; shown?: unknown } | null;
  return e && typeof e.scrollY === 'number' ? { y: e.scrollY, shown: typeof e.shown === 'number' ? e.shown : PAGE_SIZE } : null;
}

/**
 * Makes a state current: its results, and a new history entry (or the typing one, replaced). While typing, the
 * entry is written once the search is under way: writing history costs the browser several milliseconds a key,
 * better spent while Pagefind searches than before it starts.
 */
function go(next: SearchState, how: 'push' | 'replace', typing = false): void {
  const search = encodeState(next);
  if (sameState(next, state) && search === address) return;
  state = next;
  address = search;
  const url = `${location.pathname}${search}`;
  if (typing) {
    // Keys typed in a row make one entry, written when typing pauses (or the reader leaves): the first key's push
    // becomes the push of the last key's address.
    pendingEntry = { how: pendingEntry?.how ?? how, url };
    window.clearTimeout(entryTimer);
    entryTimer = window.setTimeout(writeEntry, ENTRY_PAUSE_MS);
  } else {
    writeEntry();
    if (how === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }
  void run(state);
}

/** Writes the history entry typing has left pending, if any. */
function writeEntry(): void {
  window.clearTimeout(entryTimer);
  const entry = pendingEntry;
  pendingEntry = null;
  if (!entry) return;
  if (entry.how === 'push') history.pushState(null, '', entry.url);
  else history.replaceState(null, '', entry.url);
}

function typed(): void {
  window.clearTimeout(typingTimer);
  const next = { ...state, q: input.value };
  go(next, typingEntry ? 'replace' : 'push', true);
  typingEntry = true;
}

/** Equivalent names for expanding queries; without them, search still works on the words as typed. */
async function loadNames(): Promise<NameIndex> {
  try {
    const response = await fetch(EQUIVALENTS);
    return response.ok ? nameIndex((await response.json()) as string[][]) : nameIndex([]);
  } catch {
    return nameIndex([]);
  }
}

async function start(): Promise<void> {
  root.hidden = false;
  noScript.hidden = true;
  // The page returns to where the reader was itself, once the results are back: the browser would scroll first.
  history.scrollRestoration = 'manual';
  restoreScroll = remembered(history.state);
  // Filters open beside the results on wide screens; on narrow ones the results come first, filters folded.
  filtersBox.open = window.matchMedia('(min-width: 48rem)').matches || hasFilters(state);
  setControls(state);
  try {
    namesReady = loadNames().then((loaded) => void (names = loaded));
    pagefind = (await import(/* @vite-ignore */ PAGEFIND)) as Pagefind;
    // Pagefind's own start (its index metadata and WebAssembly) goes on while the equivalents arrive.
    await pagefind.init();
  } catch {
    status.textContent = 'Search could not start in this browser.';
    noScript.hidden = false;
    return;
  }
  setControls(state);
  await run(state);

  input.addEventListener('input', () => {
    window.clearTimeout(typingTimer);
    typingTimer = window.setTimeout(typed, endsInShortWord(input.value) ? SHORT_WORD_PAUSE_MS : 0);
  });
  input.addEventListener('blur', () => {
    typingEntry = false;
    writeEntry();
  });
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
    writeEntry();
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
  // Leaving for a result (or anywhere): the entry keeps the scroll position and how many results were shown.
  list.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('a')) rememberScroll();
  });
  window.addEventListener('pagehide', rememberScroll);
  window.addEventListener('popstate', () => {
    typingEntry = false;
    window.clearTimeout(typingTimer);
    // Typing left behind: its entry is not written after the one the reader went back or forward to.
    window.clearTimeout(entryTimer);
    pendingEntry = null;
    state = decodeState(location.search);
    address = location.search;
    restoreScroll = remembered(history.state);
    setControls(state);
    void run(state);
  });
}

void start();
