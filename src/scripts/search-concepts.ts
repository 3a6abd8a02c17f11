// What a query asks for, as the search page states it back: each quoted phrase, each name (with the names the
// curated data gives as equivalent: "DPRK", "North Korea"), each other word. A meeting matches a concept when it
// holds any of its forms; the page says whether meetings matched all concepts or only some, and which.
import { isPlain, type Query, type Term } from './search-query.ts';
import { fold, queryWords, wordMatches, type Word } from './search-text.ts';

/** One way of writing a concept. */
export interface Form {
  text: string;
  words: Word[];
  /**
   * Pagefind's exact search decides it alone (words and phrases of letters and digits, which it matches whole
   * and with their other endings); otherwise its matches are candidates checked against the text (U.S.).
   */
  exact: boolean;
}

export interface Concept {
  /** As typed. */
  label: string;
  kind: 'phrase' | 'word' | 'name';
  /** As typed first, then the equivalents. */
  forms: Form[];
}

/** Words too common to stand alone as a mark, or to be read as a name when typed in lower case ("us"). */
export const STOP_WORDS = new Set(
  'a an and are as at be but by for from has have he her his i if in into is it its of on or our she so that the their them they this to us was we were which who will with'.split(' '),
);

export const isStopWord = (word: string) => STOP_WORDS.has(fold(word).replace(/[^\p{L}\p{N}]/gu, ''));

const APOSTROPHES = /['’‘ʼ]/g;

function typedForm(term: Term, plain: boolean): Form {
  return { text: term.text, words: term.words, exact: plain };
}

/**
 * An equivalent as a form. Apostrophes do not matter for a name ("People's", "Peoples"), so they are dropped and
 * Pagefind decides; abbreviations with full stops (U.S.A.) are checked. A bare acronym that reads as a common
 * word ("US") is left out: its dotted spelling finds it without finding "us".
 */
function equivalentForm(name: string): Form | null {
  const text = name.replace(APOSTROPHES, '');
  const words = queryWords(text);
  if (!words.length || (words.length === 1 && !text.includes('.') && isStopWord(text))) return null;
  return { text, words, exact: text.split(/\s+/).every((w) => isPlain(w)) };
}

export interface NameIndex {
  /** Equivalence groups by the joined form of their first word, longest names first. */
  byFirst: Map<string, { words: Word[]; group: string[] }[]>;
}

const key = (word: Word) => word.joined.replaceAll('.', '');

export function nameIndex(groups: readonly (readonly string[])[]): NameIndex {
  const byFirst: NameIndex['byFirst'] = new Map();
  for (const group of groups) {
    for (const name of group) {
      const words = queryWords(name.replace(APOSTROPHES, ''));
      if (!words.length) continue;
      const list = byFirst.get(key(words[0]!)) ?? [];
      list.push({ words, group: [...group] });
      byFirst.set(key(words[0]!), list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst };
}

/** The longest name starting at a typed word, as whole words; a lower-case stop word ("us") starts none. */
function nameAt(loose: Query['loose'], i: number, names: NameIndex): { length: number; group: string[] } | null {
  const first = loose[i]!;
  if (first.words.length !== 1) return null;
  for (const candidate of names.byFirst.get(key(first.words[0]!)) ?? []) {
    const n = candidate.words.length;
    if (i + n > loose.length) continue;
    const run = loose.slice(i, i + n);
    if (!run.every((t, j) => t.words.length === 1 && wordMatches(t.words[0]!, candidate.words[j]!, 'middle'))) continue;
    if (n === 1 && first.text === first.text.toLowerCase() && isStopWord(first.text)) continue;
    return { length: n, group: candidate.group };
  }
  return null;
}

/**
 * The concepts of a query: quoted phrases as written (quotes ask for the exact words, so no equivalents), then
 * the unquoted words in order, a run of them that spells a name becoming that name with its equivalents.
 */
export function conceptsOf(query: Query, names: NameIndex): Concept[] {
  const concepts: Concept[] = query.phrases.map((p) => ({ label: p.text, kind: 'phrase', forms: [typedForm(p, p.text.split(' ').every(isPlain))] }));
  const loose = query.loose;
  for (let i = 0; i < loose.length; ) {
    const name = nameAt(loose, i, names);
    if (name) {
      const run = loose.slice(i, i + name.length);
      const label = run.map((t) => t.text).join(' ');
      const typed = typedForm({ text: label, words: run.flatMap((t) => t.words) }, run.every((t) => t.plain) && !(run.length === 1 && isStopWord(label)));
      const seen = new Set([fold(label)]);
      const forms = [typed];
      for (const other of name.group) {
        const form = equivalentForm(other);
        const k = form && fold(form.text);
        if (form && k && !seen.has(k)) (seen.add(k), forms.push(form));
      }
      concepts.push({ label, kind: 'name', forms });
      i += name.length;
    } else {
      const t = loose[i]!;
      concepts.push({ label: t.text, kind: 'word', forms: [typedForm(t, t.plain)] });
      i++;
    }
  }
  return concepts;
}

/** Pagefind's query for a form: an exact search in quotes, or for a checked form its words (and an abbreviation with spaces, as Pagefind indexes it inside compounds: "Japan-ROK-U.S."). */
export function pagefindTerms(form: Form): string[] {
  if (form.exact) return [`"${form.text}"`];
  const spaced = form.text
    .split(' ')
    .map((word) => (/\p{L}\.\p{L}/u.test(word) ? word.replaceAll('.', ' ').trim() : word))
    .join(' ');
  return spaced === form.text ? [form.text] : [form.text, spaced];
}

/** For several plain words typed together, the same words as an exact phrase: meetings with them together rank first. */
export function togetherPhrase(concepts: readonly Concept[]): string | null {
  const words = concepts.filter((c) => c.kind === 'word' && c.forms[0]!.exact && !isStopWord(c.label));
  return words.length > 1 && words.length === concepts.length ? `"${words.map((c) => c.label).join(' ')}"` : null;
}

export interface Combined {
  /** The meetings shown: those matching every concept, or, when none does, those matching any. */
  ids: string[];
  all: boolean;
  /** For each meeting shown, the indexes of the concepts it matches. */
  matched: Map<string, number[]>;
}

/**
 * Combines the meetings of each concept (id → score). Meetings matching every concept if there are any; else
 * every meeting matching one, those matching most first. Within that, by score.
 */
export function combine(sets: readonly ReadonlyMap<string, number>[]): Combined {
  const matched = new Map<string, number[]>();
  const score = new Map<string, number>();
  sets.forEach((set, c) => {
    for (const [id, s] of set) {
      matched.set(id, [...(matched.get(id) ?? []), c]);
      score.set(id, (score.get(id) ?? 0) + s);
    }
  });
  const everyOne = [...matched.keys()].filter((id) => matched.get(id)!.length === sets.length);
  const all = everyOne.length > 0 || sets.length === 0;
  const ids = all ? everyOne : [...matched.keys()];
  ids.sort((a, b) => matched.get(b)!.length - matched.get(a)!.length || score.get(b)! - score.get(a)!);
  return { ids, all, matched: new Map(ids.map((id) => [id, matched.get(id)!])) };
}

/**
 * Relevance order: meetings matching more concepts first, then as Pagefind ranks the words of the whole query
 * (its exact searches score every match alike), those it does not rank after, by score.
 */
export function byRelevance(combined: Combined, rank: ReadonlyMap<string, number>): string[] {
  const at = (id: string) => rank.get(id) ?? Number.POSITIVE_INFINITY;
  return [...combined.ids].sort((a, b) => combined.matched.get(b)!.length - combined.matched.get(a)!.length || at(a) - at(b));
}

/** The words of a query for Pagefind's own ranking: everything typed, without quotes. */
export function rankingTerm(raw: string): string | null {
  const words = raw.replace(/["“”„«»]/g, ' ').trim().replace(/\s+/g, ' ');
  return words || null;
}

const quoted = (text: string) => `“${text}”`;
const meetings = (n: number) => (n === 0 ? 'no meeting' : n === 1 ? '1 meeting' : `${n} meetings`);
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function list(items: readonly string[], last: 'and' | 'or'): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}`;
}

/** A concept as the statement names it: the exact phrase, a word, or a name with the spellings searched. */
export function describeConcept(concept: Concept): string {
  if (concept.kind === 'phrase') return `the exact phrase ${quoted(concept.label)}`;
  if (concept.kind === 'name' && concept.forms.length > 1) return `${quoted(concept.label)} (or ${list(concept.forms.slice(1).map((f) => f.text), 'or')})`;
  return quoted(concept.label);
}

/**
 * What the results are, said plainly: how many meetings match, and what they match (every concept, or some of
 * them and which, with how many meetings hold each). `counts` are the meetings holding each concept.
 */
export function statement(concepts: readonly Concept[], counts: readonly number[], combined: Pick<Combined, 'ids' | 'all'>, filtered: boolean): string {
  const n = combined.ids.length;
  const verb = n === 1 ? 'matches' : 'match';
  const filters = filtered ? (concepts.length ? ' with the chosen filters' : ' the chosen filters') : '';
  const count = n === 0 ? 'No meetings' : meetings(n);
  if (!concepts.length) return `${count} ${verb}${filters}.`;
  if (concepts.length === 1) return `${count} ${verb} ${describeConcept(concepts[0]!)}${filters}.`;
  const described = concepts.map(describeConcept);
  if (combined.all) return `${count} ${verb} all of ${list(described, 'and')}${filters}.`;
  const each = concepts.map((c, i) => `${describeConcept(c)} is in ${meetings(counts[i] ?? 0)}`);
  const none = `No meeting matches all of ${list(described, 'and')}${filters}`;
  if (n === 0) return `${none}, nor any of them.`;
  return `${none}: ${count === '1 meeting' ? 'the 1 meeting shown matches' : `the ${n} shown match`} only some. ${capital(list(each, 'and'))}.`;
}

/** For a meeting that matches only some concepts: which it has and which it lacks. */
export function partialNote(concepts: readonly Concept[], matched: readonly number[]): string | null {
  if (matched.length === concepts.length) return null;
  const has = concepts.filter((_, i) => matched.includes(i)).map((c) => quoted(c.label));
  const lacks = concepts.filter((_, i) => !matched.includes(i)).map((c) => quoted(c.label));
  return `Has ${list(has, 'and')}; not ${list(lacks, 'or')}.`;
}
