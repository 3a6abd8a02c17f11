// City lines with a slip of the keyboard ("Tokyp, Japan", "Washingtion, DC"): the country on the line says where to
// look, and a city of that country one letter away is what was meant. Only large cities are taken, and only when
// the written name is no place of that country at all, so a real small town is never "corrected".
import worldCountries from 'world-countries';
import { placesNamed } from '../enrichment/gazetteer.ts';

const COUNTRY_CODES = new Map<string, string>();
for (const c of worldCountries) {
  for (const name of [c.name.common, c.name.official, ...c.altSpellings]) COUNTRY_CODES.set(name.toLowerCase(), c.cca2);
}
for (const name of ['dc', 'd.c.', 'u.s.', 'usa', 'south korea', 'korea']) COUNTRY_CODES.set(name, name.includes('korea') ? 'KR' : 'US');

/** A city of at least this size is taken as the one meant. */
const LARGE_CITY = 100_000;

function oneEditAway(word: string): Set<string> {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const [a, b] = [word.slice(0, i), word.slice(i)];
    if (b) out.add(a + b.slice(1));
    if (b.length > 1) out.add(a + b[1] + b[0] + b.slice(2));
    for (const ch of letters) {
      const c = i === 0 ? ch.toUpperCase() : ch;
      if (b) out.add(a + c + b.slice(1));
      out.add(a + c + b);
    }
  }
  out.delete(word);
  return out;
}

/** The place as meant: "Tokyp, Japan" becomes "Tokyo, Japan"; anything else is returned as written. */
export function correctPlaceTypo(place: string): string {
  const m = /^([\p{L}'’ -]{3,40}),\s*(\S.*)$/u.exec(place);
  if (!m) return place;
  const [city, region] = [m[1]!.trim(), m[2]!.trim()];
  const iso = COUNTRY_CODES.get(region.toLowerCase()) ?? (/^[A-Z]{2}$/.test(region) ? 'US' : undefined);
  if (!iso || placesNamed(city).length > 0) return place;
  let best: { name: string; population: number } | undefined;
  for (const candidate of oneEditAway(city)) {
    for (const p of placesNamed(candidate)) {
      if (p.iso === iso && p.kind === 'city' && p.population >= LARGE_CITY && (!best || p.population > best.population)) best = { name: candidate, population: p.population };
    }
  }
  return best ? `${best.name}, ${region}` : place;
}
