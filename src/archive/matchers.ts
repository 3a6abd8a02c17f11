// Finding curated phrases in text: whole words, any hyphen or apostrophe form, longest match first.

const HYPHENS = '-\u2010\u2011\u2012\u2013';
const HYPHEN_CLASS = '\\-\u2010\u2011\u2012\u2013';
const APOSTROPHES = "'\u2018\u2019";

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regular-expression source for a phrase: hyphens optional and of any form, apostrophes of any form. */
export function phrasePattern(phrase: string): string {
  let out = '';
  for (const char of phrase.trim()) {
    if (HYPHENS.includes(char)) out += `[${HYPHEN_CLASS}\\s]?`;
    else if (APOSTROPHES.includes(char)) out += `[${APOSTROPHES}]`;
    else if (/\s/.test(char)) out += `[\\s${HYPHEN_CLASS}]+`;
    else out += escape(char);
  }
  return out;
}

export interface Match<T> {
  value: T;
  index: number;
  text: string;
}

/** Capitals (and digits or punctuation) only, at least two letters: "ALPS", "UNSCRs" is not, "WMD" is. */
export function isAcronym(phrase: string): boolean {
  return !/\p{Ll}/u.test(phrase) && (phrase.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';

/** Matches many phrases in one pass; where two overlap, the longer phrase wins. */
export class PhraseMatcher<T> {
  private readonly combined: RegExp | undefined;
  private readonly each: { regex: RegExp; value: T }[];

  /**
   * With `caseSensitive: false`, a phrase written in capitals only ("ALPS", "WPS") is an acronym and still
   * matches only in capitals, so "the Alps" is not ALPS treated water.
   */
  constructor(entries: Iterable<{ phrase: string; value: T }>, options: { caseSensitive: boolean }) {
    const flags = options.caseSensitive ? 'u' : 'iu';
    const sorted = [...entries].filter((e) => e.phrase.trim() !== '').sort((a, b) => b.phrase.length - a.phrase.length);
    const pattern = (phrase: string) => (!options.caseSensitive && isAcronym(phrase) ? `(?-i:${phrasePattern(phrase)})` : phrasePattern(phrase));
    this.each = sorted.map((e) => ({ regex: new RegExp(`^(?:${pattern(e.phrase)})$`, flags), value: e.value }));
    this.combined = sorted.length ? new RegExp(`${BEFORE}(?:${sorted.map((e) => pattern(e.phrase)).join('|')})${AFTER}`, `g${flags}`) : undefined;
  }

  findAll(text: string): Match<T>[] {
    if (!this.combined) return [];
    const found: Match<T>[] = [];
    for (const m of text.matchAll(this.combined)) {
      const entry = this.each.find((e) => e.regex.test(m[0]));
      if (entry) found.push({ value: entry.value, index: m.index, text: m[0] });
    }
    return found;
  }

  /** Distinct values found, in order of first appearance. */
  distinct(text: string): T[] {
    return [...new Set(this.findAll(text).map((m) => m.value))];
  }
}
