// Variations of U.S. Department of State texts beyond the source file.
import { describe, expect, test } from 'vitest';
import { messagesOf, readoutOf, readoutsOf } from '../testing.ts';

const BANNER = 'An official website of the United States government';

describe('dates', () => {
  const relative = [BANNER, '', 'Secretary Blinken’s Meeting with Japanese Foreign Minister Kamikawa', '', 'The below is attributable to Spokesperson Matthew Miller:', '', 'Secretary of State Antony J. Blinken met today with Japanese Foreign Minister Kamikawa Yoko in Tokyo.'].join('\n');

  test('a text that says only "today" and has no date in sources.yaml is an error, not a guess', () => {
    expect(messagesOf({ 'state.txt': relative })).toContain(
      'content/readouts/state.txt:3: no date for "Secretary Blinken’s Meeting with Japanese Foreign Minister Kamikawa": the text says only "today"; add date: YYYY-MM-DD for this file in content/sources.yaml',
    );
  });

  test('"today" is the publication date from sources.yaml', () => {
    const r = readoutOf(relative, 'state.txt:\n  date: 2023-11-08\n'.replace('state.txt', 'fixture.txt'));
    expect([r.date, r.publishedDate, r.dateFrom]).toEqual(['2023-11-08', '2023-11-08', 'sources.yaml']);
  });

  test('"yesterday" is the day before publication', () => {
    const r = readoutOf(relative.replace('met today', 'met yesterday'), 'fixture.txt:\n  date: 2023-11-08\n');
    expect([r.date, r.publishedDate]).toEqual(['2023-11-07', '2023-11-08']);
  });

  test('a date line under the title is the publication date', () => {
    const text = [BANNER, '', 'Secretary Blinken’s Meeting with Japanese Foreign Minister Kamikawa', 'November 8, 2023', '', 'The below is attributable to Spokesperson Matthew Miller:', '', 'Secretary of State Antony J. Blinken met today with Japanese Foreign Minister Kamikawa Yoko in Tokyo.'].join('\n');
    const r = readoutOf(text);
    expect([r.date, r.dateFrom, r.lines.publishedDate]).toEqual(['2023-11-08', 'text', { start: 4, end: 4 }]);
  });
});

describe('kinds and participants', () => {
  test('a call is a telephone talk between the two ministers', () => {
    const text = [BANNER, '', 'Secretary Blinken’s Call with Japanese Foreign Minister Kamikawa', 'January 3, 2024', '', 'The below is attributable to Spokesperson Matthew Miller:', '', 'Secretary of State Antony J. Blinken spoke today with Japanese Foreign Minister Kamikawa Yoko to offer condolences.'].join('\n');
    const r = readoutOf(text);
    expect([r.kind, r.channel]).toEqual(['telephone-talk', 'telephone']);
    expect(r.participants.map((p) => p.person)).toEqual(['antony-blinken', 'kamikawa-yoko']);
    expect(r.mentionedPeople).toEqual(['matthew-miller']);
    expect(r.attribution).toBe('Spokesperson Matthew Miller');
  });

  test('remarks keep each speaker on the turns that follow until the next speaker', () => {
    const text = [
      BANNER, '', 'Secretary Antony J. Blinken and Japanese Foreign Minister Hayashi Yoshimasa Before Their Meeting', 'July 14, 2023', '',
      'SECRETARY BLINKEN:\u00a0 Good evening.', '', 'It is a pleasure.', '',
      'FOREIGN MINISTER HAYASHI:\u00a0 (Via interpreter) Thank you, Tony.', '',
    ].join('\n');
    const r = readoutOf(text);
    expect(r.kind).toBe('remarks');
    expect(r.paragraphs.map((p) => [p.role, p.speaker, p.speakerPerson, p.text])).toEqual([
      ['turn', 'SECRETARY BLINKEN', 'antony-blinken', 'Good evening.'],
      ['turn', 'SECRETARY BLINKEN', 'antony-blinken', 'It is a pleasure.'],
      ['turn', 'FOREIGN MINISTER HAYASHI', 'hayashi-yoshimasa', '(Via interpreter) Thank you, Tony.'],
    ]);
  });

  test('a joint statement keeps two blank lines inside "Begin text" ... "End text" as one document', () => {
    const text = [
      BANNER, '', 'Joint Statement by Secretary Blinken and Japanese Foreign Minister Hayashi', 'July 14, 2023', '', 'Begin text', '',
      'The United States and Japan condemn the launch.', '', '', 'They will work together.', '', 'End Text', '',
    ].join('\n');
    const readouts = readoutsOf(text);
    expect(readouts).toHaveLength(1);
    expect(readouts[0]!.paragraphs.map((p) => p.text)).toEqual(['The United States and Japan condemn the launch.', 'They will work together.']);
    expect(readouts[0]!.kind).toBe('joint-statement');
  });

  test('an excerpt is marked partial and its "[Read the full text]" line is not a paragraph', () => {
    const text = [BANNER, '', 'Secretary Blinken’s Meeting with Japanese Foreign Minister Hayashi', 'July 13, 2023', '', 'Secretary of State Antony J. Blinken met today with Japanese Foreign Minister Hayashi Yoshimasa.', '', '[Read the full text: English I Japanese]'].join('\n');
    const r = readoutOf(text);
    expect(r.partial).toBe(true);
    expect(r.paragraphs.map((p) => p.text)).toEqual(['Secretary of State Antony J. Blinken met today with Japanese Foreign Minister Hayashi Yoshimasa.']);
  });
});

describe('State Department layouts as the site prints them', () => {
  const body = 'Secretary of State Antony J. Blinken met today with Japanese Foreign Minister Kamikawa Yoko in Washington.';

  test('upper-case labels, a byline and the date in blocks of their own are header, not text', () => {
    const text = [BANNER, '', 'Secretary Blinken’s Meeting with Japanese Foreign Minister Kamikawa', '', 'READOUT', '', 'OFFICE OF THE SPOKESPERSON', '', 'JANUARY 2, 2024', '', body].join('\n');
    const r = readoutOf(text);
    expect([r.publishedDate, r.date]).toEqual(['2024-01-02', '2024-01-02']);
    expect(r.paragraphs.map((p) => p.text)).toEqual([body]);
  });

  test('a remarks byline with a middle initial is a label', () => {
    const text = [BANNER, '', 'Secretary Antony J. Blinken and Japanese Foreign Minister Kamikawa Yoko at a Joint Press Availability', 'Antony J. Blinken, Secretary of State', 'Tokyo, Japan', 'November 8, 2023', '', 'SECRETARY BLINKEN:\u00a0 Good afternoon.'].join('\n');
    const r = readoutOf(text);
    expect(r.publishedDate).toBe('2023-11-08');
    expect(r.paragraphs).toHaveLength(1);
  });

  test('a joint press availability title names both ministers', () => {
    const text = [BANNER, '', 'Secretary Antony J. Blinken at a Joint Press Availability with Japanese Foreign Minister Yoshimasa Hayashi', 'July 14, 2023', '', 'SECRETARY BLINKEN:\u00a0 Good afternoon.'].join('\n');
    expect(readoutOf(text).participants.map((p) => p.person)).toEqual(['antony-blinken', 'hayashi-yoshimasa']);
  });

  test('a hyphenated given name in a title is kept', () => {
    const text = [BANNER, '', 'Secretary Antony J. Blinken and Republic of Korea Foreign Minister Kang Kyung-wha Before Their Meeting', 'March 17, 2018', '', 'SECRETARY BLINKEN:\u00a0 Good afternoon.'].join('\n');
    expect(readoutOf(text).participants.map((p) => p.name)).toEqual(['Antony J. Blinken', 'Kang Kyung-wha']);
  });

  test('two people before "met" are both participants', () => {
    const text = [BANNER, '', 'Trilateral Meeting', 'July 14, 2023', '', 'Secretary Blinken and Japanese Foreign Minister Hayashi Yoshimasa met today with Republic of Korea Foreign Minister Park Jin in Jakarta.'].join('\n');
    expect(readoutOf(text).participants.map((p) => p.person)).toEqual(['antony-blinken', 'hayashi-yoshimasa', 'park-jin']);
  });

  test('a relative clause after the last name is not a participant', () => {
    const text = [BANNER, '', 'Secretary Blinken’s Meeting with Japanese Foreign Minister Kamikawa', 'January 3, 2024', '', 'Today, Secretary Blinken met with Japanese Foreign Minister Kamikawa Yoko, who is visiting Washington, to discuss the Alliance.'].join('\n');
    expect(readoutOf(text).participants.map((p) => p.person ?? p.name)).toEqual(['antony-blinken', 'kamikawa-yoko']);
  });

  test('a date mentioned in passing is not the meeting date', () => {
    const text = [BANNER, '', 'Secretary Blinken’s Call with Japanese Foreign Minister Kamikawa', 'January 4, 2024', '', 'Secretary Blinken spoke with Japanese Foreign Minister Yoko Kamikawa to offer condolences for the lives lost in the January 1 earthquake.'].join('\n');
    expect(readoutOf(text).date).toBe('2024-01-04');
  });

  test('participants of a joint statement titled by its subject come from sources.yaml', () => {
    const text = [BANNER, '', 'Joint Statement on the Japan-U.S.-Republic of Korea Trilateral Ministerial Meeting', 'July 14, 2023', '', 'Begin text', '', 'The three countries will work together.', '', 'End text'].join('\n');
    const r = readoutOf(text, 'fixture.txt:\n  documents:\n    - document: 1\n      participants: [Secretary Blinken, Foreign Minister Hayashi, Foreign Minister Park Jin]\n');
    expect(r.participants.map((p) => p.person)).toEqual(['antony-blinken', 'hayashi-yoshimasa', 'park-jin']);
  });

  test('a lead of unknown people is an error that says what to add, not a broken slug', () => {
    const text = [BANNER, '', 'Deputy Secretary Campbell’s Meeting', 'January 2, 2024', '', 'Deputy Secretary of State Kurt M. Campbell met today with Vice Minister Okano Masataka.'].join('\n');
    const errors = messagesOf({ 'state.txt': text }).filter((m) => !m.includes('warning:'));
    expect(errors).toEqual(['content/readouts/state.txt:6: could not tell which countries took part in "Deputy Secretary Campbell’s Meeting": add its people to content/people.yaml']);
  });
});
