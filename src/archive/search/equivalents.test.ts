import { describe, expect, test } from 'vitest';
import type { Country, Person } from '../schema.ts';
import { equivalentNames } from './equivalents.ts';

const country = (over: Partial<Country>): Country => ({ id: 'x', iso: 'XX', name: 'X', shortName: 'X', slugToken: 'x', aliases: [], cities: [], demonyms: [], ...over });
const person = (over: Partial<Person>): Person => ({ id: 'p', name: 'P', family: 'P', given: 'Q', nameOrder: 'given-first', aliases: ['P'], country: 'x', offices: [], ...over });

describe('equivalent names from the curated data', () => {
  test("a country's name, short form and aliases form one group, its shown name first", () => {
    const north = country({ name: "Democratic People's Republic of Korea", shortName: 'DPRK', aliases: ['North Korea', 'DPRK', 'Democratic People’s Republic of Korea'] });
    expect(equivalentNames([north], [])).toEqual([["Democratic People's Republic of Korea", 'DPRK', 'North Korea']]);
  });

  test('an article in front of an alias is dropped, so "the U.S." is "U.S."', () => {
    const us = country({ name: 'United States', shortName: 'U.S.', aliases: ['the U.S.', 'U.S.', 'USA'] });
    expect(equivalentNames([us], [])).toEqual([['United States', 'U.S.', 'USA']]);
  });

  test('cities and demonyms are not names of the country', () => {
    const japan = country({ name: 'Japan', shortName: 'Japan', aliases: ['Japan'], cities: ['Tokyo'], demonyms: ['Japanese'] });
    expect(equivalentNames([japan], [])).toEqual([]);
  });

  test("a person's spellings form one group; one spelling alone forms none", () => {
    const park = person({ name: 'Park Jin', aliases: ['Park Jin', 'PARK Jin', 'Jin Park'] });
    const solo = person({ name: 'Solo Name', aliases: ['Solo Name'] });
    expect(equivalentNames([], [park, solo])).toEqual([['Park Jin', 'Jin Park']]);
  });
});
