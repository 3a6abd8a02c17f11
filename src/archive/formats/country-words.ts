// Words that name a country or its people ("Japan", "Russian Federation", "ROK"): in a person phrase they place the
// person, never form part of the name. From the ISO 3166 list with demonyms, plus the short forms readouts use.
// Many-word names count only as a whole ("Saint Pierre and Miquelon" does not make "Pierre" a country word).
import worldCountries from 'world-countries';

const SHORT_FORMS = ['U.S.', 'U.S', 'US', 'USA', 'U.S.A.', 'UK', 'U.K.', 'ROK', 'DPRK', 'PRC', 'EU', 'Korea', 'Korean', 'American', 'British', 'Chinese', 'Japanese'];

const SINGLE = new Set<string>(SHORT_FORMS);
const MULTI = new Set<string>(['United States', 'United Kingdom', 'Republic of Korea', "People's Republic of China", 'People’s Republic of China']);
for (const c of worldCountries) {
  const names = [c.name.common, c.name.official, ...c.altSpellings, c.demonyms?.eng?.m ?? '', c.demonyms?.eng?.f ?? ''];
  for (const name of names) {
    if (!/^[A-Za-z .'’()-]+$/.test(name) || name.length < 3) continue;
    if (/\s/.test(name.trim())) MULTI.add(name.trim());
    else if (/^\p{Lu}/u.test(name)) SINGLE.add(name);
  }
}
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]");
const MULTI_PATTERN = new RegExp(`(?<![\\p{L}])(?:${[...MULTI].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}])`, 'gu');

export function isCountryWord(word: string): boolean {
  return SINGLE.has(word);
}

/** Where many-word country names stand in a text, as [start, end) offsets. */
export function countrySpans(text: string): [number, number][] {
  return [...text.matchAll(MULTI_PATTERN)].map((m) => [m.index, m.index + m[0].length]);
}

/** For each word of a text split at white space, whether it stands inside a many-word country name. */
export function countryWordMask(text: string, words: readonly string[]): boolean[] {
  const spans = countrySpans(text);
  const mask: boolean[] = [];
  let offset = 0;
  for (const w of words) {
    const at = text.indexOf(w, offset);
    mask.push(spans.some(([s, e]) => at >= s && at < e));
    offset = at + w.length;
  }
  return mask;
}
