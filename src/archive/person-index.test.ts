import { describe, expect, test } from 'vitest';
import { partialDate, personIndex, personMeetingsPath, personMentionsPath } from './person-index.ts';
import { lookupOf } from './summaries.ts';
import { loadArchive } from './test-support.ts';

const archive = loadArchive();
const entries = personIndex(archive, lookupOf(archive));
const entry = (id: string) => entries.find((e) => e.person.id === id)!;

describe('the committed archive by person', () => {
  // Six ministers take part; Seo Hoon is named in the 2018 readout and Matthew Miller in an attribution.
  test('lists every person a readout names, by family name', () => {
    expect(entries.map((e) => e.person.id)).toEqual(['antony-blinken', 'hayashi-yoshimasa', 'kamikawa-yoko', 'kang-kyung-wha', 'kono-taro', 'matthew-miller', 'park-jin', 'seo-hoon']);
  });

  test('Park Jin attended three meetings, newest first', () => {
    expect(entry('park-jin').attended.map((a) => a.meeting.id)).toEqual(['2023-11-26-japan-rok', '2023-07-14-japan-us-rok', '2023-07-13-japan-rok']);
  });

  test('each attendance carries the office held on the day, from people.yaml', () => {
    expect(entry('kono-taro').attended.map((a) => a.office)).toEqual(['Minister for Foreign Affairs of Japan']);
  });

  test('offices are listed with their dates as precisely as people.yaml has them', () => {
    expect(entry('kang-kyung-wha').offices).toEqual([{ title: 'Minister of Foreign Affairs of the Republic of Korea', country: 'Republic of Korea', from: '18 June 2017', to: 'February 2021' }]);
  });

  test('Seo Hoon attended nothing and is mentioned in the 2018 readout, at the paragraph that names him', () => {
    expect(entry('seo-hoon').attended).toEqual([]);
    expect(entry('seo-hoon').mentions.map((m) => m.url)).toEqual(['/meetings/2018-03-17-japan-rok/#mofa-1']);
  });

  test('the spokesperson is mentioned in the readout attributed to him', () => {
    expect(entry('matthew-miller').mentions.map((m) => [m.id, m.url])).toEqual([['001-46aec85189a962c6-2', '/meetings/2023-07-14-japan-us-rok/#state-p1']]);
  });

  test('a minister named in a readout of a meeting he attended has no mentions', () => {
    expect(entry('hayashi-yoshimasa').mentions).toEqual([]);
  });
});

describe('dates known to the year, the month or the day', () => {
  test.each([
    ['2021', '2021'],
    ['2021-02', 'February 2021'],
    ['2021-11-10', '10 November 2021'],
  ])('%s reads as %s', (iso, text) => {
    expect(partialDate(iso)).toBe(text);
  });
});

test('list addresses', () => {
  expect([personMeetingsPath('park-jin'), personMentionsPath('park-jin')]).toEqual(['/people/park-jin/meetings/', '/people/park-jin/mentions/']);
});
