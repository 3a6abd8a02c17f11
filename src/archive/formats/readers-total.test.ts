// The readers the formats are made of take any text at all: each returns its reading or nothing, and never throws.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { htmlLines } from './html-text.ts';
import { firstDay, readLead } from './lead-sentence.ts';
import { readChannel, readPlaceAndOccasion, readTiming } from './lead.ts';
import { readAnyDateLine, readNumbered } from './page-lines.ts';
import { peopleInList, stripHonorifics } from './person-phrases.ts';
import { readRokLead, rokTiming } from './rok-lead.ts';
import { readAttendees, readPeople } from './rok-people.ts';
import { leadSentence, readStateLead, readVisit } from './state-lead.ts';
import { readAttribution, readByline, readStateDateLine, readTurn, splitRunTogether } from './state-lines.ts';
import { readStatePerson, statePeople, titlePeople } from './state-people.ts';

/** Words the readers look for, so random text reaches past their first test. */
const WORDS = ['On', 'July 14,', '2023', 'at', '7:00 p.m.', 'for about 50 minutes', 'Mr.', 'H.E.', 'Minister for Foreign Affairs of Japan', 'Secretary', 'Blinken', 'met', 'with', 'held a telephone talk', 'in', 'Tokyo', ',', '.', '(', ')', 'and', 'the', 'Foreign Minister', 'Park Jin', 'Japanese', 'today', 'between', 'took place', 'Attending were', ':', '1.', '(1)', 'SECRETARY BLINKEN:', '  ', '\t', '…'];
const text = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 120 }), fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }).map((w) => w.join(' ')));

const READERS: [string, (t: string) => unknown][] = [
  ['htmlLines', htmlLines],
  ['firstDay', firstDay],
  ['readLead', (t) => readLead(t, '2023-07-14')],
  ['readTiming', (t) => readTiming(t, '2023-07-14')],
  ['readPlaceAndOccasion', readPlaceAndOccasion],
  ['readChannel', readChannel],
  ['readAnyDateLine', readAnyDateLine],
  ['readNumbered', (t) => readNumbered(t, undefined)],
  ['peopleInList', peopleInList],
  ['stripHonorifics', stripHonorifics],
  ['readRokLead', readRokLead],
  ['rokTiming', (t) => rokTiming(t, '2023-07-14')],
  ['readPeople', readPeople],
  ['readAttendees', readAttendees],
  ['leadSentence', leadSentence],
  ['readStateLead', (t) => readStateLead(t, '2023-07-14')],
  ['readVisit', readVisit],
  ['readAttribution', readAttribution],
  ['readByline', readByline],
  ['readStateDateLine', readStateDateLine],
  ['readTurn', readTurn],
  ['splitRunTogether', splitRunTogether],
  ['readStatePerson', readStatePerson],
  ['statePeople', statePeople],
  ['titlePeople', titlePeople],
];

test.each(READERS)('%s reads any text without throwing', (_, read) => {
  fc.assert(
    fc.property(text, (t) => {
      expect(() => read(t)).not.toThrow();
    }),
    { numRuns: 150 },
  );
}, 60_000);
