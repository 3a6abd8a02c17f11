import { describe, expect, test } from 'vitest';
import { countryIndex, countryMeetingsPath, countryMentionsPath, partnerPath, referencedCountries } from './country-index.ts';
import type { ArchiveData } from './archive-data.ts';
import { countrySchema, type Country, type Meeting, type Readout } from './schema.ts';
import { lookupOf } from './summaries.ts';
import { loadArchive } from './test-support.ts';

const archive = loadArchive();
const entries = countryIndex(archive, lookupOf(archive));
const entry = (id: string) => entries.find((e) => e.country.id === id)!;

// Read off the five texts: the ROK takes part in all four meetings; North Korea in none, but the texts name it
// (as North Korea or the DPRK) in the MOFA accounts of all four and in the joint statement of 14 July 2023.
describe('the committed archive by country', () => {
  test('lists every country that a readout names, in the order of countries.yaml', () => {
    expect(entries.map((e) => e.country.id)).toEqual(['japan', 'united-states', 'republic-of-korea', 'china', 'north-korea', 'indonesia', 'ukraine']);
  });

  test('the ROK took part in all four meetings, newest first', () => {
    expect(entry('republic-of-korea').meetings.map((m) => m.id)).toEqual(['2023-11-26-japan-rok', '2023-07-14-japan-us-rok', '2023-07-13-japan-rok', '2018-03-17-japan-rok']);
  });

  test('the ROK’s partners are Japan alone three times and Japan with the U.S. once', () => {
    expect(entry('republic-of-korea').partners.map((p) => [p.label, p.url, p.meetings.length])).toEqual([
      ['Japan–ROK bilateral', '/countries/republic-of-korea/with/japan/', 3],
      ['Japan–U.S.–ROK trilateral', '/countries/republic-of-korea/with/japan-us/', 1],
    ]);
  });

  test('North Korea took part in no meeting', () => {
    expect(entry('north-korea').meetings).toEqual([]);
  });

  test('North Korea is mentioned in five readouts, each linked to the first paragraph that names it', () => {
    expect(entry('north-korea').mentions.map((r) => r.url)).toEqual([
      '/meetings/2023-11-26-japan-rok/#mofa-3',
      '/meetings/2023-07-14-japan-us-rok/#mofa-2',
      '/meetings/2023-07-14-japan-us-rok/#state-joint-statement-p2',
      '/meetings/2023-07-13-japan-rok/#mofa-3',
      '/meetings/2018-03-17-japan-rok/#mofa-1',
    ]);
  });

  test('a readout of a meeting the country took part in is not a mere mention', () => {
    // The joint statement names the United States, which took part on 14 July 2023.
    expect(entry('united-states').mentions.map((r) => r.meetingId)).not.toContain('2023-07-14-japan-us-rok');
  });

  test('the U.S. is mentioned in the three Japan–ROK meetings', () => {
    expect(entry('united-states').mentions.map((r) => r.meetingId)).toEqual(['2023-11-26-japan-rok', '2023-07-13-japan-rok', '2018-03-17-japan-rok']);
  });

  test('a mention says which account it is in', () => {
    const joint = entry('north-korea').mentions.find((r) => r.id === '001-46aec85189a962c6-1')!;
    expect([joint.publisher, joint.kind, joint.meetingTitle]).toEqual(['U.S. State Department', 'Joint statement', 'Japan–U.S.–ROK Foreign Ministers’ Meeting']);
  });
});

test('list addresses', () => {
  expect([countryMeetingsPath('japan'), countryMentionsPath('japan'), partnerPath('japan', 'us-rok')]).toEqual([
    '/countries/japan/meetings/',
    '/countries/japan/mentions/',
    '/countries/japan/with/us-rok/',
  ]);
});

describe('partner keys', () => {
  const country = (id: string, slugToken: string): Country => countrySchema.parse({ id, iso: 'XX', name: id, shortName: id.toUpperCase(), slugToken, aliases: [] });
  const meeting = (id: string, countries: string[]): Meeting => ({
    id, date: '2024-01-01', title: id, format: countries.length === 2 ? 'bilateral' : 'trilateral', channel: 'in-person', countries, participants: [],
    readouts: [id], publishers: ['mofa-japan'], topics: [], mentionedCountries: [], mentionedPeople: [],
  });
  const readout = (id: string, countries: string[]) => ({ id, countries, mentionedCountries: [], paragraphs: [] }) as unknown as Readout;

  test('two partner sets that spell the same key get distinct addresses', () => {
    // Tokens "a-b" + "c" and "a" + "b-c" both join to "a-b-c".
    const countries = [country('home', 'home'), country('ab', 'a-b'), country('c', 'c'), country('a', 'a'), country('bc', 'b-c')];
    const data: ArchiveData = {
      countries, people: [], topics: [],
      meetings: [meeting('m1', ['home', 'ab', 'c']), meeting('m2', ['home', 'a', 'bc'])],
      readouts: [readout('m1', ['home', 'ab', 'c']), readout('m2', ['home', 'a', 'bc'])],
    };
    const home = countryIndex(data, lookupOf(data)).find((e) => e.country.id === 'home')!;
    expect(home.partners.map((p) => p.key).sort()).toEqual(['a-b-c', 'a-b-c-2']);
  });
});

test('a country only in the curated data is not referenced', () => {
  expect(referencedCountries({ readouts: [{ countries: ['japan'], mentionedCountries: ['china'] } as unknown as Readout] })).toEqual(new Set(['japan', 'china']));
});
