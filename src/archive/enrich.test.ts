// Enrichment from curated data: titles, places, participants that take part versus people only mentioned.
import { expect, test } from 'vitest';
import { composeTitle } from './enrich.ts';
import { buildFrom, messagesOf, mofaText, readoutOf } from './testing.ts';

const HAYASHI = 'Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan';
const PARK = 'H.E. Dr. Park Jin, Minister of Foreign Affairs of the Republic of Korea (ROK)';

test('a composed title says what kind of meeting it was', () => {
  expect(composeTitle(['Japan', 'ROK'], 'in-person', ['Minister for Foreign Affairs of Japan', 'Minister of Foreign Affairs of the Republic of Korea'])).toBe('Japan–ROK Foreign Ministers’ Meeting');
  expect(composeTitle(['Japan', 'U.S.'], 'telephone', ['Prime Minister', 'President of the United States'])).toBe('Japan–U.S. Summit Telephone Talk');
  expect(composeTitle(['Japan', 'U.S.'], 'video', ['Minister of Defense of Japan', 'Secretary of State'])).toBe('Japan–U.S. Video Conference');
});

test('a city written with its comma is found whole', () => {
  const r = readoutOf(mofaText({ series: 'Japan-U.S. Relations', lead: 'On July 13, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, during his visit to Washington, D.C., held a meeting with the Honorable Antony Blinken, Secretary of State of the United States of America.' }));
  expect(r.location).toMatchObject({ city: 'Washington, D.C.', country: 'united-states' });
});

test('a place the curated data does not know is a warning, kept as written', () => {
  const text = mofaText({ lead: `On July 13, ${HAYASHI}, held a meeting with ${PARK} during his visit to Vientiane, Laos for the ASEAN-related Foreign Ministers’ Meetings.` });
  expect(readoutOf(text).location).toEqual({ text: 'Vientiane, Laos' });
  expect(messagesOf({ 'x.txt': text })).toEqual(expect.arrayContaining(['content/readouts/x.txt:6: warning: unknown place "Vientiane": add it to content/countries.yaml']));
});

test('a country only mentioned is kept apart from the countries taking part', () => {
  const r = readoutOf(mofaText({ lead: `On July 13, ${HAYASHI}, held a meeting with ${PARK}.`, points: ['  1. The Ministers condemned North Korea’s launch and discussed Ukraine.'] }));
  expect(r.countries).toEqual(['japan', 'republic-of-korea']);
  expect(r.mentionedCountries).toEqual(['north-korea', 'ukraine']);
});

test('two files whose names make the same readout id are refused, not overwritten', () => {
  const text = mofaText({ lead: `On July 13, ${HAYASHI}, held a meeting with ${PARK}.` });
  const result = buildFrom({ '005_a.txt': text, '005-a.txt': text.replace('exchanged views', 'exchanged frank views') });
  expect(result.ok).toBe(false);
  expect(messagesOf({ '005_a.txt': text, '005-a.txt': text.replace('exchanged views', 'exchanged frank views') })).toContain(
    'content/readouts/005_a.txt:1: readout id "005-a" is already taken by content/readouts/005-a.txt: rename one of the files',
  );
});
