// Enrichment from curated data: titles, places, participants that take part versus people only mentioned.
import { expect, test } from 'vitest';
import { composeTitle } from './enrich.ts';
import { buildFrom, messagesOf, mofaText, readoutOf } from '../testing.ts';

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

test('a city the gazetteer knows is placed in its country without curating it', () => {
  const text = mofaText({ lead: `On July 13, ${HAYASHI}, held a meeting with ${PARK} during his visit to Vientiane, Laos for the ASEAN-related Foreign Ministers’ Meetings.` });
  expect(readoutOf(text).location).toEqual({ city: 'Vientiane', country: 'laos', text: 'Vientiane, Laos' });
  expect(messagesOf({ 'x.txt': text }).filter((m) => m.includes('place'))).toEqual([]);
});

test('a region the gazetteer knows is a place, in the country the text names beside it', () => {
  const text = mofaText({ lead: `On June 12, ${HAYASHI}, held a meeting with ${PARK} during his visit to the United Kingdom (Cornwall).` });
  expect(readoutOf(text).location).toEqual({ city: 'Cornwall', country: 'united-kingdom', text: 'the United Kingdom (Cornwall)' });
});

test('a place name several countries share, with no country in the text, is kept as written and warned about', () => {
  const text = mofaText({ lead: `On June 12, ${HAYASHI}, held a meeting with ${PARK} during his visit to Richmond.` });
  expect(readoutOf(text).location).toEqual({ text: 'Richmond' });
  expect(messagesOf({ 'x.txt': text }).some((m) => m.includes('unknown place "Richmond"'))).toBe(true);
});

test('a county the curated data places is the place meant: Cornwall, for the G7 summit of 2021', () => {
  const text = mofaText({ lead: `On June 12, ${HAYASHI}, held a meeting with ${PARK} during his visit to Cornwall.` });
  expect(readoutOf(text).location).toEqual({ city: 'Cornwall', country: 'united-kingdom', text: 'Cornwall' });
});

test('a place no gazetteer knows is a warning, kept as written', () => {
  const text = mofaText({ lead: `On July 13, ${HAYASHI}, held a meeting with ${PARK} during his visit to Qwzxville.` });
  expect(readoutOf(text).location).toEqual({ text: 'Qwzxville' });
  expect(messagesOf({ 'x.txt': text })).toEqual(expect.arrayContaining(['content/readouts/x.txt:6: warning: unknown place "Qwzxville": add it to content/countries.yaml']));
});

test('a participant the text places by demonym and office is known without a curated entry', () => {
  const text = mofaText({ lead: `On July 13, ${HAYASHI}, held a meeting with H.E. Mr. Dmytro Kuleba, Minister for Foreign Affairs of Ukraine.` });
  const r = readoutOf(text);
  expect(r.participants.at(-1)).toMatchObject({ name: 'Dmytro Kuleba', office: 'Minister for Foreign Affairs of Ukraine', country: 'ukraine' });
  expect(r.participants.at(-1)!.person).toBeUndefined();
  expect(messagesOf({ 'x.txt': text }).filter((m) => m.includes('Kuleba'))).toEqual([]);

});

test('a participant with no country in the text and no curated entry stays a warning, never a guess', () => {
  const text = mofaText({ lead: `On July 13, ${HAYASHI}, held a meeting with Foreign Minister Zorvath.` });
  const r = readoutOf(text);
  expect(r.participants.at(-1)).toEqual(expect.objectContaining({ name: 'Zorvath' }));
  expect(r.participants.at(-1)!.country).toBeUndefined();
  expect(messagesOf({ 'x.txt': text }).some((m) => m.includes('unknown person "Zorvath"'))).toBe(true);
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
