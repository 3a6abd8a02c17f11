// Variations of U.S. Department of State texts beyond the source file.
import { describe, expect, test } from 'vitest';
import { messagesOf, readoutOf, readoutsOf } from './testing.ts';

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
