// Any text at all either reads or is refused with file and line: never a crash, never a silent drop.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { formatDiagnostic } from '../diagnostics.ts';
import { buildFrom } from '../testing.ts';

/** Lines of the kinds real pages hold, mixed with noise, so that the readers' every branch is reached. */
const LINES = [
  'Japan-Republic of Korea Relations',
  'Press Releases',
  'July 14, 2023',
  '22 September, 2009',
  '2023-11-26',
  'Date',
  'hit',
  'JULY 14, 2023',
  'An official website of the United States government',
  'Office of the Spokesperson',
  'Readout',
  'The below is attributable to Spokesperson Ned Price:',
  'Begin text:',
  'End text.',
  'SECRETARY BLINKEN: Thank you.',
  '(Photo) Two ministers shaking hands',
  'On July 14, commencing at 7:00 p.m. for approximately 50 minutes, Mr. A, Minister for Foreign Affairs of Japan, held a meeting with H.E. Mr. B, Minister of Foreign Affairs of the Republic of Korea.',
  'Secretary Blinken spoke today with Japanese Foreign Minister Hayashi.',
  'Minister of Foreign Affairs Park Jin held a telephone call with his Japanese counterpart on June 29.',
  '  1. The two Ministers exchanged views.',
  '(1) The Ministers agreed.',
  '° Minister Park said so.',
  '* unofficial translation',
  'Back to Japan-Republic of Korea Relations',
  'Page Top',
  '',
  '',
];

const line = fc.oneof(fc.constantFrom(...LINES), fc.string({ maxLength: 120 }), fc.string({ unit: 'grapheme', maxLength: 80 }));

function refusedWithLines(text: string): void {
  const result = buildFrom({ 'x.txt': text });
  if (result.ok) {
    expect(result.archive.readouts.length).toBeGreaterThan(0);
    return;
  }
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  expect(errors.length).toBeGreaterThan(0);
  for (const e of errors) expect(formatDiagnostic(e)).toMatch(/^content\/(?:readouts\/x\.txt:\d+|[a-z]+\.yaml(?::\d+)?): \S/);
}

test('any mix of page lines either reads or is refused with file and line', () => {
  fc.assert(
    fc.property(fc.array(line, { maxLength: 40 }), (lines) => refusedWithLines(lines.join('\n'))),
    { numRuns: 300 },
  );
});

test('any short text either reads or is refused with file and line', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 400 }), (text) => refusedWithLines(text)),
    { numRuns: 300 },
  );
});

/** Markup of the kinds saved pages hold, broken and unbalanced as often as not. */
const HTML_BITS = ['<p>', '</p>', '<div class="x">', '</div>', '<script>var a = "<p>";</script>', '<style>p{}</style>', '<br>', '<!-- note -->', '<a href="/x">', '</a>', '&amp;', '&nbsp;', '&#8217;', '<', '>', '"', '<h1>', '</h1>', '<li>', '<nav>', '</nav>', '<input type="hidden" value="v">'];
const htmlPiece = fc.oneof(fc.constantFrom(...HTML_BITS), line, fc.string({ maxLength: 40 }));

function htmlRefusedWithLines(text: string): void {
  const result = buildFrom({ 'x.html': text });
  if (result.ok) return;
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  expect(errors.length).toBeGreaterThan(0);
  for (const e of errors) expect(formatDiagnostic(e)).toMatch(/^content\/(?:readouts\/x\.html:\d+|[a-z]+\.yaml(?::\d+)?): \S/);
}

test('any mix of markup and page lines saved as a page either reads or is refused with file and line', () => {
  fc.assert(
    fc.property(fc.array(htmlPiece, { maxLength: 60 }), fc.constantFrom('', '\n'), (pieces, joiner) => htmlRefusedWithLines(pieces.join(joiner))),
    { numRuns: 200 },
  );
}, 120_000);
