// Variations of MOFA readouts beyond the five sources, each written the way MOFA writes them.
import { describe, expect, test } from 'vitest';
import { messagesOf, mofaText, readoutOf, readoutsOf, buildFrom } from '../testing.ts';

const HAYASHI = 'Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan';
const PARK = 'H.E. Dr. Park Jin, Minister of Foreign Affairs of the Republic of Korea (ROK)';

describe('start time and duration', () => {
  test('a time in words without minutes and a duration without "approximately" are exact', () => {
    const r = readoutOf(mofaText({ lead: `On July 13, commencing at 10 a.m. for 35 minutes, ${HAYASHI}, held a meeting with ${PARK}. The overview is as follows.` }));
    expect(r.startTime).toEqual({ time: '10:00', approximate: false, basis: 'unstated' });
    expect([r.durationMinutes, r.durationApproximate]).toEqual([35, false]);
  });

  test('a duration in words is read as minutes', () => {
    const r = readoutOf(mofaText({ lead: `On July 13, commencing at 3:00 p.m. for approximately two hours, ${HAYASHI}, held a meeting with ${PARK}.` }));
    expect([r.durationMinutes, r.durationApproximate]).toEqual([120, true]);
  });

  test('"one hour" is sixty minutes, exact', () => {
    const r = readoutOf(mofaText({ lead: `On July 13, commencing at 3:00 p.m. for one hour, ${HAYASHI}, held a meeting with ${PARK}.` }));
    expect([r.durationMinutes, r.durationApproximate]).toEqual([60, false]);
  });

  test('a range gives start, end and the minutes between', () => {
    const r = readoutOf(mofaText({ lead: `On July 13, from 5:10pm to 6:30pm, ${HAYASHI}, held a meeting with ${PARK}.` }));
    expect(r.startTime).toEqual({ time: '17:10', approximate: false, basis: 'unstated', endTime: '18:30' });
    expect([r.durationMinutes, r.durationApproximate]).toEqual([80, false]);
  });

  test('no time and no duration leave both empty', () => {
    const r = readoutOf(mofaText({ lead: `On July 13, ${HAYASHI}, held a meeting with ${PARK}.` }));
    expect(r.startTime).toBeUndefined();
    expect(r.durationMinutes).toBeUndefined();
  });

  test('"at around" makes the start time approximate', () => {
    const r = readoutOf(mofaText({ lead: `On July 13, commencing at around 9:30 a.m. for approximately 45 minutes, ${HAYASHI}, held a meeting with ${PARK}.` }));
    expect(r.startTime).toEqual({ time: '09:30', approximate: true, basis: 'unstated' });
  });

  test('"09:00 a.m." with a leading zero is nine in the morning', () => {
    const r = readoutOf(mofaText({ lead: `On July 13, commencing at 09:00 a.m. for approximately 85 minutes, ${HAYASHI}, held a meeting with ${PARK}.` }));
    expect(r.startTime?.time).toBe('09:00');
  });

  test('"(Japan Time)" right after the time puts the start on Japan time', () => {
    const r = readoutOf(mofaText({ lead: `On July 13, commencing at 10 a.m. (Japan Time) for 35 minutes, ${HAYASHI}, held a meeting with ${PARK}.` }));
    expect(r.startTime).toEqual({ time: '10:00', approximate: false, basis: 'japan', japanTime: { time: '10:00' } });
    expect(r.durationMinutes).toBe(35);
  });

  test('"(local time ...)" after the duration still gives local and Japan time', () => {
    const r = readoutOf(mofaText({ lead: `On July 13, commencing at 10:00 a.m. for approximately one hour (local time; 0:00 p.m. on July 13, Japan time), ${HAYASHI}, held a meeting with ${PARK}.` }));
    expect(r.startTime).toEqual({ time: '10:00', approximate: false, basis: 'local', japanTime: { date: '2023-07-13', time: '12:00' } });
    expect([r.durationMinutes, r.durationApproximate]).toEqual([60, true]);
  });

  test('Japan time on the next day keeps its own date', () => {
    const r = readoutOf(mofaText({ date: 'July 14, 2023', lead: `On July 13, commencing at 7:00 p.m. (local time, on July 14, 8:00 a.m. Japan time) for approximately 50 minutes, ${HAYASHI}, held a meeting with ${PARK}.` }));
    expect(r.startTime?.japanTime).toEqual({ date: '2023-07-14', time: '08:00' });
  });
});

describe('channel and kind', () => {
  test('a telephone talk is read as one, with its composed title', () => {
    const r = readoutOf(mofaText({ date: 'March 5, 2018', lead: 'On March 5, commencing at 10:15 a.m. for approximately 20 minutes, Mr. Taro Kono, Minister for Foreign Affairs of Japan, held a telephone talk with H. E. Dr. Kang Kyung-wha, Minister of Foreign Affairs of the Republic of Korea. The overview of the talk is as follows.' }));
    expect([r.kind, r.channel]).toEqual(['telephone-talk', 'telephone']);
    expect(r.participants.map((p) => p.person)).toEqual(['kono-taro', 'kang-kyung-wha']);
    expect(r.title).toBe('Japan–ROK Foreign Ministers’ Telephone Talk');
    expect(r.titleComposed).toBe(true);
  });

  test('"spoke over the phone with" is a telephone talk', () => {
    const r = readoutOf(mofaText({ series: 'Japan-U.S. Relations', date: 'January 19, 2024', lead: 'On January 19, from 5:10pm to 6:30pm, Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, spoke over the phone with the Honorable Antony Blinken, Secretary of State of the United States of America.' }));
    expect([r.kind, r.channel]).toEqual(['telephone-talk', 'telephone']);
    expect(r.participants.map((p) => p.person)).toEqual(['kamikawa-yoko', 'antony-blinken']);
    expect(r.countries).toEqual(['japan', 'united-states']);
  });
});

describe('participants', () => {
  test('a trilateral meeting filed under a bilateral series is trilateral', () => {
    const result = buildFrom({
      'tri.txt': mofaText({ lead: `On July 14, commencing at 7:00 p.m. for approximately 50 minutes, ${HAYASHI}, held a Japan-U.S.-ROK Foreign Ministers’ Meeting with the Honorable Antony Blinken, Secretary of State of the United States of America, and His Excellency Mr. Park Jin, Minister of Foreign Affairs of the Republic of Korea.` , date: 'July 14, 2023' }),
    });
    if (!result.ok) throw new Error('did not build');
    expect(result.archive.readouts[0]!.series).toBe('Japan-Republic of Korea Relations');
    expect(result.archive.meetings[0]).toMatchObject({ format: 'trilateral', countries: ['japan', 'united-states', 'republic-of-korea'], id: '2023-07-14-japan-us-rok' });
  });

  test.each([
    ['H.E.', 'H.E. Dr. Park Jin'],
    ['H. E.', 'H. E. Dr. Park Jin'],
    ['His Excellency', 'His Excellency Mr. Park Jin'],
    ['the Honorable', 'the Honorable Park Jin'],
  ])('the honorific "%s" is not part of the name', (_honorific, written) => {
    const r = readoutOf(mofaText({ lead: `On July 13, ${HAYASHI}, held a meeting with ${written}, Minister of Foreign Affairs of the Republic of Korea.` }));
    expect(r.participants[1]).toMatchObject({ name: 'Park Jin', person: 'park-jin', office: 'Minister of Foreign Affairs of the Republic of Korea' });
  });

  test.each([
    ['family–given in capitals', 'Mr. HAYASHI Yoshimasa'],
    ['family–given', 'Mr. Hayashi Yoshimasa'],
    ['given–family', 'Mr. Yoshimasa Hayashi'],
    ['all capitals', 'Mr. HAYASHI YOSHIMASA'],
  ])('a name written %s is the same person', (_order, written) => {
    const r = readoutOf(mofaText({ lead: `On July 13, ${written}, Minister for Foreign Affairs of Japan, held a meeting with ${PARK}.` }));
    expect(r.participants[0]).toMatchObject({ person: 'hayashi-yoshimasa', country: 'japan' });
  });

  test('a minister the curated data does not know is read from the text: name, office and country, no person guessed', () => {
    const text = mofaText({ date: 'January 14, 2024', lead: 'On January 14, Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, held a meeting with H.E. Mr. Baek Do-hyun, Minister of Foreign Affairs of the Republic of Korea.' });
    const r = readoutOf(text);
    expect(r.participants[1]).toEqual({ name: 'Baek Do-hyun', office: 'Minister of Foreign Affairs of the Republic of Korea', country: 'republic-of-korea', line: 6 });
    expect(messagesOf({ 'x.txt': text }).filter((m) => m.includes('Baek'))).toEqual([]);
  });

  test('attendees listed in parentheses after the lead are a note, not participants', () => {
    const text = mofaText({
      lead: `On July 13, ${HAYASHI}, held a meeting with ${PARK}. The overview of the meeting is as follows.`,
      points: ['(Attendees: Mr. Funakoshi Takehiro, Director-General of the Asian and Oceanian Affairs Bureau, and others)', '  1. The two Ministers exchanged views.'],
    });
    const r = readoutOf(text);
    expect(r.participants.map((p) => p.person)).toEqual(['hayashi-yoshimasa', 'park-jin']);
    expect(r.paragraphs[1]).toMatchObject({ role: 'note', text: '(Attendees: Mr. Funakoshi Takehiro, Director-General of the Asian and Oceanian Affairs Bureau, and others)' });
    expect(messagesOf({ 'x.txt': text })).toContain('content/readouts/x.txt:8: warning: unknown person "Mr. Funakoshi Takehiro": add them to content/people.yaml');
  });
});

describe('points', () => {
  test('sub-numbered points and headings without a period keep their numbers and anchors', () => {
    const r = readoutOf(
      mofaText({
        lead: `On July 13, ${HAYASHI}, held a meeting with ${PARK}.`,
        points: [
          '  1. Bilateral relations',
          '(1) The two Ministers welcomed the exchanges.',
          '(2) Minister Hayashi stated his position.',
          '  2. (1) Regarding North Korea, the Ministers condemned the launch.',
          '  2. (2) They confirmed close cooperation.',
          '3 Regional situation',
          'The Ministers exchanged views on Ukraine.',
        ],
      }),
    );
    expect(r.paragraphs.map((p) => [p.anchor, p.number, p.role])).toEqual([
      ['mofa-p1', undefined, 'lead'],
      ['mofa-1', '1', 'point'],
      ['mofa-1-1', '1-1', 'point'],
      ['mofa-1-2', '1-2', 'point'],
      ['mofa-2-1', '2-1', 'point'],
      ['mofa-2-2', '2-2', 'point'],
      ['mofa-3', '3', 'point'],
      ['mofa-p2', undefined, 'body'],
    ]);
    expect(r.paragraphs[4]!.text).toBe('Regarding North Korea, the Ministers condemned the launch.');
  });

  test('"Back to" closes the readout and is not a paragraph', () => {
    const r = readoutOf(mofaText({ lead: `On July 13, ${HAYASHI}, held a meeting with ${PARK}.` }));
    expect(r.paragraphs.some((p) => p.text.startsWith('Back to'))).toBe(false);
  });
});

describe('dates', () => {
  test('a page dated after the meeting keeps both dates', () => {
    const r = readoutOf(mofaText({ date: 'July 14, 2023', lead: `On July 13, ${HAYASHI}, held a meeting with ${PARK}.` }));
    expect([r.date, r.publishedDate]).toEqual(['2023-07-13', '2023-07-14']);
  });

  test('a lead with its own year wins over the page year', () => {
    const r = readoutOf(mofaText({ date: 'January 2, 2024', lead: `On December 30, 2023, Ms. Kamikawa Yoko, Minister for Foreign Affairs of Japan, held a meeting with ${PARK}.` }));
    expect(r.date).toBe('2023-12-30');
  });

  test('a source date in sources.yaml that contradicts the text fails the build', () => {
    const text = mofaText({ date: 'July 13, 2023', lead: `On July 13, ${HAYASHI}, held a meeting with ${PARK}.` });
    expect(messagesOf({ 'x.txt': text }, 'x.txt:\n  date: 2023-07-12\n')).toContain('content/readouts/x.txt:3: the text is dated 2023-07-13 but content/sources.yaml says 2023-07-12');
  });
});

test('a readout with only one document still gets the plain file-stem id', () => {
  const [r] = readoutsOf(mofaText({ lead: `On July 13, ${HAYASHI}, held a meeting with ${PARK}.` }), '{}', 'Mofa_Example.txt');
  expect(r!.id).toBe('mofa-example');
});

describe('leads as MOFA also writes them', () => {
  test('two Japanese ministers before the verb are both participants ("2+2")', () => {
    const text = mofaText({ series: 'Japan-U.S. Relations', lead: 'On July 13, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, and Mr. HAMADA Yasukazu, Minister of Defense of Japan, held a Japan-U.S. Security Consultative Committee ("2+2") meeting with the Honorable Antony Blinken, Secretary of State of the United States of America.' });
    const r = readoutOf(text);
    expect(r.participants.map((p) => p.person ?? p.name)).toEqual(['hayashi-yoshimasa', 'HAMADA Yasukazu', 'antony-blinken']);
    expect(r.participants[1]!.office).toBe('Minister of Defense of Japan');
  });

  test('ministers listed without honorifics are each a participant', () => {
    const r = readoutOf(mofaText({ date: 'July 14, 2023', lead: 'On July 14, Foreign Minister HAYASHI Yoshimasa held a Japan-U.S.-ROK Foreign Ministers’ Meeting with Antony J. Blinken, Secretary of State of the United States of America, and Park Jin, Minister of Foreign Affairs of the Republic of Korea.' }));
    expect(r.participants.map((p) => p.person)).toEqual(['hayashi-yoshimasa', 'antony-blinken', 'park-jin']);
  });

  test('a title before the name is the office, not part of the name', () => {
    const text = mofaText({ series: 'Japan-U.S. Relations', date: 'January 10, 2024', lead: 'On January 10, Prime Minister KISHIDA Fumio held a telephone talk with the Honorable Antony Blinken, Secretary of State of the United States of America.' });
    expect(readoutOf(text).participants[0]).toMatchObject({ name: 'KISHIDA Fumio', office: 'Prime Minister' });
  });

  test('a lead that names the weekday is still the lead', () => {
    const r = readoutOf(mofaText({ lead: `On Thursday, July 13, ${HAYASHI}, held a meeting with ${PARK}.` }));
    expect(r.date).toBe('2023-07-13');
    expect(r.captions).toEqual(['Japan-ROK Foreign Ministers’ Meeting']);
  });

  test('captions are shown without the slideshow’s counters and photo labels', () => {
    const r = readoutOf(mofaText({ captions: ['Japan-ROK Foreign Ministers’ Talks1', 'Japan-ROK Foreign Ministers’ Talks2', '(Photo 3)', '(Photo 4) The two ministers shake hands'], lead: `On July 13, ${HAYASHI}, held a meeting with ${PARK}.` }));
    expect(r.captions).toEqual(['Japan-ROK Foreign Ministers’ Talks', 'Japan-ROK Foreign Ministers’ Talks', 'The two ministers shake hands']);
  });

  test('a short caption that opens like a lead stays a caption', () => {
    const r = readoutOf(mofaText({ captions: ['On July 13, Foreign Minister Hayashi and Minister Park'], lead: `On July 13, ${HAYASHI}, held a meeting with ${PARK}.` }));
    expect(r.captions).toEqual(['On July 13, Foreign Minister Hayashi and Minister Park']);
    expect(r.paragraphs[0]!.role).toBe('lead');
  });

  test('a video teleconference is a video meeting and a courtesy call is in person', () => {
    expect(readoutOf(mofaText({ lead: `On July 13, ${HAYASHI}, held a video teleconference with ${PARK}.` })).channel).toBe('video');
    expect(readoutOf(mofaText({ lead: `On July 13, ${HAYASHI}, received a courtesy call from ${PARK}.` })).channel).toBe('in-person');
  });

  test('a first point that ends in brackets keeps its number', () => {
    const r = readoutOf(mofaText({ lead: `On July 13, ${HAYASHI}, held a meeting with ${PARK}.`, points: ['(1) Minister Hayashi welcomed Minister Park (his first visit to Japan).'] }));
    expect(r.paragraphs[1]).toMatchObject({ number: '1', role: 'point' });
  });

  test('full-width numbering reads like ASCII numbering', () => {
    const r = readoutOf(mofaText({ lead: `On July 13, ${HAYASHI}, held a meeting with ${PARK}.`, points: ['１．The Ministers exchanged views.'] }));
    expect(r.paragraphs[1]).toMatchObject({ number: '1', anchor: 'mofa-1', text: 'The Ministers exchanged views.' });
  });

  test('a page footer after "Back to" is not read as text', () => {
    const text = `${mofaText({ lead: `On July 13, ${HAYASHI}, held a meeting with ${PARK}.` })}\n\nPage Top\n`;
    expect(readoutOf(text).paragraphs.map((p) => p.text).some((t) => /Back to|Page Top/.test(t))).toBe(false);
  });
});
