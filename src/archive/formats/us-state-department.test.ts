// Variations of U.S. Department of State texts beyond the source file.
import { describe, expect, test } from 'vitest';
import { buildFrom, messagesOf, mofaText, readoutOf, readoutsOf } from '../testing.ts';
import { usStateDepartment } from './us-state-department.ts';

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

  test('an unknown counterpart in a lead gives a message that says what to add, not a broken slug', () => {
    const text = [BANNER, '', 'Deputy Secretary Campbell’s Meeting', 'January 2, 2024', '', 'Deputy Secretary of State Kurt M. Campbell met today with Vice Minister Okano Masataka.'].join('\n');
    expect(messagesOf({ 'state.txt': text })).toContain(
      'content/readouts/state.txt:6: warning: unknown person "Okano Masataka": the text names no country for them; add them to content/people.yaml with the spelling used here',
    );
  });

  test('the Department’s own officials are placed in the United States without being in people.yaml', () => {
    const text = [BANNER, '', 'Deputy Secretary Campbell’s Meeting', 'January 2, 2024', '', 'Deputy Secretary of State Kurt M. Campbell met today with Japanese Foreign Minister Kamikawa Yoko.'].join('\n');
    expect(readoutOf(text).participants.map((p) => [p.name, p.country])).toEqual([
      ['Kurt M. Campbell', 'united-states'],
      ['Kamikawa Yoko', 'japan'],
    ]);
  });
});


describe('the press feed’s HTML bodies', () => {
  const feed = (title: string, date: string) => `fixture.txt:\n  date: ${date}\n  title: "${title}"\n`;

  test('paragraphs are read from <p> elements with entities decoded, tags and hidden inputs dropped, and their lines kept', () => {
    const text = [
      '<p>Office of the Spokesperson</p>',
      '<p>The below is attributable to Spokesperson Matthew Miller:</p>',
      '<p><span style="font-size: medium;">Secretary of State Antony J. Blinken met today with Japanese Foreign Minister Kamikawa Yoko in Tokyo.</span></p>',
      '<p>&nbsp;</p>',
      '<p>They compared notes on the region&#8217;s <wbr />security.</p>',
      '<p><input type="hidden" data-filter="101" /></p>',
    ].join('\n');
    const r = readoutOf(text, feed('Secretary Blinken’s Meeting with Japanese Foreign Minister Kamikawa', '2024-01-10'));
    expect(r.paragraphs.map((p) => [p.role, p.text, p.lines.start])).toEqual([
      ['note', 'The below is attributable to Spokesperson Matthew Miller:', 2],
      ['body', 'Secretary of State Antony J. Blinken met today with Japanese Foreign Minister Kamikawa Yoko in Tokyo.', 3],
      ['body', 'They compared notes on the region’s security.', 5],
    ]);
  });

  test('a feed body takes its title and its publication day from sources.yaml', () => {
    const text = '<p>Office of the Spokesperson</p>\n<p>Secretary of State Antony J. Blinken spoke yesterday with Japanese Foreign Minister Kamikawa Yoko.</p>\n';
    const r = readoutOf(text, feed('Secretary Blinken’s Call with Japanese Foreign Minister Kamikawa', '2024-01-10'));
    expect([r.title, r.date, r.publishedDate, r.dateFrom, r.kind, r.channel]).toEqual([
      'Secretary Blinken’s Call with Japanese Foreign Minister Kamikawa', '2024-01-09', '2024-01-10', 'sources.yaml', 'telephone-talk', 'telephone',
    ]);
  });

  test('bold speaker labels in a feed body start speaker turns', () => {
    const text = [
      '<p>Antony J. Blinken, Secretary of State</p>',
      '<p>Tokyo, Japan</p>',
      '<p><b>SECRETARY BLINKEN:</b>  Thanks for having us.</p>',
      '<p><strong>FOREIGN MINISTER KAMIKAWA:</strong>  (Via interpreter) You are most welcome.</p>',
    ].join('\n');
    const r = readoutOf(text, feed('Secretary Antony J. Blinken and Japanese Foreign Minister Kamikawa Yoko Before Their Meeting', '2023-11-08'));
    expect(r.paragraphs.map((p) => [p.speaker, p.text])).toEqual([
      ['SECRETARY BLINKEN', 'Thanks for having us.'],
      ['FOREIGN MINISTER KAMIKAWA', '(Via interpreter) You are most welcome.'],
    ]);
  });

  test('an invisible mark after the attribution’s colon does not hide the attribution', () => {
    const text = '<p>The below is attributable to State Department Spokesperson Matthew Miller:\u200e</p>\n<p>Secretary of State Antony J. Blinken spoke today with Japanese Foreign Minister Kamikawa Yoko.</p>\n';
    const r = readoutOf(text, feed('Secretary Blinken’s Call with Japanese Foreign Minister Kamikawa', '2024-01-10'));
    expect(r.attribution).toBe('State Department Spokesperson Matthew Miller');
  });

  test('a quoted statement whose "Begin Text" has no end runs to the end of the body', () => {
    const text = [
      '<p>Office of the Spokesperson</p>',
      '<p><i>Begin Text</i></p>',
      '<p>Secretary of State Antony J. Blinken, Japanese Foreign Minister Hayashi Yoshimasa, and Republic of Korea Foreign Minister Park Jin met today in Jakarta.</p>',
      '<p>The three will keep meeting.</p>',
    ].join('\n');
    const r = readoutOf(text, feed('Joint Statement on a Trilateral Meeting', '2023-07-14'));
    expect([r.kind, r.paragraphs.length, r.location?.city]).toEqual(['joint-statement', 2, 'Jakarta']);
    expect(r.participants.map((p) => p.person)).toEqual(['antony-blinken', 'hayashi-yoshimasa', 'park-jin']);
  });
});

describe('days as a release words them', () => {
  const page = (lead: string, date = 'February 29, 2024') => [BANNER, '', 'Secretary Blinken’s Meeting with Republic of Korea Foreign Minister Cho', date, '', lead].join('\n');

  test('a weekday is the latest such day on or before the publication date', () => {
    expect(readoutOf(page('Secretary of State Antony J. Blinken met with Republic of Korea Foreign Minister Cho Tae-yul on Tuesday in Washington.')).date).toBe('2024-02-27');
  });

  test('"the evening of" a date is the day of the meeting', () => {
    expect(readoutOf(page('Secretary of State Antony J. Blinken met with Republic of Korea Foreign Minister Cho Tae-yul the evening of February 26.')).date).toBe('2024-02-26');
  });

  test('"On" a date at the start of the lead is the day of the meeting', () => {
    expect(readoutOf(page('On February 25, Secretary of State Antony J. Blinken met with Republic of Korea Foreign Minister Cho Tae-yul.')).date).toBe('2024-02-25');
  });

  test('a day with no year and no date anywhere is refused with a pointer to sources.yaml', () => {
    const text = [BANNER, '', 'Secretary Blinken’s Meeting with Republic of Korea Foreign Minister Cho', '', 'On February 25, Secretary of State Antony J. Blinken met with Republic of Korea Foreign Minister Cho Tae-yul.'].join('\n');
    expect(messagesOf({ 'state.txt': text })).toContain(
      'content/readouts/state.txt:3: no date for "Secretary Blinken’s Meeting with Republic of Korea Foreign Minister Cho": the text gives "On February 25" but no year; add date: YYYY-MM-DD for this file in content/sources.yaml',
    );
  });

  test('a date led by a weekday is a reposting site’s clock, not the text’s date', () => {
    const text = ['68 F', 'Chicago', 'Monday, June 3, 2024', '', 'Secretary Antony J. Blinken and Japanese Foreign Minister Kamikawa Yoko Before Their Meeting', '', 'SECRETARY BLINKEN:  Good to see you.'].join('\n');
    expect(messagesOf({ 'state.txt': text }).some((m) => m.startsWith('content/readouts/state.txt:5: no date for') && m.includes('the text gives no date'))).toBe(true);
  });

  test('the city of a reposting site’s weather widget is not where remarks were given', () => {
    const text = ['68 F', 'Chicago', 'Monday, June 3, 2024', '', 'Secretary Antony J. Blinken and Japanese Foreign Minister Kamikawa Yoko Before Their Meeting', '', 'SECRETARY BLINKEN:  Good to see you.'].join('\n');
    const r = readoutOf(text, 'fixture.txt:\n  date: 2023-11-07\n');
    expect([r.date, r.location]).toEqual(['2023-11-07', undefined]);
  });

  test('a Korean embassy page counts "today" from the Washington day before its Seoul date', () => {
    const text = [BANNER, '', '한미 외교장관 회담 공동성명', '2023년 7월 15일', '', '블링컨 미국 국무장관과 박진 한국 외교부 장관은 오늘 자카르타에서 만났다.'].join('\n');
    const r = readoutOf(text, 'fixture.txt:\n  documents:\n    - document: 1\n      participants: [Secretary Blinken, Foreign Minister Park Jin]\n');
    expect([r.kind, r.date, r.publishedDate]).toEqual(['joint-statement', '2023-07-14', '2023-07-15']);
  });
});

describe('several meetings or calls in one release', () => {
  test('one counterpart called twice gives two telephone talks with the same participants', () => {
    const text = [BANNER, '', 'Secretary Blinken’s Calls with Japanese Foreign Minister Kamikawa', 'January 9, 2024', '', 'Secretary of State Antony J. Blinken talked with Japanese Foreign Minister Kamikawa Yoko this morning and again in the evening.'].join('\n');
    const readouts = readoutsOf(text);
    expect(readouts.map((r) => [r.kind, r.date, r.participants.map((p) => p.person).join(',')])).toEqual([
      ['telephone-talk', '2024-01-09', 'antony-blinken,kamikawa-yoko'],
      ['telephone-talk', '2024-01-09', 'antony-blinken,kamikawa-yoko'],
    ]);
  });

  test('meetings held separately with two counterparts give one readout each, with the Secretary and that counterpart', () => {
    const text = [BANNER, '', 'Secretary Blinken’s Meetings with Japanese Foreign Minister Kamikawa and Republic of Korea Foreign Minister Cho', 'March 19, 2024', '', 'Secretary of State Antony J. Blinken met separately today with Japanese Foreign Minister Kamikawa Yoko and Republic of Korea Foreign Minister Cho Tae-yul in Seoul.'].join('\n');
    expect(readoutsOf(text).map((r) => r.participants.map((p) => p.person))).toEqual([
      ['antony-blinken', 'kamikawa-yoko'],
      ['antony-blinken', 'cho-tae-yul'],
    ]);
  });
});

describe('texts that are not accounts of a meeting', () => {
  test('a travel announcement is refused at the line that announces it', () => {
    const text = '<p>Office of the Spokesperson</p>\n<p>Secretary Blinken will travel to Seoul next week to see Foreign Minister Cho Tae-yul.</p>\n';
    expect(messagesOf({ 'fixture.txt': text }, 'fixture.txt:\n  date: 2024-03-14\n  title: Secretary Blinken’s Travel to the Republic of Korea\n').filter((m) => !m.includes('warning:'))).toEqual([
      'content/readouts/fixture.txt:2: not an account of a meeting: "Secretary Blinken’s Travel to the Republic of Korea" announces travel ("Secretary Blinken will travel to Seoul next week to see Foreign Minister Cho Tae-yul."), not a meeting that took place',
    ]);
  });

  test('speaker turns with no title, byline, place or date are refused', () => {
    const text = [BANNER, '', 'Official websites use .gov', '', 'SECRETARY BLINKEN:  Good morning.', '', 'FOREIGN MINISTER CHO:  Good morning to you.', '', '', 'U.S. Department of State'].join('\n');
    expect(messagesOf({ 'state.txt': text }).filter((m) => !m.includes('warning:'))).toEqual([
      'content/readouts/state.txt:5: speaker turns with no title, byline, place or date: nothing in the text says which meeting they are from (for a feed body, give its title and date in content/sources.yaml)',
    ]);
  });
});

describe('page furniture and layouts', () => {
  test('the banner’s explanations, the archive notice and footers are not text', () => {
    const text = [
      BANNER, '', 'Here’s how you know', '', 'Official websites use .gov', '', 'Secure .gov websites use HTTPS', '',
      'You are viewing ARCHIVED CONTENT released online from January 20, 2017 to January 20, 2021.', '',
      'Secretary Blinken’s Meeting with Japanese Foreign Minister Kamikawa', 'January 3, 2024', '',
      'Secretary of State Antony J. Blinken met today with Japanese Foreign Minister Kamikawa Yoko.', '', '',
      'U.S. Department of State', '', 'The Lessons of 1989: Freedom and Our Future', '', 'PRN: 2024/0003',
    ].join('\n');
    expect(readoutOf(text).paragraphs.map((p) => p.lines.start)).toEqual([14]);
  });

  test('a page stored as one line is cut at its breadcrumb, labels, date, attribution and tags', () => {
    const text =
      'HomeOffice of the SpokespersonPress Releases...Secretary Blinken’s Meeting with Japanese Foreign Minister Kamikawa hide Secretary Blinken’s Meeting with Japanese Foreign Minister Kamikawa Readout Office of the Spokesperson January 3, 2024 The below is attributable to Spokesperson Matthew Miller: Secretary of State Antony J. Blinken met today with Japanese Foreign Minister Kamikawa Yoko. They spoke about the year ahead. Tags Office of the Spokesperson The Secretary of State';
    const r = readoutOf(text);
    expect([r.title, r.publishedDate, r.attribution]).toEqual(['Secretary Blinken’s Meeting with Japanese Foreign Minister Kamikawa', '2024-01-03', 'Spokesperson Matthew Miller']);
    expect(r.paragraphs.map((p) => p.text).at(-1)).toBe('Secretary of State Antony J. Blinken met today with Japanese Foreign Minister Kamikawa Yoko. They spoke about the year ahead.');
  });

  test('an old header block names the speaker, and the title names the counterpart', () => {
    const text = ['Remarks With Japanese Foreign Minister Fumio Kishida', '', 'John Kerry', 'Secretary of State', 'Iikura Guest House', 'Tokyo, Japan', 'April 14, 2013', '', 'SECRETARY KERRY: Good evening.'].join('\n');
    const r = readoutOf(text);
    expect(r.participants.map((p) => p.person)).toEqual(['john-kerry', 'kishida-fumio']);
    expect([r.kind, r.date, r.location?.text]).toEqual(['remarks', '2013-04-14', 'Tokyo, Japan']);
  });

  test('a city line in capitals is read in ordinary case, and the venue beside it is not the place', () => {
    const text = [BANNER, '', 'Secretary Antony J. Blinken and Republic of Korea Foreign Minister Cho Tae-yul Before Their Meeting', 'THOMAS JEFFERSON ROOM', 'WASHINGTON, D.C.', 'February 28, 2024', '', 'SECRETARY BLINKEN: Welcome.'].join('\n');
    expect(readoutOf(text).location).toEqual({ city: 'Washington, D.C.', country: 'united-states', text: 'Washington, D.C.' });
  });

  test('a misspelt city on a header line is read as the city meant, with a warning', () => {
    const text = ['Remarks With Japanese Foreign Minister Fumio Kishida', '', 'John Kerry', 'Secretary of State', 'Tokyp, Japan', 'April 14, 2013', '', 'SECRETARY KERRY: Good evening.'].join('\n');
    expect(readoutOf(text).location?.city).toBe('Tokyo');
    expect(messagesOf({ 'state.txt': text })).toContain('content/readouts/state.txt:5: warning: the place "Tokyp, Japan" is read as "Tokyo, Japan" (a misspelling on the page)');
  });

  test('a readout followed by remarks with no blank line between is two documents', () => {
    const text = [
      'February 29, 2024',
      'The below is attributable to Spokesperson Matthew Miller:',
      'Secretary of State Antony J. Blinken met with Republic of Korea Foreign Minister Cho Tae-yul on Wednesday in Washington.',
      'Secretary Antony J. Blinken and Republic of Korea Foreign Minister Cho Tae-yul Before Their Meeting',
      'WASHINGTON, D.C.',
      'SECRETARY BLINKEN: Welcome to the Department.',
    ].join('\n');
    const readouts = readoutsOf(text, 'fixture.txt:\n  date: 2024-02-29\n');
    expect(readouts.map((r) => [r.kind, r.date, r.paragraphs[0]!.lines.start])).toEqual([
      ['readout', '2024-02-28', 2],
      ['remarks', '2024-02-29', 6],
    ]);
  });

  test('two blank lines before a speaker turn do not start a new document', () => {
    const text = [BANNER, '', 'Remarks With Japanese Foreign Minister Fumio Kishida', 'April 14, 2013', '', 'SECRETARY KERRY: Good evening.', '', '', 'SECRETARY KERRY: (Laughter.)'].join('\n');
    expect(readoutsOf(text).map((r) => r.paragraphs.length)).toEqual([2]);
  });

  test('moderators, questioners and the spokesperson are not participants of remarks', () => {
    const text = [
      BANNER, '', 'Secretary Antony J. Blinken and Japanese Foreign Minister Kamikawa Yoko at a Joint Press Availability', 'Tokyo, Japan', 'November 8, 2023', '',
      'MODERATOR: We begin.', '', 'SECRETARY BLINKEN: Thank you.', '', 'MR MILLER: First question.', '', 'QUESTION: For both of you.',
    ].join('\n');
    expect(readoutOf(text).participants.map((p) => p.person)).toEqual(['antony-blinken', 'kamikawa-yoko']);
  });

  test('a lead that says the Secretary "received" a minister is a meeting in the place it names', () => {
    const text = [BANNER, '', 'Secretary Blinken’s Meeting with Japanese Foreign Minister Kamikawa Yoko', 'January 3, 2024', '', 'On January 2, Secretary Blinken received Japanese Foreign Minister Kamikawa in Washington, DC.'].join('\n');
    const r = readoutOf(text);
    expect([r.date, r.location?.city, r.participants.map((p) => p.person).join(',')]).toEqual(['2024-01-02', 'Washington, DC', 'antony-blinken,kamikawa-yoko']);
  });

  test('a family name in the lead takes the full name the title gives', () => {
    const text = [BANNER, '', 'Secretary Blinken’s Meeting with Japanese Foreign Minister Kamikawa Yoko', 'January 3, 2024', '', 'Secretary Blinken met today with Japanese Foreign Minister Kamikawa.'].join('\n');
    expect(readoutOf(text).participants.map((p) => p.name)).toEqual(['Secretary Blinken', 'Kamikawa Yoko']);
  });

  test('"and" inside a counterpart’s office does not split one person into two', () => {
    const text = [BANNER, '', 'Secretary Blinken’s Meeting', 'January 3, 2024', '', 'Secretary of State Antony J. Blinken met today with Japanese Deputy Prime Minister and Foreign Minister Kamikawa Yoko and Republic of Korea Foreign Minister Cho Tae-yul.'].join('\n');
    expect(readoutOf(text).participants.map((p) => p.person)).toEqual(['antony-blinken', 'kamikawa-yoko', 'cho-tae-yul']);
  });
});

describe('which pages are State Department pages', () => {
  test('a MOFA Japan page is not claimed', () => {
    const text = mofaText({ lead: 'On July 13, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a meeting with Secretary of State Blinken.' });
    expect(usStateDepartment.detect(text.split('\n'))).toBe(0);
  });

  test('a page with Korean navigation is not claimed, whatever English it quotes', () => {
    const lines = ['외교부', '뉴스·소식', '보도자료', '', 'The below is attributable to Spokesperson Matthew Miller:', 'Secretary Blinken met today with Foreign Minister Cho.'];
    expect(usStateDepartment.detect(lines)).toBe(0);
  });

  test('a page with the .gov banner names its publisher', () => {
    expect(usStateDepartment.detect([BANNER, '', 'Secretary Blinken’s Meeting'])).toBe(3);
  });

  test('a feed body is known by its byline and attribution', () => {
    expect(usStateDepartment.detect(['<p>Office of the Spokesperson</p>', '<p>The below is attributable to Spokesperson Matthew Miller:</p>'])).toBe(2);
  });
});

describe('people as State texts list them', () => {
  const readout = (title: string, lead: string) => readoutOf([BANNER, '', title, 'March 5, 2024', '', 'The below is attributable to Spokesperson Matthew Miller:', '', lead].join('\n'));
  const placed = (r: ReturnType<typeof readoutOf>) => r.participants.map((p) => [p.name, p.country ?? null]);

  test('a Cabinet secretary the text names without a country is the United States’ own', () => {
    const r = readout('Secretary Blinken and Secretary Austin’s Call with Japanese Foreign Minister Kamikawa', 'Secretary of State Antony J. Blinken and Secretary of Defense Joel Q. Marrow spoke today with Japanese Foreign Minister Kamikawa Yoko.');
    expect(placed(r)[1]).toEqual(['Joel Q. Marrow', 'united-states']);
  });

  test('an Arabic family name keeps its lower-case article', () => {
    const r = readout('Secretary Blinken’s Call with Omani Foreign Minister Harith', 'Secretary of State Antony J. Blinken spoke today with Omani Foreign Minister Salim al-Harith.');
    expect(placed(r)[1]).toEqual(['Salim al-Harith', 'oman']);
  });

  test('"and they" after a counterpart starts a new clause, not another person', () => {
    const r = readout('Secretary Blinken’s Call with Danish Foreign Minister Vestby', 'Secretary of State Antony J. Blinken spoke today with Danish Foreign Minister Ole Vestby and they agreed to meet soon.');
    expect(placed(r)[1]).toEqual(['Ole Vestby', 'denmark']);
  });

  test('an office joined to another by "and" before one name is one person', () => {
    const r = readout('Secretary Blinken’s Call with Politburo Member Tan', 'Secretary of State Antony J. Blinken spoke today with Chinese Communist Party Politburo Member and Director of the Party Office Tan Weiming.');
    expect(placed(r).slice(1)).toEqual([['Tan Weiming', 'china']]);
  });

  test('a head of an office after "and" is another person', () => {
    const r = readout('Secretary Blinken’s Meeting with Latvian Officials', 'Secretary of State Antony J. Blinken met today with Latvian Foreign Minister Ivars Ozols and Head of the Presidential Office Anna Berzina.');
    expect(placed(r).slice(1)).toEqual([['Ivars Ozols', 'latvia'], ['Anna Berzina', 'latvia']]);
  });

  test('the country before the first of one meeting’s list reaches an office with no words of its own', () => {
    const r = readout('Secretary Blinken’s Meeting with Kosovan Leaders', 'Secretary of State Antony J. Blinken met today with Kosovan President Arta Hoxha and Prime Minister Besim Krasniqi.');
    expect(placed(r).slice(1)).toEqual([['Arta Hoxha', 'kosovo'], ['Besim Krasniqi', 'kosovo']]);
  });

  test('the country before a list does not reach an office that names its own body', () => {
    const r = readout('Secretary Blinken’s Meeting', 'Secretary of State Antony J. Blinken met today with Danish Foreign Minister Ole Vestby and NATO Deputy Secretary General Pia Lund.');
    expect(r.participants[2]?.country).toBeUndefined();
  });

  test('"met" with its counterpart and no "with" is a meeting', () => {
    const r = readout('Deputy Secretary’s Meeting with Danish Foreign Minister Vestby', 'Today, Deputy Secretary of State Wendy Sherman met Danish Foreign Minister Ole Vestby in Copenhagen.');
    expect([placed(r)[1], r.location?.country]).toEqual([['Ole Vestby', 'denmark'], 'denmark']);
  });

  test('what the meeting followed, before the subject, is not part of the subject', () => {
    const r = readout('Deputy Secretary’s Call with Danish Foreign Minister Vestby', 'Following the storm in the Baltic, Deputy Secretary of State Wendy Sherman spoke today with Danish Foreign Minister Ole Vestby.');
    expect(placed(r)[0]).toEqual(['Wendy Sherman', 'united-states']);
  });

  test('a day after the city where they met is no part of the place', () => {
    const r = readout('Secretary Blinken’s Meeting with Danish Foreign Minister Vestby', 'Secretary of State Antony J. Blinken and Danish Foreign Minister Ole Vestby met in New York on March 4 to discuss trade.');
    expect([r.date, r.location?.text]).toEqual(['2024-03-04', 'New York']);
  });

  test('people who co-hosted counterparts are the hosts, and the counterparts their guests', () => {
    const r = readout('Secretary Blinken’s Meeting', 'Secretary of State Antony J. Blinken and Secretary of Commerce Joel Q. Marrow co-hosted Danish Minister of Economy, Trade and Industry Ole Vestby in Washington.');
    expect(placed(r)).toEqual([['Antony J. Blinken', 'united-states'], ['Joel Q. Marrow', 'united-states'], ['Ole Vestby', 'denmark']]);
  });
});

describe('joint statements and remarks', () => {
  const statement = (title: string, ...body: string[]) => readoutOf([BANNER, '', title, 'March 5, 2024', '', ...body].join('\n'));

  test('a joint statement introduced as "the text of a joint statement" is read from the text that follows', () => {
    const r = statement('Joint Statement on the Meeting of Secretary Blinken and Danish Foreign Minister Vestby', 'The following is the text of a joint statement released by the two governments.', '', 'Begin text:', '', 'U.S. Secretary of State Antony J. Blinken and Danish Foreign Minister Ole Vestby met in Copenhagen on March 4 to talk about shipping.');
    expect([r.date, r.location?.country]).toEqual(['2024-03-04', 'denmark']);
  });

  test('a joint statement names the title’s family name in the full form its text gives', () => {
    const r = statement('Joint Statement on the Meeting of Secretary Blinken and Danish Foreign Minister Vestby', 'Begin text:', '', 'U.S. Secretary of State Antony J. Blinken and Danish Foreign Minister Ole Vestby met in Copenhagen on March 4.');
    expect(r.participants.map((p) => p.name)).toEqual(['Antony J. Blinken', 'Ole Vestby']);
  });

  test('a joint statement’s signer takes the country the text writes before the style and name', () => {
    const r = statement('Joint Statement by Secretary Antony Blinken and Foreign Minister Ole Vestby', 'Begin Text.', '', 'At the invitation of Secretary of State Antony Blinken, Danish Foreign Minister Ole Vestby traveled to Washington D.C. on Monday March 4, 2024.');
    expect(r.participants.map((p) => p.country)).toEqual(['united-states', 'denmark']);
  });

  test('a joint statement that tells only of a visit is dated and placed by it', () => {
    const r = statement('Joint Statement by Secretary Antony Blinken and Foreign Minister Ole Vestby', 'Begin Text.', '', 'At the invitation of Secretary of State Antony Blinken, Danish Foreign Minister Ole Vestby traveled to Washington D.C. on Monday March 4, 2024.');
    expect([r.date, r.location?.country]).toEqual(['2024-03-04', 'united-states']);
  });

  test('remarks name a guest by the fuller name the speeches give', () => {
    const text = [BANNER, '', 'Secretary Antony J. Blinken and Chilean President Mateo Rojas at a Joint Press Availability', 'Santiago, Chile', 'March 5, 2024', '', 'MODERATOR: We welcome President Mateo Rojas Vidal, who will speak first.', '', 'SECRETARY BLINKEN: Thank you.'].join('\n');
    expect(readoutOf(text).participants.map((p) => p.name)).toEqual(['Antony J. Blinken', 'Mateo Rojas Vidal']);
  });

  test('a venue written under the city and country line is not the place of remarks', () => {
    const text = [BANNER, '', 'Secretary Antony J. Blinken and Danish Foreign Minister Ole Vestby Before Their Meeting', 'Copenhagen, Denmark', 'Harbourview', 'March 5, 2024', '', 'SECRETARY BLINKEN: Welcome.'].join('\n');
    expect(readoutOf(text).location?.country).toBe('denmark');
  });
});

describe('a page of several documents under one date line', () => {
  const page = [
    'November 7, 2023',
    'The below is attributable to Spokesperson Matthew Miller:',
    'Secretary of State Antony J. Blinken met today with Japanese Foreign Minister Kamikawa Yoko and discussed the alliance.',
    '',
    '',
    'Secretary Antony J. Blinken And Japanese Foreign Minister Kamikawa Yoko Before Their Meeting',
    'SECRETARY BLINKEN: Thank you for the welcome.',
  ].join('\n');

  test('remarks before the meeting take the day of the readout above them', () => {
    const readouts = readoutsOf(page);
    expect(readouts.map((r) => [r.kind, r.date])).toEqual([
      ['readout', '2023-11-07'],
      ['remarks', '2023-11-07'],
    ]);
  });

  test('the readout and the remarks before it are one meeting', () => {
    const result = buildFrom({ 'page.txt': page });
    if (!result.ok) throw new Error('did not build');
    expect(result.archive.meetings).toHaveLength(1);
  });
});
