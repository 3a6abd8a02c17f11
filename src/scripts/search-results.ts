// From a Pagefind result to what the search page shows: the paragraphs that match, their excerpts with the
// searched words marked, the words to highlight on the meeting page, and the order and counts of results.
import { isStopWord } from './search-concepts.ts';
import { findForms, findPhrase, indexWords, normaliseWord, splitWords, stem, type IndexedWord, type Word } from './search-text.ts';

/** An element with an id, as Pagefind records it: its position is a word index in the page's content. */
export interface Anchor {
  element: string;
  id: string;
  text?: string;
  title?: string;
  location: number;
}

/** A stretch of the page a result can link to: a paragraph, a heading's section, or the page's opening. */
export interface Region {
  /** The element id to link to; null for the words before the first anchor (title and participants). */
  id: string | null;
  title: string;
  start: number;
  end: number;
}

export interface RegionMatch {
  region: Region;
  /** Word positions to mark, in order. */
  marks: number[];
  /** Runs of marked words here: the passages with most rank first. */
  hits: number;
}

/**
 * A page's words, split and normalised once: a result is marked, excerpted and highlighted from the same words,
 * and again for each query typed while the page stays loaded.
 */
export interface PageText {
  raw: string[];
  /** Every word that is not only punctuation, in order. */
  indexed: IndexedWord[];
}

export function pageText(content: string): PageText {
  const raw = splitWords(content);
  return { raw, indexed: indexWords(raw) };
}

const textOf = (text: string | PageText): PageText => (typeof text === 'string' ? pageText(text) : text);

/** The first indexed word at or after a position. */
function firstAt(indexed: readonly IndexedWord[], position: number): number {
  let lo = 0;
  let hi = indexed.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (indexed[mid]!.index < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The indexed words of a stretch of the page. */
function wordsBetween(text: PageText, from: number, to: number): IndexedWord[] {
  return text.indexed.slice(firstAt(text.indexed, from), firstAt(text.indexed, to));
}

export interface Segment {
  text: string;
  mark: boolean;
}

/**
 * Splits a page at its anchors as Pagefind's sub-results do: at elements with an id and a
 * data-pagefind-title (paragraphs), and at headings with an id and text.
 */
export function regionsOf(wordCount: number, anchors: readonly Anchor[], pageTitle: string): Region[] {
  const usable = anchors
    .filter((a) => (a.title && /\S/.test(a.title)) || (/^h\d$/i.test(a.element) && a.text && /\S/.test(a.text)))
    .sort((a, b) => a.location - b.location);
  const regions: Region[] = [];
  let current: Omit<Region, 'end'> = { id: null, title: pageTitle, start: 0 };
  for (const anchor of usable) {
    regions.push({ ...current, end: anchor.location });
    current = { id: anchor.id, title: (anchor.title?.trim() || anchor.text?.trim()) ?? anchor.id, start: anchor.location };
  }
  regions.push({ ...current, end: Math.max(current.start, wordCount) });
  // Anchors at one position leave empty regions: the last of them names the region, as in Pagefind.
  return regions.filter((r) => r.end > r.start);
}

/**
 * Marks what matched on a page: Pagefind's word positions and every other place of the forms it matched, and each checked form
 * (U.S.) where a region holds it as written; a form never runs from one paragraph into the next. A run of
 * marks made only of stop words ("the", "is") is dropped: a stop word alone is never marked. `found` says, for
 * each checked form, whether the page holds it.
 */
export function markPage(
  content: string | PageText,
  regions: readonly Region[],
  locations: readonly number[],
  checked: readonly (readonly Word[])[],
  matched: readonly (readonly Word[])[] = [],
): { regions: RegionMatch[]; found: boolean[] } {
  const text = textOf(content);
  const raw = text.raw;
  const found = checked.map(() => false);
  const matches = regions.map((region): RegionMatch => {
    const words = wordsBetween(text, region.start, region.end);
    const marks = new Set<number>();
    for (const i of locations) if (i >= region.start && i < region.end) marks.add(i);
    // Pagefind's exact search names only a form's first place on a page: the others are found here.
    for (const form of matched) for (const [from, to] of findForms(form, words)) for (let i = from; i <= to; i++) marks.add(i);
    checked.forEach((form, f) => {
      for (const [from, to] of findPhrase(form, words)) {
        found[f] = true;
        for (let i = from; i <= to; i++) marks.add(i);
      }
    });
    const runs = runsOf([...marks].sort((a, b) => a - b)).filter((run) => !run.every((i) => isStopWord(raw[i] ?? '')));
    return { region, marks: runs.flat(), hits: runs.length };
  });
  return { regions: matches.filter((r) => r.marks.length > 0), found };
}

/** Consecutive positions grouped: [3, 4, 9] → [[3, 4], [9]]. */
function runsOf(sorted: readonly number[]): number[][] {
  const runs: number[][] = [];
  for (const i of sorted) {
    const last = runs.at(-1);
    if (last && last.at(-1) === i - 1) last.push(i);
    else runs.push([i]);
  }
  return runs;
}

/** The regions worth showing, at most `limit`: most hits, then most marked words; in page order. */
export function bestRegions(matches: readonly RegionMatch[], limit: number): RegionMatch[] {
  const best = new Set([...matches].sort((a, b) => b.hits - a.hits || b.marks.length - a.marks.length).slice(0, limit));
  return matches.filter((m) => best.has(m));
}

const EDGES = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su;

/**
 * An excerpt of a region, at most `length` words, starting a few words before its first marked word, with an
 * ellipsis where the region goes on; consecutive marked words form one mark.
 */
export function excerpt(content: string | PageText, match: RegionMatch, length = 36): Segment[] {
  const raw = typeof content === 'string' ? splitWords(content) : content.raw;
  const { start: regionStart, end: regionEnd } = match.region;
  const first = match.marks[0] ?? regionStart;
  const lead = Math.min(6, Math.floor(length / 3));
  const end = Math.min(regionEnd, Math.max(first - lead, regionStart) + length);
  const start = Math.max(regionStart, end - length);
  const marked = new Set(match.marks);
  const segments: Segment[] = [];
  const push = (text: string, mark: boolean) => {
    const previous = segments.at(-1);
    if (previous && previous.mark === mark) previous.text += text;
    else segments.push({ text, mark });
  };
  if (start > regionStart) push('… ', false);
  for (let i = start; i < end; i++) {
    const word = raw[i] ?? '';
    if (!word) continue;
    // Punctuation at the edges of a marked word stays outside the mark: "<mark>abductions issue</mark>."
    const [, before = '', core = '', after = ''] = marked.has(i) ? (EDGES.exec(word) ?? []) : ['', '', word, ''];
    const joinsMark = marked.has(i) && marked.has(i - 1) && !before && !/[^\p{L}\p{N}]$/u.test(raw[i - 1] ?? '');
    if (i > start) push(' ', joinsMark);
    if (before) push(before, false);
    push(core, marked.has(i) && core.length > 0);
    if (after) push(after, false);
  }
  if (end < regionEnd) push(' …', false);
  return segments;
}

const TRIM = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** A run of text split at spaces and at dashes between letters, each part with where it starts and ends. */
function partsOf(text: string): { norm: string; start: number; end: number }[] {
  const parts: { norm: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(/[^\s\-‐‑‒–—―]+/gu)) {
    const norm = normaliseWord(m[0])?.joined;
    if (norm) parts.push({ norm, start: m.index, end: m.index + m[0].length });
  }
  return parts;
}

const samePart = (q: string, t: string) => q === t || (!q.includes('.') && q === t.replaceAll('.', '')) || stem(q) === stem(t);

/**
 * The part of a marked run that a form names: "DPRK" in "Japan-DPRK", "North Korea" in "Japan-North Korea", so
 * the meeting page marks what was searched for and not the compound around it. The whole run when none does.
 */
function narrowed(run: string, forms: readonly (readonly Word[])[]): string {
  const parts = partsOf(run);
  for (const form of forms) {
    const wanted = form.flatMap((w) => w.parts);
    for (let i = 0; i + wanted.length <= parts.length; i++) {
      if (wanted.every((q, j) => samePart(q, parts[i + j]!.norm))) return run.slice(parts[i]!.start, parts[i + wanted.length - 1]!.end);
    }
  }
  return run;
}

/**
 * The page's own spelling of what matched, for the highlight on the meeting page: runs of marked words,
 * narrowed to the part a searched form names, trimmed of punctuation at their edges ("Indo-Pacific", "abductions
 * issue", "U.S."), at most `limit`.
 */
export function highlightTerms(content: string | PageText, matches: readonly RegionMatch[], forms: readonly (readonly Word[])[] = [], limit = 8): string[] {
  const raw = typeof content === 'string' ? splitWords(content) : content.raw;
  const terms: string[] = [];
  for (const { marks } of matches) {
    let run: string[] = [];
    const flush = () => {
      const whole = narrowed(run.join(' '), forms);
      let text = whole.replace(TRIM, '');
      // An abbreviation keeps its final full stop: "U.S.", not "U.S".
      if (/\p{L}\.\p{L}$/u.test(text) && whole.startsWith(`${text}.`, whole.lastIndexOf(text))) text += '.';
      if (text && !terms.some((t) => t.toLowerCase() === text.toLowerCase())) terms.push(text);
      run = [];
    };
    marks.forEach((m, i) => {
      if (i > 0 && m !== marks[i - 1]! + 1) flush();
      run.push(raw[m] ?? '');
    });
    flush();
  }
  return terms.slice(0, limit);
}

/** A meeting-page address carrying the words to highlight and the paragraph to open. */
export function resultUrl(pageUrl: string, terms: readonly string[], anchor: string | null): string {
  const url = new URL(pageUrl, 'https://archive.invalid');
  url.search = '';
  for (const term of terms) url.searchParams.append('highlight', term);
  url.hash = anchor ? anchor : '';
  return `${url.pathname}${url.search}${url.hash}`;
}

/** Stable partition: results whose id is in `first` come first, each group keeping its order. */
export function firstThose<T extends { id: string }>(results: readonly T[], first: ReadonlySet<string>): T[] {
  return [...results.filter((r) => first.has(r.id)), ...results.filter((r) => !first.has(r.id))];
}
