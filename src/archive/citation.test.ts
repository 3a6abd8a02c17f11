import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, test } from 'vitest';
import { apa, bibtex, chicagoBibliography, chicagoNote, citationFacts, paragraphCitation, ris } from './citation.ts';
import type { Readout } from './schema.ts';

const PERMALINK = 'https://archive.example/meetings/2023-07-14-japan-us-rok/#mofa';
const STATEMENT = 'https://archive.example/meetings/2023-07-14-japan-us-rok/#state-joint-statement';
const REPUBLISHED = 'https://embassy.example/joint-statement/';
const base = {
  id: '000-x',
  anchor: 'mofa',
  publisher: 'mofa-japan',
  title: "Japan-U.S.-ROK Foreign Ministers' Meeting",
  date: '2023-07-14',
  publishedDate: '2023-07-14',
  sourceUrl: 'https://www.mofa.go.jp/a_o/na2/page4e_001449.html',
  alsoPublishedAt: [],
  capturedAt: '2026-11-21',
} as unknown as Readout;
const withoutSource = { ...base, publisher: 'us-state-department', anchor: 'state-joint-statement', sourceUrl: undefined, alsoPublishedAt: [REPUBLISHED] } as unknown as Readout;
const uncaptured = { ...base, capturedAt: undefined } as unknown as Readout;

describe('Chicago', () => {
  test('a note names publisher, title as published, date, the capture date as access date and the original, then the archived copy', () => {
    expect(chicagoNote(citationFacts(base, PERMALINK))).toBe(
      'Ministry of Foreign Affairs of Japan, “Japan-U.S.-ROK Foreign Ministers’ Meeting,” July 14, 2023, accessed November 21, 2026, https://www.mofa.go.jp/a_o/na2/page4e_001449.html; archived in Readout Archive, https://archive.example/meetings/2023-07-14-japan-us-rok/#mofa.',
    );
  });

  test('a bibliography entry separates its elements with periods', () => {
    expect(chicagoBibliography(citationFacts(base, PERMALINK))).toBe(
      'Ministry of Foreign Affairs of Japan. “Japan-U.S.-ROK Foreign Ministers’ Meeting.” July 14, 2023. Accessed November 21, 2026. https://www.mofa.go.jp/a_o/na2/page4e_001449.html. Archived in Readout Archive, https://archive.example/meetings/2023-07-14-japan-us-rok/#mofa.',
    );
  });

  test('without a known original the note says so, names the republication and gives the archive’s address as the archive’s', () => {
    expect(chicagoNote(citationFacts(withoutSource, STATEMENT))).toBe(
      `U.S. Department of State, “Japan-U.S.-ROK Foreign Ministers’ Meeting,” July 14, 2023, original address not recorded, also published at ${REPUBLISHED}; archived in Readout Archive, accessed November 21, 2026, ${STATEMENT}.`,
    );
  });

  test('without a known original the bibliography entry says so too', () => {
    expect(chicagoBibliography(citationFacts(withoutSource, STATEMENT))).toBe(
      `U.S. Department of State. “Japan-U.S.-ROK Foreign Ministers’ Meeting.” July 14, 2023. Original address not recorded. Also published at ${REPUBLISHED}. Archived in Readout Archive. Accessed November 21, 2026. ${STATEMENT}.`,
    );
  });

  test('a text with no capture date has no access date', () => {
    expect(chicagoNote(citationFacts(uncaptured, PERMALINK))).not.toContain('accessed');
  });

  test('a paragraph citation names the paragraph by its label and links the paragraph', () => {
    expect(paragraphCitation(base, `${PERMALINK}-2`, 'point 2')).toBe(
      'Ministry of Foreign Affairs of Japan, “Japan-U.S.-ROK Foreign Ministers’ Meeting,” July 14, 2023, point 2, accessed November 21, 2026, https://www.mofa.go.jp/a_o/na2/page4e_001449.html; archived in Readout Archive, https://archive.example/meetings/2023-07-14-japan-us-rok/#mofa-2.',
    );
  });
});

describe('APA', () => {
  test('puts the date after the author and ends with the original address', () => {
    const text = apa(citationFacts(base, PERMALINK));
    expect(text.startsWith('Ministry of Foreign Affairs of Japan. (2023, July 14). ')).toBe(true);
    expect(text.endsWith(base.sourceUrl!)).toBe(true);
  });

  test('without a known original names the archive as the site the address belongs to', () => {
    expect(apa(citationFacts(withoutSource, STATEMENT))).toBe(`U.S. Department of State. (2023, July 14). Japan-U.S.-ROK Foreign Ministers’ Meeting. Readout Archive. ${STATEMENT}`);
  });

  test('adds no period after a title that ends in a question mark', () => {
    const asked = { ...withoutSource, title: 'A Meeting on What Next?' } as unknown as Readout;
    expect(apa(citationFacts(asked, STATEMENT))).toBe(`U.S. Department of State. (2023, July 14). A Meeting on What Next? Readout Archive. ${STATEMENT}`);
  });

  test('turns straight quotation marks in the title into curly pairs', () => {
    const quoted = { ...withoutSource, title: 'Remarks on the "Free and Open" Region' } as unknown as Readout;
    expect(apa(citationFacts(quoted, STATEMENT))).toContain('Remarks on the “Free and Open” Region. Readout Archive.');
  });
});

describe('BibTeX', () => {
  const entryOf = (text: string) => {
    // Read as written: no sentence-casing of titles, which the parser otherwise does for reference managers.
    const library = parse(text, { english: false });
    expect(library.errors).toEqual([]);
    expect(library.entries.length).toBe(1);
    return library.entries[0]!;
  };

  test('parses, keeping the corporate author as one name and the title as published', () => {
    const entry = entryOf(bibtex(citationFacts(base, PERMALINK)));
    expect(entry.key).toBe('mofa20230714');
    expect(entry.fields.author).toEqual([{ name: 'Ministry of Foreign Affairs of Japan' }]);
    expect(entry.fields.title).toBe("Japan-U.S.-ROK Foreign Ministers' Meeting");
  });

  test('gives the month as a month and the full date apart', () => {
    const entry = entryOf(bibtex(citationFacts(base, PERMALINK)));
    expect([entry.fields.year, entry.fields.month, entry.fields.date]).toEqual(['2023', '7', '2023-07-14']);
    expect(bibtex(citationFacts(base, PERMALINK))).toContain('month = jul,');
  });

  test('has every field once, with the original as url and the capture date as urldate', () => {
    for (const readout of [base, withoutSource]) {
      const entry = entryOf(bibtex(citationFacts(readout, PERMALINK)));
      expect(Object.keys(entry.fields).filter((name) => name.includes('duplicate'))).toEqual([]);
      expect(entry.fields.urldate).toBe('2026-11-21');
    }
    expect(entryOf(bibtex(citationFacts(base, PERMALINK))).fields.url).toBe(base.sourceUrl);
  });

  test('without a known original says so in the note and names the republication', () => {
    const entry = entryOf(bibtex(citationFacts(withoutSource, STATEMENT)));
    expect(entry.fields.url).toBe(STATEMENT);
    expect(entry.fields.note).toContain('Original address not recorded');
    expect(entry.fields.note).toContain(REPUBLISHED);
  });

  test('escapes LaTeX’s special characters in a title', () => {
    const entry = entryOf(bibtex(citationFacts({ ...base, title: 'Talks on 50% of R&D_costs #2' } as Readout, PERMALINK)));
    expect(entry.fields.title).toBe('Talks on 50% of R&D_costs #2');
  });
});

describe('RIS', () => {
  const longTitle = { ...withoutSource, title: 'Joint Statement by Secretary Blinken, Japanese Foreign Minister Hayashi, and ROK Foreign Minister Park on the Launch' } as unknown as Readout;
  const lines = ris(citationFacts(longTitle, STATEMENT)).split('\r\n');

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

  test('dates use the RIS YYYY/MM/DD form, with the capture date as access date', () => {
    expect(lines).toContain('DA  - 2023/07/14');
    expect(lines).toContain('PY  - 2023');
    expect(lines).toContain('Y2  - 2026/11/21');
  });

  test('without a known original names the archive as the database the address belongs to', () => {
    expect(lines).toContain(`UR  - ${STATEMENT}`);
    expect(lines).toContain('DB  - Readout Archive');
    expect(lines.find((l) => l.startsWith('N1'))).toContain(`Original address not recorded; the address given is the copy in Readout Archive. Also published at ${REPUBLISHED}.`);
  });
});
