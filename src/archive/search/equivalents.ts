// Names that mean the same thing to a reader of the readouts, from the curated data: a country's name, short
// form and aliases ("DPRK", "North Korea", "Democratic People's Republic of Korea"), a person's spellings
// ("Park Jin", "PARK Jin"). The search page expands a query with them, so any spelling finds every meeting.
import { z } from 'astro/zod';
import type { Country, Person } from '../schema.ts';

/** Groups of equivalent names; the first name of a group is the one the archive shows. */
export const equivalentsSchema = z.array(z.array(z.string().min(1)).min(2));
export type Equivalents = z.infer<typeof equivalentsSchema>;

/** Case, diacritics, apostrophes and spacing aside, two spellings that read the same are one. */
const key = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** "the U.S." is "U.S." to a search: an article in front adds nothing. */
const bare = (name: string) => name.replace(/^the\s+/i, '');

function group(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of names.map(bare)) {
    const k = key(name);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(name);
  }
  return out;
}

/**
 * One group per country and per person with more than one spelling. Demonyms and cities are left out: they
 * are not names of the country ("Korean Peninsula" is no meeting about Korea).
 */
export function equivalentNames(countries: readonly Country[], people: readonly Person[]): Equivalents {
  const groups = [...countries.map((c) => group([c.name, c.shortName, ...c.aliases])), ...people.map((p) => group([p.name, ...p.aliases]))];
  return equivalentsSchema.parse(groups.filter((g) => g.length > 1));
}
