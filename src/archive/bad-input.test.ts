// Input the archive must refuse or survive, each with a message that names the file and line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildFrom, messagesOf, mofaText, readoutsOf } from './testing.ts';

const SOURCE = readFileSync(join(import.meta.dirname, '..', '..', 'content', 'readouts', '002_b2fbf85e53d0a9e2.txt'));
const sourceText = SOURCE.toString('utf8');
const errorsOf = (files: Record<string, string | Uint8Array>, sourcesYaml?: string) => messagesOf(files, sourcesYaml).filter((m) => !m.includes(': warning: '));

describe('unreadable files', () => {
  test('an empty file is refused', () => {
    expect(errorsOf({ 'empty.txt': '' })).toEqual(['content/readouts/empty.txt:1: the file is empty']);
  });

  test('a file of whitespace only is refused', () => {
    expect(errorsOf({ 'blank.txt': ' \n\t\n  \n' })).toEqual(['content/readouts/blank.txt:1: the file holds only whitespace']);
  });

  test('binary data is refused at the line of its first NUL byte', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Japan-Republic of Korea Relations\n\nJuly 13'), 0, 1, 2]);
    expect(errorsOf({ 'photo.txt': bytes })).toEqual(['content/readouts/photo.txt:3: binary data (a NUL byte): not a text readout']);
  });

  test('invalid UTF-8 is refused at the line it is on', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Japan-Republic of Korea Relations\n\n'), 0x4a, 0xff, 0xfe, 0x0a]);
    expect(errorsOf({ 'latin.txt': bytes })).toEqual(['content/readouts/latin.txt:3: invalid UTF-8: save the file as UTF-8']);
  });

  test('a 10 MB file is refused by its size', () => {
    const big = new Uint8Array(10_000_000).fill(0x61);
    expect(errorsOf({ 'huge.txt': big })).toEqual(['content/readouts/huge.txt:1: the file is 10.0 MB; readouts larger than 1 MB are refused']);
  });
});

describe('encodings that must not change the reading', () => {
  test('a byte-order mark and CRLF line endings parse exactly like the clean file', () => {
    const clean = readoutsOf(sourceText, '{}', 'clean.txt')[0]!;
    const windows = readoutsOf(`\uFEFF${sourceText.replace(/\n/g, '\r\n')}`, '{}', 'clean.txt')[0]!;
    const { sha256: a, ...cleanFields } = clean;
    const { sha256: b, ...windowsFields } = windows;
    expect(a).not.toBe(b);
    expect(windowsFields).toEqual(cleanFields);
  });
});

describe('texts of no known format', () => {
  test('a text of neither publisher names both formats it tried', () => {
    const [message] = errorsOf({ 'memo.txt': 'Minutes of the staff meeting\n\nWe discussed the budget.\n' });
    expect(message).toMatch(/^content\/readouts\/memo\.txt:1: unknown format: expected a MOFA Japan page .* or a U\.S\. Department of State text/);
  });

  test('a MOFA readout without a date line or a year says what is missing and where to add it', () => {
    const text = sourceText.replace('July 13, 2023\n', '');
    expect(errorsOf({ 'nodate.txt': text }, 'nodate.txt:\n  publisher: mofa-japan\n')).toEqual([
      'content/readouts/nodate.txt:6: no date: the page has no date line and the lead gives the day (month 7, day 13) but no year; add date: YYYY-MM-DD (the publication date) for this file in content/sources.yaml',
    ]);
  });

  test('a MOFA readout without a date line reads when sources.yaml gives the publication date', () => {
    const text = sourceText.replace('July 13, 2023\n', '');
    const [r] = readoutsOf(text, 'nodate.txt:\n  publisher: mofa-japan\n  date: 2023-07-13\n', 'nodate.txt');
    expect([r!.date, r!.dateFrom]).toEqual(['2023-07-13', 'sources.yaml']);
  });

  test('an impossible date is refused', () => {
    expect(errorsOf({ 'feb30.txt': sourceText.replace('July 13, 2023', 'February 30, 2023') })).toEqual([
      'content/readouts/feb30.txt:3: impossible date "February 30, 2023": no such day',
    ]);
  });
});

describe('the archive as a whole', () => {
  test('the same file under two names is refused the second time', () => {
    expect(errorsOf({ 'a.txt': SOURCE, 'b.txt': SOURCE })).toEqual(['content/readouts/b.txt:1: the same text as content/readouts/a.txt: the archive holds each source once']);
  });

  test('a sources.yaml entry for a missing file is an error at its line', () => {
    expect(errorsOf({ 'a.txt': SOURCE }, 'a.txt:\n  title: Japan-ROK Foreign Ministers\' Meeting\nmissing.txt:\n  date: 2023-07-13\n')).toEqual([
      'content/sources.yaml:3: no file content/readouts/missing.txt for this entry',
    ]);
  });

  test('a date in sources.yaml that contradicts the text is an error', () => {
    expect(errorsOf({ 'a.txt': SOURCE }, 'a.txt:\n  date: 2023-07-12\n')).toEqual(['content/readouts/a.txt:3: the text is dated 2023-07-13 but content/sources.yaml says 2023-07-12']);
  });

  test('every error is reported, not only the first', () => {
    const errors = errorsOf({ 'empty.txt': '', 'feb30.txt': sourceText.replace('July 13, 2023', 'February 30, 2023'), 'good.txt': SOURCE, 'memo.txt': 'Just a memo\n' });
    expect(errors.map((e) => e.split(':')[0])).toEqual(['content/readouts/empty.txt', 'content/readouts/feb30.txt', 'content/readouts/memo.txt']);
  });

  test('a readout that cannot be read is never dropped silently: the build fails', () => {
    const result = buildFrom({ 'good.txt': SOURCE, 'empty.txt': '' });
    expect(result.ok).toBe(false);
  });
});

test('HTML and script inside a paragraph are kept as text', () => {
  const text = mofaText({
    lead: 'On July 13, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a meeting with H.E. Dr. Park Jin, Minister of Foreign Affairs of the Republic of Korea.',
    points: ['  1. The Ministers discussed <script>alert("x")</script> and <b>bold</b> claims & counterclaims.'],
  });
  const [r] = readoutsOf(text);
  expect(r!.paragraphs[1]!.text).toBe('The Ministers discussed <script>alert("x")</script> and <b>bold</b> claims & counterclaims.');
});
