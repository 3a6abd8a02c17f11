// Every country and territory of ISO 3166, from the maintained `world-countries` package, under the archive's own
// entries in countries.yaml: the package knows names and demonyms ("Dutch", "Afghan"); countries.yaml adds the
// archive's aliases ("ROK", "the U.S."), short forms, slug tokens, ordering, and any ids already published.
import worldCountries from 'world-countries';
import type { Country } from '../schema.ts';

export function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Names as English texts write them: Latin letters, no index forms ("Korea, Republic of"), no two-letter codes. */
const USABLE = /^(?:[A-Z][A-Za-z.'’()-]*)(?: (?:[A-Za-z.'’()-]+))*$/;
const usable = (name: string) => USABLE.test(name) && name.length >= 3 && !/^[A-Z]{2}$/.test(name);

/**
 * The curated countries first (their order is the archive's), then every other ISO 3166 entry of the package.
 * A name or demonym that two entries would share is dropped from the package's side, so it never guesses.
 */
export function withWorldCountries(curated: Country[]): Country[] {
  const byIso = new Map(curated.map((c) => [c.iso, c]));
  const claimed = new Set(curated.flatMap((c) => [c.name, ...c.aliases, ...c.demonyms]));
  const ids = new Set(curated.map((c) => c.id));
  // Who claims each name or demonym: "French" is France's and Réunion's; a sovereign state's claim wins over its
  // territories', and a name two states share goes to neither.
  const claims = new Map<string, { iso: string; independent: boolean }[]>();
  const count = (name: string, iso: string, independent: boolean) => claims.set(name, [...(claims.get(name) ?? []), { iso, independent }]);
  const candidates: Country[] = [];
  const merged = curated.map((c) => ({ ...c, demonyms: [...c.demonyms] }));
  const mergedByIso = new Map(merged.map((c) => [c.iso, c]));

  for (const entry of worldCountries) {
    const names = [...new Set([entry.name.common, entry.name.official, ...entry.altSpellings].filter(usable))];
    const demonyms = [...new Set([entry.demonyms?.eng?.m, entry.demonyms?.eng?.f].filter((d): d is string => Boolean(d) && usable(d!)))];
    const own = byIso.get(entry.cca2);
    if (own) {
      // A curated country gains the package's demonyms where the curated file gives none of its own.
      const target = mergedByIso.get(entry.cca2)!;
      if (target.demonyms.length === 0) target.demonyms.push(...demonyms.filter((d) => !claimed.has(d)));
      continue;
    }
    let id = slugOf(entry.name.common);
    if (ids.has(id)) id = `${id}-${entry.cca2.toLowerCase()}`;
    ids.add(id);
    for (const n of new Set([...names, ...demonyms])) count(n, entry.cca2, entry.independent === true);
    candidates.push({
      id,
      iso: entry.cca2,
      name: entry.name.common,
      shortName: entry.name.common,
      slugToken: id,
      aliases: names.filter((n) => n !== entry.name.common),
      cities: [],
      demonyms,
    });
  }
  const ownerOf = (n: string): string | undefined => {
    const all = claims.get(n) ?? [];
    if (all.length === 1) return all[0]!.iso;
    const sovereign = all.filter((c) => c.independent);
    return sovereign.length === 1 ? sovereign[0]!.iso : undefined;
  };
  const freeFor = (iso: string) => (n: string) => !claimed.has(n) && ownerOf(n) === iso;
  const rest = candidates
    .map((country) => ({ ...country, aliases: country.aliases.filter(freeFor(country.iso)), demonyms: country.demonyms.filter(freeFor(country.iso)) }))
    .filter((c) => freeFor(c.iso)(c.name) || c.aliases.length > 0)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // A package entry whose common name is curated under another country keeps only its free names.
  for (const c of rest) {
    if (freeFor(c.iso)(c.name)) continue;
    c.name = c.shortName = c.aliases[0]!;
    c.aliases = c.aliases.slice(1);
  }
  return [...merged, ...rest];
}
