// Grouping readouts into meetings, and the meetings' permanent slugs.
import { describe, expect, test } from 'vitest';
import { buildFrom, mofaText } from '../testing.ts';

const KAMIKAWA = 'Ms. Kamikawa Yoko, Minister for Foreign Affairs of Japan';
const PARK = 'H.E. Dr. Park Jin, Minister of Foreign Affairs of the Republic of Korea (ROK)';
const WANG = 'H.E. Mr. Wang Yi, Minister of Foreign Affairs of the People’s Republic of China';

function meetingsOf(files: Record<string, string>) {
  const result = buildFrom(files);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result.archive.meetings;
}

describe('grouping', () => {
  test('a bilateral in the morning and a trilateral in the afternoon of one day in one city are two meetings', () => {
    const meetings = meetingsOf({
      'bilateral.txt': mofaText({ date: 'November 26, 2023', lead: `On November 26, commencing at 09:00 a.m. for approximately 85 minutes, ${KAMIKAWA} held a bilateral meeting with ${PARK}, during her visit to Busan, the Republic of Korea, for the Japan-China-ROK trilateral Foreign Ministers’ Meeting.` }),
      'trilateral.txt': mofaText({ series: 'Japan-China-ROK Trilateral Cooperation', date: 'November 26, 2023', lead: `On November 26, commencing at 2:00 p.m. for approximately 90 minutes, ${KAMIKAWA} held the Japan-China-ROK Trilateral Foreign Ministers’ Meeting with ${PARK} and ${WANG}, in Busan, the Republic of Korea.` }),
    });
    expect(meetings.map((m) => [m.id, m.format, m.readouts])).toEqual([
      // Countries follow the order of content/countries.yaml: Japan, U.S., ROK, China.
      ['2023-11-26-japan-rok', 'bilateral', ['bilateral']],
      ['2023-11-26-japan-rok-china', 'trilateral', ['trilateral']],
    ]);
  });

  test('the same ministers meeting twice in a day, hours apart, are two meetings with distinct slugs', () => {
    const lead = (time: string) => `On November 26, commencing at ${time} for approximately 30 minutes, ${KAMIKAWA} held a meeting with ${PARK}.`;
    const meetings = meetingsOf({
      '001_morning.txt': mofaText({ date: 'November 26, 2023', lead: lead('9:00 a.m.') }),
      '002_evening.txt': mofaText({ date: 'November 26, 2023', lead: lead('6:00 p.m.') }),
    });
    expect(meetings.map((m) => [m.id, m.readouts[0]])).toEqual([
      ['2023-11-26-japan-rok', '001-morning'],
      ['2023-11-26-japan-rok-2', '002-evening'],
    ]);
  });

  test('a meeting added later never takes the slug of one already published, even if it came earlier in the day', () => {
    const lead = (time: string) => `On November 26, commencing at ${time} for approximately 30 minutes, ${KAMIKAWA} held a meeting with ${PARK}.`;
    const published = { '001_evening.txt': mofaText({ date: 'November 26, 2023', lead: lead('6:00 p.m.') }) };
    const before = meetingsOf(published);
    const after = meetingsOf({ ...published, '002_morning.txt': mofaText({ date: 'November 26, 2023', lead: lead('9:00 a.m.') }) });
    expect(before.map((m) => m.id)).toEqual(['2023-11-26-japan-rok']);
    expect(after.find((m) => m.readouts.includes('001-evening'))!.id).toBe('2023-11-26-japan-rok');
    expect(after.find((m) => m.readouts.includes('002-morning'))!.id).toBe('2023-11-26-japan-rok-2');
  });

  test('a telephone talk and a meeting of the same ministers on one day are two meetings', () => {
    const meetings = meetingsOf({
      'call.txt': mofaText({ date: 'November 26, 2023', lead: `On November 26, ${KAMIKAWA} held a telephone talk with ${PARK}.` }),
      'meeting.txt': mofaText({ date: 'November 26, 2023', lead: `On November 26, ${KAMIKAWA} held a meeting with ${PARK}.` }),
    });
    expect(meetings.map((m) => [m.id, m.channel])).toEqual([
      ['2023-11-26-japan-rok', 'in-person'],
      ['2023-11-26-japan-rok-telephone', 'telephone'],
    ]);
  });

  test('grouping does not depend on the order files are read in', () => {
    const files = {
      'b.txt': mofaText({ date: 'November 26, 2023', lead: `On November 26, commencing at 6:00 p.m., ${KAMIKAWA} held a meeting with ${PARK}.` }),
      'a.txt': mofaText({ date: 'November 26, 2023', lead: `On November 26, commencing at 9:00 a.m., ${KAMIKAWA} held a meeting with ${PARK}.` }),
    };
    const reversed = Object.fromEntries(Object.entries(files).reverse());
    expect(meetingsOf(reversed)).toEqual(meetingsOf(files));
  });
});

test('two accounts of one meeting from the same publisher get distinct anchors, and so do their paragraphs', () => {
  const lead = `On November 26, ${KAMIKAWA} held a meeting with ${PARK}.`;
  const result = buildFrom({
    '001_a.txt': mofaText({ date: 'November 26, 2023', lead, points: ['  2. (1) First.'] }),
    '002_b.txt': mofaText({ date: 'November 26, 2023', lead, points: ['  2. (1) Second.'] }),
  });
  if (!result.ok) throw new Error('did not build');
  const anchors = result.archive.readouts.flatMap((r) => [r.anchor, ...r.paragraphs.map((p) => p.anchor)]);
  expect(result.archive.readouts.map((r) => r.anchor)).toEqual(['mofa', 'mofa-b']);
  expect(new Set(anchors).size).toBe(anchors.length);
});
