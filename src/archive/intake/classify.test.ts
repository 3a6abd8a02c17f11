// What the archive takes from a feed, decided from the title and the body. Titles here are ours, in the feed's shapes.
import { expect, test } from 'vitest';
import { classifyRelease } from './classify.ts';

test.each([
  ['Secretary Blinken’s Meeting with Freedonian Foreign Minister Firefly', 'readout'],
  ['Secretary Blinken’s Call with Freedonian Prime Minister Firefly', 'readout'],
  ['Secretary Blinken’s Calls with Freedonian and Sylvanian Foreign Ministers', 'readout'],
  ['Deputy Secretary Sherman’s Trilateral Meeting with Freedonian and Sylvanian Vice Ministers', 'readout'],
  ['Secretary Antony J. Blinken and Freedonian Foreign Minister Firefly Before Their Meeting', 'remarks'],
  ['Secretary Antony J. Blinken and Freedonian Foreign Minister Firefly at a Joint Press Availability', 'remarks'],
] as const)('"%s" is an account of a meeting: %s', (title, as) => {
  expect(classifyRelease(title, 'The Secretary met today with the Foreign Minister.')).toEqual({ take: true, as });
});

test('a joint statement issued when ministers met is taken', () => {
  expect(classifyRelease('Joint Statement on the Freedonia-U.S. Ministerial Dialogue', 'The ministers met today in Washington.')).toEqual({ take: true, as: 'joint-statement' });
});

test('a joint statement on an event, not a meeting, is skipped with its reason', () => {
  expect(classifyRelease('Joint Statement on the Elections in Sylvania', 'We congratulate the people of Sylvania on the vote.')).toEqual({ take: false, reason: 'joint statement not issued at a meeting' });
});

test.each([
  ['Secretary Blinken’s Travel to Freedonia and Sylvania', 'travel announcement'],
  ['Assistant Secretary Smith Travels to Sylvania', 'travel announcement'],
  ['Department Press Briefing – March 3, 2022', 'press briefing'],
  ['Public Schedule – March 3, 2022', 'public schedule'],
  ['Designation of a Sylvanian Official for Significant Corruption', 'sanctions, designations or rewards'],
  ['Secretary Antony J. Blinken With Jane Doe of Freedonia Television', 'interview'],
  ['Secretary Antony J. Blinken Remarks to Embassy Staff', 'remarks not at a meeting'],
  ['Sylvania National Day', 'statement on an event or a policy'],
] as const)('"%s" is skipped: %s', (title, reason) => {
  expect(classifyRelease(title, 'Text.')).toEqual({ take: false, reason });
});
