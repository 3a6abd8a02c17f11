// The sentence that says who met whom, when, for how long and where, in the publishers' many ways of writing it.
import { expect, test } from 'vitest';
import { readLead } from './lead-sentence.ts';

const read = (text: string) => readLead(text, '2019-06-01')!;

test('a passive lead names both sides after "between"', () => {
  const lead = read('A telephone talk between Foreign Minister Aso of Japan and Foreign Minister Li of China took place at 15:00 on July 5th.');
  expect([lead.participants.map((p) => p.name), lead.channel, lead.day, lead.timing.startTime?.time]).toEqual([['Aso', 'Li'], 'telephone', { month: 7, day: 5 }, '15:00']);
});

test('"Attending were" in the next sentence gives the participants of a convened meeting', () => {
  const lead = read('The Fifth Trilateral Meeting was convened in Seoul from 5:10pm to 6:30pm on Saturday, March 21. Attending were Mr. Kishida, Minister for Foreign Affairs, Mr. Wang Yi, Foreign Minister of China and Mr. Yun, Minister of Foreign Affairs of the ROK.');
  expect([lead.participants.map((p) => p.name), lead.place, lead.timing.durationMinutes]).toEqual([['Kishida', 'Wang Yi', 'Yun'], 'Seoul', 80]);
});

test('an opening "In New York," is the place, and a day written day first is the day', () => {
  const lead = read('In New York, Foreign Minister Okada of Japan had a bilateral meeting with Foreign Minister Smith of Australia for about 40 minutes from 11:30am on 22 September, 2009.');
  expect([lead.place, lead.day, lead.timing.startTime?.time, lead.timing.durationMinutes]).toEqual(['New York', { month: 9, day: 22, year: 2009 }, '11:30', 40]);
});

test('a city named after "in" is more specific than the country visited', () => {
  expect(read('On August 25, Mr. Abe, Prime Minister of Japan, held a meeting with Mr. Morrison, Prime Minister of Australia, who was visiting France to attend the G7 Summit in Biarritz.').place).toBe('Biarritz');
});

test('Japan time outside and local time inside the parenthesis: the meeting’s day and clock are the local ones', () => {
  const lead = read('On May 24, commencing at around 6:00 a.m. (5:00 p.m. on May 23, local time) for approximately 25 minutes, Mr. Kono, Minister for Foreign Affairs, held a meeting with Secretary Pompeo.');
  expect([lead.day, lead.timing.startTime?.time, lead.timing.startTime?.japanTime?.time]).toEqual([{ month: 5, day: 23 }, '17:00', '06:00']);
});

test('timing given in a sentence of its own after the lead is read', () => {
  const lead = read('On June 23, Minister for Foreign Affairs Machimura held a meeting with US Secretary of State Rice on the occasion of the G8 meeting in London. The meeting was held from 11:20am (UK time) for approximately 15 minutes.');
  expect([lead.timing.startTime?.time, lead.timing.durationMinutes, lead.place]).toEqual(['11:20', 15, 'London']);
});

test('"p.m." followed by a new sentence ends the lead there', () => {
  const lead = read('On October 13, Minister for Foreign Affairs of Japan Maehara had a meeting with Minister for Foreign Affairs of Australia Rudd for about 50 minutes from 5:25 p.m. Mr. Rudd stopped in Japan while travelling to a meeting in Brussels.');
  expect([lead.timing.startTime?.time, lead.place]).toEqual(['17:25', 'Japan']);
});

test('a duration run into its number and a start "just past" noon are read', () => {
  const lead = read('On November 12, Prime Minister Noda held a meeting with President Obama for approximately 55minutes from just past 12:00 P.M. while he was in Honolulu.');
  expect([lead.timing.startTime?.time, lead.timing.durationMinutes, lead.place]).toEqual(['12:00', 55, 'Honolulu']);
});

test('a caption-like line that says nothing of who met is no lead', () => {
  expect(readLead('Foreign Minister Kamikawa speaking at the meeting', '2023-11-26')).toBeUndefined();
});

test('a visit named by whose it is ("during Minister Kishida’s visit to New York") places the meeting', () => {
  expect(read('On September 23, Mr. Kishida, Minister for Foreign Affairs of Japan, held a meeting with Secretary Kerry, during Minister Kishida’s visit to New York.').place).toBe('New York');
});

test('"Washington, D.C." in a clause before the subject stays in the clause, not among the people', () => {
  const lead = read('On Friday, February 22, during his visit to Washington, D.C., Minister for Foreign Affairs Kishida held a meeting with Secretary of State Kerry.');
  expect([lead.participants.map((p) => p.name), lead.place]).toEqual([['Kishida', 'Kerry'], 'Washington, D.C']);
});

test('"between 17:50 and 18:15" is a start, an end and the minutes between', () => {
  const lead = read('Minister of Foreign Affairs Cho had a telephone conversation with Japanese Minister for Foreign Affairs Iwaya Takeshi between 17:50 and 18:15 on October 4, 2024.');
  expect([lead.timing.startTime?.time, lead.timing.startTime?.endTime, lead.timing.durationMinutes]).toEqual(['17:50', '18:15', 25]);
});
