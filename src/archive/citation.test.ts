import { describe, expect, test } from 'vitest';
import { apa, bibtex, chicagoBibliography, chicagoNote, cslRecord, ris } from './citation.ts';
import type { Readout } from './schema.ts';

const PERMALINK = 'https://archive.example/meetings/2023-07-14-japan-us-rok/#mofa';
const base = {
  id: '000-x',
  anchor: 'mofa',
  publisher: 'mofa-japan',
  title: "Japan-U.S.-ROK Foreign Ministers' Meeting",
  date: '2023-07-14',
  publishedDate: '2023-07-14',
  sourceUrl: 'https://www.mofa.go.jp/a_o/na2/page4e_001449.html',
} as Readout;
const withoutSource = { ...base, publisher: 'us-state-department', anchor: 'state-joint-statement', sourceUrl: undefined } as Readout;

describe('Chicago', () => {
  test('a note names publisher, title as published, date and the original, then the archived copy', () => {
    expect(chicagoNote(cslRecord(base, PERMALINK))).toBe(
      'Ministry of Foreign Affairs of Japan, “Japan-U.S.-ROK Foreign Ministers’ Meeting,” July 14, 2023, https://www.mofa.go.jp/a_o/na2/page4e_001449.html; archived in Readout Archive, https://archive.example/meetings/2023-07-14-japan-us-rok/#mofa.',
    );
  });

  test('a bibliography entry separates its elements with periods', () => {
    expect(chicagoBibliography(cslRecord(base, PERMALINK))).toBe(
      'Ministry of Foreign Affairs of Japan. “Japan-U.S.-ROK Foreign Ministers’ Meeting.” July 14, 2023. https://www.mofa.go.jp/a_o/na2/page4e_001449.html. Archived in Readout Archive, https://archive.example/meetings/2023-07-14-japan-us-rok/#mofa.',
    );
  });

  test('without a known original the archive permalink is the address', () => {
    expect(chicagoNote(cslRecord(withoutSource, PERMALINK))).toBe('U.S. Department of State, “Japan-U.S.-ROK Foreign Ministers’ Meeting,” July 14, 2023, https://archive.example/meetings/2023-07-14-japan-us-rok/#mofa.');
  });
});

test('APA puts the date after the author and ends with the address', () => {
  const text = apa(cslRecord(withoutSource, PERMALINK));
  expect(text.startsWith('U.S. Department of State. (2023, July 14). ')).toBe(true);
  expect(text.endsWith(PERMALINK)).toBe(true);
});

test('BibTeX keeps the corporate author as one name and escapes the URL fragment in notes', () => {
  const text = bibtex(cslRecord(base, PERMALINK));
  expect(text).toMatch(/^@misc\{mofa20230714,/);
  expect(text).toContain('author = {{Ministry of Foreign Affairs of Japan}}');
  expect(text).toContain('url = {https://www.mofa.go.jp/a_o/na2/page4e_001449.html}');
});

describe('RIS', () => {
  const longTitle = { ...withoutSource, title: 'Joint Statement by Secretary Blinken, Japanese Foreign Minister Hayashi, and ROK Foreign Minister Park on the Launch' } as Readout;
  const lines = ris(cslRecord(longTitle, PERMALINK)).split('\r\n');

  test('starts with TY and ends with ER, every line "XX  - value", CRLF-terminated', () => {
    expect(lines[0]).toBe('TY  - ELEC');
    expect(lines.at(-2)).toBe('ER  - ');
    expect(lines.at(-1)).toBe('');
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^[A-Z][A-Z0-9]  - /);
  });

  test('does not wrap long values or shorten the id', () => {
    expect(lines).toContain(`TI  - ${longTitle.title}`);
    expect(lines).toContain('ID  - statejointstatement20230714');
  });

  test('dates use the RIS YYYY/MM/DD form', () => {
    expect(lines).toContain('DA  - 2023/07/14');
    expect(lines).toContain('PY  - 2023');
  });
});
