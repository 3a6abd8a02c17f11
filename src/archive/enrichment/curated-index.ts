// Lookups over the curated data: who a name refers to, which country or place a word names, which topics a text raises.
import type { Curated } from './curated.ts';
import { PhraseMatcher, phrasePattern, type Match } from './matchers.ts';
import type { Country, Person, Topic } from '../schema.ts';
import { byCodePoint } from '../compare.ts';
import { countryOfPlace } from './gazetteer.ts';

type Office = Person['offices'][number];

/** True when a date (YYYY-MM-DD) falls within an office held from/to dates that may be partial. */
export function holdsOfficeOn(office: Office, date: string): boolean {
  const from = office.from;
  const to = office.to;
  if (date.slice(0, from.length) < from) return false;
  if (to && date.slice(0, to.length) > to) return false;
  return true;
}

export interface PersonReference {
  person: Person;
  office?: Office;
  /** The full name as the text writes it, when it writes one ("Antony J. Blinken" in "Secretary of State Antony J. Blinken"). */
  fullName?: string;
}

/** The family name in every spelling the aliases use: "Koumura" beside "Komura", "Suh" beside "Seo". */
function familySpellings(person: Person): Set<string> {
  const given = new Set(person.given.toLowerCase().split(/[\s-]+/));
  const spellings = new Set([person.family.toLowerCase()]);
  for (const alias of person.aliases) {
    const words = alias.split(/\s+/).filter((w) => !given.has(w.toLowerCase().replace(/-/g, '')) && !given.has(w.toLowerCase()) && !/^[A-Z]\.$/.test(w));
    if (words.length === 1 && !person.given.toLowerCase().includes(words[0]!.toLowerCase())) spellings.add(words[0]!.toLowerCase());
  }
  return spellings;
}

/**
 * Finds "<style> <family name>" ("Foreign Minister Hayashi") for the people holding office: one regex over the
 * few distinct styles, then a lookup of style and name, so the cost does not grow with the number of people.
 */
class StyleMatcher {
  private readonly regex: RegExp | undefined;
  private readonly refs = new Map<string, PersonReference>();

  constructor(holders: { person: Person; office: Office }[]) {
    const styles = new Set<string>();
    for (const { person, office } of holders) {
      for (const style of office.styles) {
        styles.add(style);
        for (const family of familySpellings(person)) {
          const key = `${style.toLowerCase()}|${family}`;
          if (!this.refs.has(key)) this.refs.set(key, { person, office });
        }
      }
    }
    const patterns = [...styles].sort((a, b) => b.length - a.length).map(phrasePattern);
    this.regex = patterns.length ? new RegExp(`(?<![\\p{L}\\p{N}])(${patterns.join('|')})\\s+([\\p{L}'’-]+?)(?:['’]s)?(?![\\p{L}\\p{N}'’-])`, 'giu') : undefined;
  }

  findAll(text: string): Match<PersonReference>[] {
    if (!this.regex) return [];
    const found: Match<PersonReference>[] = [];
    for (const m of text.matchAll(this.regex)) {
      const style = m[1]!.replace(/\s+/g, ' ').toLowerCase();
      const ref = this.refs.get(`${style}|${m[2]!.toLowerCase()}`) ?? this.shorterStyle(style, m[2]!);
      if (ref) found.push('skip' in ref ? { value: ref.value, index: m.index + ref.skip, text: m[0].slice(ref.skip) } : { value: ref, index: m.index, text: m[0] });
    }
    return found;
  }

  /** "Japanese Foreign Minister Kono" where only "Foreign Minister" is a style of Kono's: try the style's tail. */
  private shorterStyle(style: string, family: string): { value: PersonReference; skip: number } | undefined {
    const words = style.split(' ');
    for (let i = 1; i < words.length; i++) {
      const ref = this.refs.get(`${words.slice(i).join(' ')}|${family.toLowerCase()}`);
      if (ref) return { value: ref, skip: words.slice(0, i).join(' ').length + 1 };
    }
    return undefined;
  }
}

const PORTFOLIO = /\b(?:for|to|on|in|toward|towards|with)\s+(?:the\s+)?$/i;
/** Offices of the U.S. government that name no country: "Deputy Secretary of State", "the White House". */
const US_INSTITUTION = /\b(?:Department of State|State Department|White House|National Security Council|Secretary of State(?! for)|Deputy Secretary of State|Under Secretary of State|Assistant Secretary of State)\b/;

export class CuratedIndex {
  readonly countries: Map<string, Country>;
  readonly people: Map<string, Person>;
  readonly topics: Map<string, Topic>;
  readonly countryOrder: Map<string, number>;
  private readonly countryOfIso: Map<string, string>;
  readonly topicOrder: Map<string, number>;
  private readonly countryMatcher: PhraseMatcher<string>;
  private readonly cityMatcher: PhraseMatcher<{ city: string; country: string }>;
  private readonly placingMatcher: PhraseMatcher<string>;
  private readonly aliasMatcher: PhraseMatcher<string>;
  private readonly aliasMatcherAnyCase: PhraseMatcher<string>;
  private readonly topicMatcher: PhraseMatcher<string>;
  private readonly styleMatchers = new Map<string, StyleMatcher>();

  private readonly curated: Curated;

  constructor(curated: Curated) {
    this.curated = curated;
    this.countries = new Map(curated.countries.map((c) => [c.id, c]));
    this.people = new Map(curated.people.map((p) => [p.id, p]));
    this.topics = new Map(curated.topics.map((t) => [t.id, t]));
    this.countryOrder = new Map(curated.countries.map((c, i) => [c.id, i]));
    this.countryOfIso = new Map(curated.countries.map((c) => [c.iso, c.id]));
    this.topicOrder = new Map(curated.topics.map((t, i) => [t.id, i]));
    this.countryMatcher = new PhraseMatcher(
      curated.countries.flatMap((c) => [c.name, ...c.aliases].map((phrase) => ({ phrase, value: c.id }))),
      { caseSensitive: true },
    );
    this.cityMatcher = new PhraseMatcher(
      curated.countries.flatMap((c) => c.cities.map((city) => ({ phrase: city, value: { city, country: c.id } }))),
      { caseSensitive: true },
    );
    this.placingMatcher = new PhraseMatcher(
      curated.countries.flatMap((c) => [c.name, ...c.aliases, ...c.demonyms].map((phrase) => ({ phrase, value: c.id }))),
      { caseSensitive: true },
    );
    const aliases = curated.people.flatMap((p) => p.aliases.map((phrase) => ({ phrase, value: p.id })));
    this.aliasMatcher = new PhraseMatcher(aliases, { caseSensitive: true, names: true });
    this.aliasMatcherAnyCase = new PhraseMatcher(aliases, { caseSensitive: false, names: true });
    this.topicMatcher = new PhraseMatcher(
      curated.topics.flatMap((t) => t.phrases.map((phrase) => ({ phrase, value: t.id }))),
      { caseSensitive: false },
    );
  }

  /** "Minister Park", "SECRETARY BLINKEN": styles of offices held on the date, before a family name. */
  private styleMatcher(date: string): StyleMatcher {
    const holders: { person: Person; office: Office }[] = [];
    for (const person of this.curated.people) {
      for (const office of person.offices) if (holdsOfficeOn(office, date)) holders.push({ person, office });
    }
    // Cached by who holds office, not by date: the holders change far less often than the dates do.
    const key = holders.map((h) => `${h.person.id}:${h.person.offices.indexOf(h.office)}`).join(',');
    let matcher = this.styleMatchers.get(key);
    if (!matcher) {
      matcher = new StyleMatcher(holders);
      this.styleMatchers.set(key, matcher);
    }
    return matcher;
  }

  officeOn(person: Person, date: string): Office | undefined {
    return person.offices.find((o) => holdsOfficeOn(o, date));
  }

  /** Who a name as written refers to on a date: full name in any case first, then style and family name. */
  resolvePerson(name: string, date: string): PersonReference | undefined {
    const byAlias = this.aliasMatcher.findAll(name)[0] ?? this.aliasMatcherAnyCase.findAll(name)[0];
    if (byAlias) {
      const person = this.people.get(byAlias.value)!;
      return { person, office: this.officeOn(person, date), fullName: byAlias.text };
    }
    return this.styleMatcher(date).findAll(name)[0]?.value;
  }

  /** People a text names, by full name or by style and family name, in order of first mention. */
  peopleIn(text: string, date: string): { id: string; index: number; length: number }[] {
    const found = [
      ...this.aliasMatcher.findAll(text).map((m) => ({ id: m.value, index: m.index, length: m.text.length })),
      ...this.styleMatcher(date).findAll(text).map((m) => ({ id: m.value.person.id, index: m.index, length: m.text.length })),
    ];
    return found.sort((a, b) => a.index - b.index);
  }

  countriesIn(text: string): string[] {
    return this.sortCountries(this.countryMatcher.distinct(text));
  }

  /** The country a person phrase places someone in ("Japanese Foreign Minister", "Minister of ... the Republic of Korea"). */
  countryOfPerson(text: string): string | undefined {
    // A country an office is "for", "to" or "on" is its portfolio or posting, not the person's: the "Special
    // Representative for North Korea" and the "Ambassador to Japan" are of neither.
    const own = this.placingMatcher.findAll(text).find((m) => !PORTFOLIO.test(text.slice(Math.max(0, m.index - 16), m.index)));
    if (own) return own.value;
    return US_INSTITUTION.test(text) ? 'united-states' : undefined;
  }

  /** Every curated person a phrase names, in order: "Secretary Blinken and Foreign Minister Park Jin" names two. */
  resolveAllPeople(text: string, date: string): PersonReference[] {
    const found = new Map<string, PersonReference>();
    const all = [
      ...this.aliasMatcherAnyCase.findAll(text).map((m) => ({ index: m.index, ref: { person: this.people.get(m.value)!, fullName: m.text } as PersonReference })),
      ...this.styleMatcher(date).findAll(text).map((m) => ({ index: m.index, ref: m.value })),
    ].sort((a, b) => a.index - b.index);
    for (const { ref } of all) {
      const known = found.get(ref.person.id);
      if (!known) found.set(ref.person.id, { ...ref, office: ref.office ?? this.officeOn(ref.person, date) });
      else known.fullName ??= ref.fullName;
    }
    return [...found.values()];
  }

  topicsIn(text: string): string[] {
    return this.sortTopics(this.topicMatcher.distinct(text));
  }

  /**
   * A place as written ("Indonesia (Jakarta)", "Busan, the Republic of Korea", "Cornwall") as city and country:
   * curated cities first, then the gazetteer, preferring a country the text names beside the place and then the
   * countries taking part (`preferred`).
   */
  resolvePlace(text: string, preferred: readonly string[] = []): { city?: string; country?: string; unknown: string[] } {
    // A city written with a comma ("Washington, D.C.") is matched whole before the text is split; a sentence's
    // full stop may have taken its final period.
    const bare = (t: string) => t.trim().replace(/\.$/, '');
    const whole = this.curated.countries.flatMap((c) => c.cities.map((city) => ({ city, country: c.id }))).find((c) => bare(c.city) === bare(text));
    if (whole) return { ...whole, unknown: [] };
    const parts = text
      .split(/[,()]/)
      .map((p) => p.trim().replace(/^the\s+/i, ''))
      .filter(Boolean);
    let country: string | undefined;
    const rest: string[] = [];
    for (const part of parts) {
      const asCountry = this.countryMatcher.findAll(part).find((m) => m.text.length >= part.length - 4);
      if (asCountry && (!country || country === asCountry.value)) country = asCountry.value;
      else rest.push(part);
    }
    let city: string | undefined;
    const unknown: string[] = [];
    for (const part of rest) {
      const asCity = this.cityMatcher.findAll(part).find((m) => m.text === part);
      if (asCity && !city && (!country || country === asCity.value.country)) {
        city = asCity.value.city;
        country ??= asCity.value.country;
        continue;
      }
      const isoOf = (ids: readonly string[]) => ids.flatMap((id) => this.countries.get(id)?.iso ?? []);
      const iso = !city && /^\p{Lu}/u.test(part) ? countryOfPlace(part, isoOf(country ? [country] : []), isoOf(preferred)) : undefined;
      const found = iso ? this.countryOfIso.get(iso) : undefined;
      if (found && (!country || country === found)) {
        city = part;
        country ??= found;
      } else unknown.push(part);
    }
    return { ...(city ? { city } : {}), ...(country ? { country } : {}), unknown };
  }

  sortCountries(ids: Iterable<string>): string[] {
    return [...new Set(ids)].sort((a, b) => (this.countryOrder.get(a) ?? 1e9) - (this.countryOrder.get(b) ?? 1e9) || byCodePoint(a, b));
  }

  sortTopics(ids: Iterable<string>): string[] {
    return [...new Set(ids)].sort((a, b) => (this.topicOrder.get(a) ?? 1e9) - (this.topicOrder.get(b) ?? 1e9) || byCodePoint(a, b));
  }
}
