// ROK MOFA pages, each block written the way the ministry's English pages write it, in texts made up for the test.
import { describe, expect, test } from 'vitest';
import { buildFrom, messagesOf, mofaText, readoutOf, readoutsOf } from '../testing.ts';
import { rokMofa } from './rok-mofa.ts';

const NAV = ['바로가기 메뉴', '본문 바로가기', '주메뉴 바로가기', '검색창 열기', 'KOR'];
const SOCIAL = [
  'Ministry of Foreign Affairs REPUBLIC OF KOREA',
  '',
  '  1. Ministry of  Foreign Affairs, Republic of Korea facebook',
  '  2. Ministry of  Foreign Affairs, Republic of Korea youtube',
];

/** A mofa.go.kr release: navigation, board label, title, an optional date block, then the paragraphs. */
function page({ title = 'Outcome of ROK-U.S. Foreign Ministers’ Meeting', date, top = NAV, body }: { title?: string; date?: string; top?: string[]; body: string[] }): string {
  return [...top, '', 'Press Releases', '', title, '', ...(date ? ['Date', date, 'hit', '731', ''] : []), ...body.flatMap((b) => [b, ''])].join('\n');
}

const dated = (date: string) => `fixture.txt:\n  date: ${date}\n`;

const PARK_BLINKEN = '1. Minister of Foreign Affairs Park Jin met U.S. Secretary of State Antony J. Blinken in Washington, D.C., on April 4.';
const POINT = '2. The two Ministers agreed to keep in close touch on regional questions.';

describe('page furniture', () => {
  test('a page with the ministry’s Korean skip links is read as a ROK MOFA release', () => {
    const r = readoutOf(page({ date: '2023-04-05', body: [PARK_BLINKEN, POINT] }));
    expect(r.publisher).toBe('rok-mofa');
    expect(r.title).toBe('Outcome of ROK-U.S. Foreign Ministers’ Meeting');
    expect(r.series).toBe('Press Releases');
  });

  test('the numbered social-media links are not points', () => {
    const r = readoutOf(page({ top: [...NAV.slice(0, 3), '', ...SOCIAL, '검색창 열기'], date: '2023-04-05', body: [PARK_BLINKEN, POINT] }));
    expect(r.paragraphs.map((p) => [p.role, p.number])).toEqual([['lead', '1'], ['point', '2']]);
    expect(r.paragraphs[0]!.text).toMatch(/^Minister of Foreign Affairs Park Jin met/);
  });

  test('the date block’s view counter is not a date', () => {
    const r = readoutOf(page({ date: '2023-04-05', body: [PARK_BLINKEN, POINT] }));
    expect([r.date, r.publishedDate, r.dateFrom]).toEqual(['2023-04-04', '2023-04-05', 'text']);
    expect(r.paragraphs.some((p) => p.text.includes('731'))).toBe(false);
  });

  test('a title repeated above the first point is kept once, not as a caption', () => {
    const title = 'Outcome of ROK-U.S. Foreign Ministers’ Meeting';
    const r = readoutOf(page({ title, date: '2023-04-05', body: [title, PARK_BLINKEN, POINT] }));
    expect(r.title).toBe(title);
    expect(r.captions).toEqual([]);
    expect(r.paragraphs).toHaveLength(2);
  });

  test('"* unofficial translation", the spokesperson’s signature and the previous/next links are not text', () => {
    const text = page({ date: '2023-04-05', body: [PARK_BLINKEN, POINT, '      Spokesperson and Deputy Minister for Public Relations of MOFA', '* unofficial translation', '이전글 Another release', '다음글 No entries.'] });
    const r = readoutOf(text);
    expect(r.paragraphs.map((p) => p.text)).toEqual([PARK_BLINKEN.slice(3), POINT.slice(3)]);
  });

  test('short lines between the title and the first point of a repost are captions, each on its own', () => {
    const text = ['Minister Park Meets Secretary Blinken', '', 'mofa usa', 'mofa usa', '', PARK_BLINKEN, '', POINT].join('\n');
    const r = readoutOf(text, dated('2023-04-05'));
    expect([r.title, r.captions]).toEqual(['Minister Park Meets Secretary Blinken', ['mofa usa', 'mofa usa']]);
  });

  test('lines after the lead that are no furniture are kept as body text', () => {
    const r = readoutOf(page({ date: '2023-04-05', body: [PARK_BLINKEN, 'The Ministers then walked together to the press area.', POINT] }));
    expect(r.paragraphs.map((p) => p.role)).toEqual(['lead', 'body', 'point']);
  });
});

describe('points, bullets and notes', () => {
  test('°, ◦, o and O mark sub-points, and the marks are not part of the text', () => {
    const body = [PARK_BLINKEN, POINT, '° They spoke of trade.', '◦ They spoke of energy.', 'o They spoke of science.', 'O They spoke of culture.'];
    const r = readoutOf(page({ date: '2023-04-05', body }));
    expect(r.paragraphs.slice(2).map((p) => [p.role, p.text])).toEqual([
      ['point', 'They spoke of trade.'],
      ['point', 'They spoke of energy.'],
      ['point', 'They spoke of science.'],
      ['point', 'They spoke of culture.'],
    ]);
  });

  test('a line starting with "*" is a note, not a point', () => {
    const r = readoutOf(page({ date: '2023-04-05', body: [PARK_BLINKEN, '* This was their third meeting this year.', POINT] }));
    expect(r.paragraphs.map((p) => [p.role, p.text])).toEqual([
      ['lead', PARK_BLINKEN.slice(3)],
      ['note', 'This was their third meeting this year.'],
      ['point', POINT.slice(3)],
    ]);
  });

  test('a lettered item on its own line is numbered under the point above it', () => {
    const r = readoutOf(page({ date: '2023-04-05', body: [PARK_BLINKEN, '2. The Ministers set out two tasks:', 'a. easing visa rules;', 'b. widening student exchanges.'] }));
    expect(r.paragraphs.slice(2).map((p) => [p.number, p.text])).toEqual([
      ['2-a', 'easing visa rules;'],
      ['2-b', 'widening student exchanges.'],
    ]);
  });

  test('the old board’s hard line breaks inside a paragraph are joined', () => {
    const text = [
      'Foreign Minister Talks with Secretary Clinton by Phone',
      'date 2011-03-14 10:30 name Spokesperson\'s Office',
      '',
      '1. Foreign Minister Kim Sung-hwan had a telephone conversation with US Secretary of State',
      'Hillary Clinton on March 13 on relief for the earthquake in Japan.',
      '',
      '2. The two agreed to stay in touch.',
    ].join('\n');
    const r = readoutOf(text);
    expect(r.paragraphs[0]!.lines).toEqual({ start: 4, end: 5 });
    expect(r.paragraphs[0]!.text).toContain('with US Secretary of State Hillary Clinton on March 13');
    expect([r.date, r.publishedDate]).toEqual(['2011-03-13', '2011-03-14']);
  });
});

describe('dates', () => {
  test('a day after "since" in a clause about the minister is not the meeting day', () => {
    const lead = '1. Foreign Minister Kang Kyung-wha, back in Seoul since June 2, spoke by phone with Secretary of State Mike Pompeo of the US on June 4.';
    expect(readoutOf(page({ date: '2018-06-05', body: [lead, POINT] })).date).toBe('2018-06-04');
  });

  test('a December meeting on a page dated in January falls in the year before', () => {
    const lead = '1. On December 30, Minister of Foreign Affairs Park Jin spoke by phone with U.S. Secretary of State Antony J. Blinken.';
    expect(readoutOf(page({ date: '2023-01-02', body: [lead, POINT] })).date).toBe('2022-12-30');
  });

  test('a page with no date block and no year is refused, naming content/sources.yaml', () => {
    const messages = messagesOf({ 'fixture.txt': page({ body: [PARK_BLINKEN, POINT] }) });
    expect(messages).toEqual([expect.stringMatching(/^content\/readouts\/fixture\.txt:11: no date: .*no year.*content\/sources\.yaml/)]);
  });

  test('the publication date in sources.yaml gives the year of a page with no date block', () => {
    const r = readoutOf(page({ body: [PARK_BLINKEN, POINT] }), dated('2023-04-05'));
    expect([r.date, r.publishedDate, r.dateFrom]).toEqual(['2023-04-04', '2023-04-05', 'sources.yaml']);
  });

  test('the year in the name of the event the meeting was held at dates a page with no date block', () => {
    const lead = '1. Minister of Foreign Affairs Park Jin met U.S. Secretary of State Antony J. Blinken on July 13, while both were at the 2023 ASEAN Regional Forum in Jakarta.';
    const r = readoutOf(page({ body: [lead, POINT] }));
    expect([r.date, r.dateFrom]).toEqual(['2023-07-13', 'text']);
  });

  test('a sources.yaml date that differs from the date block is an error', () => {
    const messages = messagesOf({ 'fixture.txt': page({ date: '2023-04-05', body: [PARK_BLINKEN, POINT] }) }, dated('2023-04-06'));
    expect(messages.some((m) => /fixture\.txt:12: the text is dated 2023-04-05 but content\/sources\.yaml says 2023-04-06/.test(m))).toBe(true);
  });

  test('an impossible date in the date block is an error at its line', () => {
    const messages = messagesOf({ 'fixture.txt': page({ date: '2023-02-30', body: [PARK_BLINKEN, POINT] }) });
    expect(messages).toContain('content/readouts/fixture.txt:12: impossible date "2023-02-30": no such day');
  });
});

describe('who met whom', () => {
  test('a family name set off by a comma is kept as written', () => {
    const lead = '1. Minister of Foreign Affairs Kang, Kyung-wha had a meeting with Secretary of State Mike Pompeo of the US on November 9.';
    const r = readoutOf(page({ date: '2018-11-10', body: [lead, POINT] }));
    expect(r.participants.map((p) => [p.name, p.office])).toEqual([
      ['Kang, Kyung-wha', 'Minister of Foreign Affairs'],
      ['Mike Pompeo', 'Secretary of State of the US'],
    ]);
  });

  test('an office written after the partner’s name, between commas, stays with the partner', () => {
    const lead = '1. Minister of Foreign Affairs Park Jin met Wang Yi, member of the Political Bureau of the CPC Central Committee and Minister of Foreign Affairs, who was in Seoul for talks, on August 9.';
    const r = readoutOf(page({ date: '2022-08-10', body: [lead, POINT] }));
    expect(r.participants.map((p) => [p.name, p.office, p.country])).toEqual([
      ['Park Jin', 'Minister of Foreign Affairs', 'republic-of-korea'],
      ['Wang Yi', 'member of the Political Bureau of the CPC Central Committee and Minister of Foreign Affairs', 'china'],
    ]);
  });

  test('people named after "together with" take part alongside the subject', () => {
    const lead = '1. Minister of Foreign Affairs Park Jin, together with U.S. Secretary of State Antony J. Blinken and Minister for Foreign Affairs of Japan Hayashi Yoshimasa, took part in a trilateral meeting on September 22.';
    const r = readoutOf(page({ date: '2022-09-23', body: [lead, POINT] }));
    expect(r.participants.map((p) => p.name)).toEqual(['Park Jin', 'Antony J. Blinken', 'Hayashi Yoshimasa']);
  });

  test('the attendee list in the note under the lead names those the lead only calls officials', () => {
    const lead = '1. In Seoul, on May 3, Minister of Foreign Affairs Park Jin hosted a lunch for State Department officials.';
    const note = '* Those at the lunch were Secretary of State Antony J. Blinken and Counselor Derek Chollet of the Department of State.';
    const r = readoutOf(page({ date: '2022-05-04', body: [lead, note, POINT] }));
    expect(r.participants.map((p) => [p.name, p.office])).toEqual([
      ['Park Jin', 'Minister of Foreign Affairs'],
      ['Antony J. Blinken', 'Secretary of State of the Department of State'],
      ['Derek Chollet', 'Counselor of the Department of State'],
    ]);
  });

  test('words the page runs together are read apart in the lead', () => {
    const lead = '1. Foreign Minister Kang Kyung-wha talked with Secretaryof State Mike Pompeo of the US by phone on August 2.';
    const r = readoutOf(page({ date: '2018-08-02', body: [lead, POINT] }));
    expect(r.participants.map((p) => [p.name, p.office])).toEqual([
      ['Kang Kyung-wha', 'Foreign Minister'],
      ['Mike Pompeo', 'Secretary of State of the US'],
    ]);
  });

  test('two calls in one sentence give two telephone talks, in the order written', () => {
    const lead = '1. On July 13, Minister of Foreign Affairs Park Jin held a telephone conversation with U.S. Secretary of State Antony J. Blinken, followed by another with Minister for Foreign Affairs of Japan Hayashi Yoshimasa.';
    const readouts = readoutsOf(page({ date: '2023-07-13', body: [lead, POINT] }));
    expect(readouts.map((r) => [r.kind, r.date, r.participants.map((p) => p.name)])).toEqual([
      ['telephone-talk', '2023-07-13', ['Park Jin', 'Antony J. Blinken']],
      ['telephone-talk', '2023-07-13', ['Park Jin', 'Hayashi Yoshimasa']],
    ]);
  });
});

describe('channel, time and place', () => {
  test('"spoke with" with no channel takes the telephone from the title', () => {
    const lead = '1. Foreign Minister Kang Kyung-wha spoke with Secretary of State Mike Pompeo of the US on June 3.';
    const r = readoutOf(page({ title: 'Foreign Minister Holds Telephone Conversation with her US Counterpart', date: '2018-06-04', body: [lead, POINT] }));
    expect([r.kind, r.channel]).toEqual(['telephone-talk', 'telephone']);
  });

  test('"met" is in person whatever the title says', () => {
    const r = readoutOf(page({ title: 'Outcome of Meeting after Telephone Conversation', date: '2023-04-05', body: [PARK_BLINKEN, POINT] }));
    expect([r.kind, r.channel]).toEqual(['readout', 'in-person']);
  });

  test('a clock range gives the start time and the minutes between', () => {
    const lead = '1. Minister of Foreign Affairs Park Jin met U.S. Secretary of State Antony J. Blinken in Seoul from 9:30 a.m. to 11:00 a.m., Monday, April 3.';
    const r = readoutOf(page({ date: '2023-04-03', body: [lead, POINT] }));
    expect([r.startTime?.time, r.startTime?.endTime, r.durationMinutes]).toEqual(['09:30', '11:00', 90]);
  });

  test('upper-case PM before a time zone in parentheses reads as afternoon', () => {
    const lead = '1. Minister of Foreign Affairs Park Jin met U.S. Secretary of State Antony J. Blinken on Monday, April 3, from 3:00 PM to 4:15 PM (Eastern Time).';
    const r = readoutOf(page({ date: '2023-04-04', body: [lead, POINT] }));
    expect([r.startTime?.time, r.durationMinutes]).toEqual(['15:00', 75]);
  });

  test('"a 45-minute meeting" lasts 45 minutes', () => {
    const lead = '1. Minister of Foreign Affairs Park Jin sat down for a 45-minute meeting with U.S. Secretary of State Antony J. Blinken on April 3.';
    const r = readoutOf(page({ date: '2023-04-03', body: [lead, POINT] }));
    expect([r.durationMinutes, r.durationApproximate]).toEqual([45, false]);
  });

  test('the place is the city the lead says they met in, with the wider place after its comma', () => {
    const lead = '1. Minister of Foreign Affairs Park Jin met U.S. Secretary of State Antony J. Blinken in Honolulu, Hawaii, on the morning of June 8, local time.';
    const r = readoutOf(page({ date: '2023-06-09', body: [lead, POINT] }));
    expect(r.location).toMatchObject({ city: 'Honolulu', country: 'united-states', text: 'Honolulu, Hawaii' });
  });

  test('a partner who "was in the Republic of Korea" places the meeting there', () => {
    const lead = '1. Minister of Foreign Affairs Park Jin met Minister for Foreign Affairs of Japan Hayashi Yoshimasa, who was in the Republic of Korea for a forum, on March 6.';
    const r = readoutOf(page({ date: '2023-03-07', body: [lead, POINT] }));
    expect(r.location).toMatchObject({ country: 'republic-of-korea', text: 'Republic of Korea' });
  });

  test('the occasion opening the lead is kept as the occasion, not as a place', () => {
    const lead = '1. On the margins of the G20 Foreign Ministers’ Meeting, Minister of Foreign Affairs Park Jin met U.S. Secretary of State Antony J. Blinken on March 2.';
    const r = readoutOf(page({ date: '2023-03-02', body: [lead, POINT] }));
    expect([r.occasion, r.location]).toEqual(['G20 Foreign Ministers’ Meeting', undefined]);
  });
});

describe('pages refused', () => {
  test('an announcement of a visit is refused at its line, saying what it announces', () => {
    const lead = '1. Minister of Foreign Affairs Park Jin will visit Washington on April 10 for a meeting with Secretary of State Antony J. Blinken.';
    const messages = messagesOf({ 'fixture.txt': page({ date: '2023-04-05', body: [lead, POINT] }) });
    expect(messages).toEqual([expect.stringMatching(/^content\/readouts\/fixture\.txt:16: found a title \(line 9\), a date \(line 12\).*"will visit Washington on April 10".*not a meeting that took place/)]);
  });

  test('a visit announced in a clause about the partner does not make a meeting an announcement', () => {
    const lead = '1. Minister of Foreign Affairs Park Jin, who will visit Tokyo next month, met U.S. Secretary of State Antony J. Blinken in Seoul on April 4.';
    expect(readoutOf(page({ date: '2023-04-05', body: [lead, POINT] })).date).toBe('2023-04-04');
  });

  test('a first point that says no one met anyone is refused with what was found', () => {
    const lead = '1. Minister of Foreign Affairs Park Jin delivered a keynote speech at a forum on maritime security on April 4.';
    const messages = messagesOf({ 'fixture.txt': page({ date: '2023-04-05', body: [lead, POINT] }) });
    expect(messages).toEqual([expect.stringMatching(/^content\/readouts\/fixture\.txt:16: found a title \(line 9\), a date \(line 12\).*no lead saying who met whom/)]);
  });

  test('a page that is only a title is refused at the title', () => {
    const result = buildFrom({ 'fixture.txt': page({ date: '2023-04-05', body: [] }) });
    expect(result.ok ? [] : result.diagnostics.map((d) => [d.line, d.severity])).toEqual([[9, 'error']]);
  });
});

describe('detection', () => {
  test('the social-media list alone names the publisher', () => {
    expect(rokMofa.detect([...SOCIAL, '', 'Press Releases', '', PARK_BLINKEN])).toBe(3);
  });

  test('a repost with none of the ministry’s furniture is recognised by its office-first lead, less surely', () => {
    expect(rokMofa.detect(['Minister Park Meets Secretary Blinken', '', PARK_BLINKEN])).toBe(2);
  });

  test('a MOFA Japan page about a meeting with the ROK minister is not taken for a ROK page', () => {
    const text = mofaText({ lead: 'On July 13, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a meeting with H.E. Dr. Park Jin, Minister of Foreign Affairs of the Republic of Korea.' });
    expect(rokMofa.detect(text.split('\n'))).toBe(0);
  });
});
