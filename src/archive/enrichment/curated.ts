// The curated data (countries, people, topics) and the checks that tie it together.
import type { Diagnostics } from '../diagnostics.ts';
import { countriesFileSchema, peopleFileSchema, topicsFileSchema, type Country, type Person, type Topic } from '../schema.ts';
import { readYaml, type YamlFile } from '../yaml-data.ts';
import { withWorldCountries } from './world-countries.ts';

export interface Curated {
  countries: Country[];
  people: Person[];
  topics: Topic[];
}

export interface CuratedTexts {
  countries: string;
  people: string;
  topics: string;
}

/** Reads and cross-checks the three curated files; `undefined` when any has an error. */
export function readCurated(texts: CuratedTexts, dir: string, diagnostics: Diagnostics): Curated | undefined {
  const countriesFile = `${dir}/countries.yaml`;
  const peopleFile = `${dir}/people.yaml`;
  const topicsFile = `${dir}/topics.yaml`;
  const countries = readYaml(texts.countries, countriesFile, countriesFileSchema, diagnostics);
  const people = readYaml(texts.people, peopleFile, peopleFileSchema, diagnostics);
  const topics = readYaml(texts.topics, topicsFile, topicsFileSchema, diagnostics);
  if (!countries || !people || !topics) return undefined;

  const before = diagnostics.errors.length;
  const uniqueIds = <T extends { id: string }>(file: string, parsed: YamlFile<T[]>) => {
    const seen = new Set<string>();
    parsed.data.forEach((item, i) => {
      if (seen.has(item.id)) diagnostics.error(file, parsed.lineOf([i, 'id']), `duplicate id "${item.id}"`);
      seen.add(item.id);
    });
    return seen;
  };
  uniqueIds(countriesFile, countries);
  const allCountries = withWorldCountries(countries.data);
  const countryIds = new Set(allCountries.map((c) => c.id));
  uniqueIds(peopleFile, people);
  const topicIds = uniqueIds(topicsFile, topics);

  const aliasOwner = new Map<string, string>();
  countries.data.forEach((country, i) => {
    for (const alias of [country.name, ...country.aliases]) {
      const owner = aliasOwner.get(alias);
      if (owner && owner !== country.id) diagnostics.error(countriesFile, countries.lineOf([i, 'aliases']), `"${alias}" names both ${owner} and ${country.id}`);
      aliasOwner.set(alias, country.id);
    }
  });
  const personAlias = new Map<string, string>();
  people.data.forEach((person, i) => {
    if (!countryIds.has(person.country)) diagnostics.error(peopleFile, people.lineOf([i, 'country']), `unknown country "${person.country}"`);
    person.offices.forEach((office, j) => {
      if (!countryIds.has(office.country)) diagnostics.error(peopleFile, people.lineOf([i, 'offices', j, 'country']), `unknown country "${office.country}"`);
      if (office.to && office.to < office.from) diagnostics.error(peopleFile, people.lineOf([i, 'offices', j, 'to']), `office ends (${office.to}) before it starts (${office.from})`);
    });
    for (const alias of person.aliases) {
      const owner = personAlias.get(alias);
      if (owner && owner !== person.id) diagnostics.error(peopleFile, people.lineOf([i, 'aliases']), `"${alias}" names both ${owner} and ${person.id}`);
      personAlias.set(alias, person.id);
    }
  });
  topics.data.forEach((topic, i) => {
    topic.related.forEach((related, j) => {
      if (!topicIds.has(related)) diagnostics.error(topicsFile, topics.lineOf([i, 'related', j]), `unknown related topic "${related}"`);
    });
  });
  if (diagnostics.errors.length > before) return undefined;
  return { countries: allCountries, people: people.data, topics: topics.data };
}
