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

const AFTER = '(?![\\p{L}\\p{N}])';
/** For names: "Cho Hyun" is not the start of "Cho Hyun-dong". */
const AFTER_NAME = '(?![\\p{L}\\p{N}]|[-\u2010\u2011]\\p{L})';

/** What a phrase and any text it matches share: no hyphens or spaces, one apostrophe, one case. */
function fold(text: string): string {
  return text
    .replace(new RegExp(`[\\s${HYPHEN_CLASS}]+`, 'g'), '')
    .replace(new RegExp(`[${APOSTROPHES}]`, 'g'), "'")
    .toLowerCase();
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Matches many phrases in one pass; where two start at one word, the longer phrase wins. Matches start only at
 * word starts, and only phrases beginning with that word's first letter are tried there, which keeps the cost
 * near linear in the text whatever the number of phrases.
 */
export class PhraseMatcher<T> {
  /** One sticky regex per first letter. */
  private readonly byFirstLetter = new Map<string, RegExp>();
  /** Entries by folded phrase: a match is checked only against the few entries it can be. */
  private readonly byFold = new Map<string, { regex: RegExp; value: T }[]>();

  /**
   * With `caseSensitive: false`, a phrase written in capitals only ("ALPS", "WPS") is an acronym and still
   * matches only in capitals, so "the Alps" is not ALPS treated water.
   */
  constructor(entries: Iterable<{ phrase: string; value: T }>, options: { caseSensitive: boolean; names?: boolean }) {
    const flags = options.caseSensitive ? 'u' : 'iu';
    const sorted = [...entries].map((e) => ({ ...e, phrase: e.phrase.trim() })).filter((e) => e.phrase !== '').sort((a, b) => b.phrase.length - a.phrase.length);
    const pattern = (phrase: string) => (!options.caseSensitive && isAcronym(phrase) ? `(?-i:${phrasePattern(phrase)})` : phrasePattern(phrase));
    const patternsByLetter = new Map<string, string[]>();
    for (const e of sorted) {
      const key = fold(e.phrase);
      const list = this.byFold.get(key) ?? this.byFold.set(key, []).get(key)!;
      list.push({ regex: new RegExp(`^(?:${pattern(e.phrase)})$`, flags), value: e.value });
      const letter = e.phrase[0]!.toLowerCase();
      (patternsByLetter.get(letter) ?? patternsByLetter.set(letter, []).get(letter)!).push(pattern(e.phrase));
    }
    const after = options.names ? AFTER_NAME : AFTER;
    for (const [letter, patterns] of patternsByLetter) this.byFirstLetter.set(letter, new RegExp(`(?:${patterns.join('|')})${after}`, `y${flags}`));
  }

  findAll(text: string): Match<T>[] {
    const found: Match<T>[] = [];
    let after = 0;
    for (const word of text.matchAll(WORD)) {
      if (word.index < after) continue;
      const regex = this.byFirstLetter.get(word[0][0]!.toLowerCase());
      if (!regex) continue;
      regex.lastIndex = word.index;
      const m = regex.exec(text);
      if (!m) continue;
      const entry = this.byFold.get(fold(m[0]))?.find((e) => e.regex.test(m[0]));
      if (entry) found.push({ value: entry.value, index: m.index, text: m[0] });
      after = m.index + m[0].length;
    }
    return found;
  }

  /** Distinct values found, in order of first appearance. */
  distinct(text: string): T[] {
    return [...new Set(this.findAll(text).map((m) => m.value))];
  }
}
