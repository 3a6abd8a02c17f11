// Two capitals, two calendar days: accounts of one call dated a day apart are one meeting when their times agree.
// The pairs are real (dates and times read off MOFA Japan pages and State Department releases); the texts are ours.
import { describe, expect, test } from 'vitest';
import { buildFrom, mofaText } from '../testing.ts';
import { dayIn, offsetHours } from './time-zones.ts';

function meetingsOf(files: Record<string, string>, sourcesYaml?: string) {
  const result = buildFrom(files, sourcesYaml);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result.archive.meetings.map((m) => [m.date, m.readouts]);
}

const mofaCall = (date: string, lead: string) => mofaText({ series: 'Japan-U.S. Relations', date, captions: [], lead, points: ['  1. The two Ministers discussed the alliance.'] });
const stateCall = (title: string, date: string, body: string) => `${title}\n${date}\n\nOffice of the Spokesperson\n\nThe below is attributable to Spokesperson Ned Price:\n\n${body}\n`;

describe('the clock of each publisher', () => {
  test('Washington is five hours behind UTC in January and four in July', () => {
    expect([offsetHours('America/New_York', '2022-01-05'), offsetHours('America/New_York', '2022-07-05')]).toEqual([-5, -4]);
  });

  test('8:10 a.m. on 6 January 2022 in Tokyo is still 5 January in Washington', () => {
    expect(dayIn('America/New_York', new Date('2022-01-06T08:10:00+09:00'))).toBe('2022-01-05');
  });
});

describe('one call, two dates', () => {
  test('MOFA dates the Hayashi–Blinken call of 8:10 a.m. Japan time 6 January; State dates it 5 January: one meeting', () => {
    const meetings = meetingsOf({
      '001_mofa.txt': mofaCall('January 6, 2022', 'On January 6, commencing at 8:10 a.m. for approximately 40 minutes, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a telephone talk with the Honorable Antony Blinken, Secretary of State of the United States of America.'),
      '002_state.txt': stateCall('Secretary Blinken’s Call with Japanese Foreign Minister Hayashi', 'January 5, 2022', 'Secretary of State Antony J. Blinken spoke today with Japanese Foreign Minister Hayashi Yoshimasa about the alliance.'),
    });
    expect(meetings).toEqual([['2022-01-06', ['001-mofa', '002-state']]]);
  });

  test('MOFA dates the Motegi–Blinken call of 8:00 a.m. Japan time 27 January 2021; State says "today" on 26 January: one meeting', () => {
    const meetings = meetingsOf(
      {
        '001_mofa.txt': mofaCall('January 27, 2021', 'On January 27, commencing at 8:00 a.m. for approximately 30 minutes, Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs of Japan, held a telephone talk with the Honorable Antony Blinken, Secretary of State of the United States of America.'),
        '002_state.txt': `Secretary Blinken’s Call with Japanese Foreign Minister Motegi\n\nOffice of the Spokesperson\n\nThe below is attributable to Spokesperson Ned Price:\n\nSecretary of State Antony J. Blinken spoke today with Japanese Foreign Minister Motegi Toshimitsu about the alliance.\n`,
      },
      '002_state.txt:\n  date: 2021-01-26\n',
    );
    expect(meetings).toEqual([['2021-01-27', ['001-mofa', '002-state']]]);
  });

  test('a call at 7:50 p.m. Japan time falls on the same day in Washington, so a State account dated the day before is another call', () => {
    const meetings = meetingsOf({
      '001_mofa.txt': mofaCall('March 24, 2022', 'On March 24, commencing at 7:50 p.m. for about 30 minutes, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a telephone talk with the Honorable Antony Blinken, Secretary of State of the United States of America.'),
      '002_state.txt': stateCall('Secretary Blinken’s Call with Japanese Foreign Minister Hayashi', 'March 23, 2022', 'Secretary of State Antony J. Blinken spoke today with Japanese Foreign Minister Hayashi Yoshimasa about the alliance.'),
    });
    expect(meetings).toEqual([
      ['2022-03-23', ['002-state']],
      ['2022-03-24', ['001-mofa']],
    ]);
  });

  test('the later date must be Tokyo’s: a State account dated the day after MOFA’s is another call', () => {
    const meetings = meetingsOf({
      '001_mofa.txt': mofaCall('January 5, 2022', 'On January 5, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a telephone talk with the Honorable Antony Blinken, Secretary of State of the United States of America.'),
      '002_state.txt': stateCall('Secretary Blinken’s Call with Japanese Foreign Minister Hayashi', 'January 6, 2022', 'Secretary of State Antony J. Blinken spoke today with Japanese Foreign Minister Hayashi Yoshimasa about the alliance.'),
    });
    expect(meetings).toHaveLength(2);
  });

  test('two accounts from one publisher a day apart are two calls, whatever the clocks', () => {
    const lead = (day: number) => `On January ${day}, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a telephone talk with the Honorable Antony Blinken, Secretary of State of the United States of America.`;
    const meetings = meetingsOf({ '001_a.txt': mofaCall('January 5, 2022', lead(5)), '002_b.txt': mofaCall('January 6, 2022', lead(6)) });
    expect(meetings).toHaveLength(2);
  });

  test('a different channel keeps them apart: a call and a meeting a day apart are two events', () => {
    const meetings = meetingsOf({
      '001_mofa.txt': mofaCall('January 6, 2022', 'On January 6, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a meeting with the Honorable Antony Blinken, Secretary of State of the United States of America.'),
      '002_state.txt': stateCall('Secretary Blinken’s Call with Japanese Foreign Minister Hayashi', 'January 5, 2022', 'Secretary of State Antony J. Blinken spoke today with Japanese Foreign Minister Hayashi Yoshimasa about the alliance.'),
    });
    expect(meetings).toHaveLength(2);
  });
});

describe('publication times', () => {
  test('a release published at 02:44 UTC on 25 March 2022 says "today" of 24 March, its day in Washington', () => {
    const result = buildFrom(
      { '002_state.txt': `Secretary Blinken’s Call with Japanese Foreign Minister Hayashi\n\nOffice of the Spokesperson\n\nThe below is attributable to Spokesperson Ned Price:\n\nSecretary of State Antony J. Blinken spoke today with Japanese Foreign Minister Hayashi Yoshimasa about the alliance.\n` },
      '002_state.txt:\n  publishedAt: "2022-03-25T02:44:18+00:00"\n',
    );
    if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
    expect([result.archive.readouts[0]!.date, result.archive.readouts[0]!.publishedDate]).toEqual(['2022-03-24', '2022-03-24']);
  });
});
