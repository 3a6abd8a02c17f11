// Pages as published: the text a reader sees, with each line's place in the HTML file, and nothing else.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { formatDiagnostic } from '../diagnostics.ts';
import { buildFrom } from '../testing.ts';
import { htmlLines } from './html-text.ts';

const PAGE = [
  '<!doctype html>',
  '<html><head><title>Japan-ROK Foreign Ministers’ Meeting</title><script>var tracking = 1;</script></head>',
  '<body>',
  '<nav class="breadcrumb"><a href="/">Home</a> › Japan-Republic of Korea Relations</nav>',
  '<div class="share"><button>Share</button></div>',
  '<main>',
  '<p>Japan-Republic of Korea Relations</p>',
  '<p>July 13, 2023</p>',
  '<p>On July 13, commencing at 6:00 p.m. for approximately 45 minutes, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a meeting with H.E. Dr. Park Jin, Minister of Foreign Affairs of the Republic of Korea. The overview is as follows.</p>',
  '<ol><li>The two Ministers talked about the region.</li>',
  '<li>They agreed to &ldquo;keep in close touch&rdquo;.</li></ol>',
  '<input type="hidden" data-filter="1100">',
  '<ul class="tags"><li>Japan</li><li>Korea</li></ul>',
  '</main>',
  '<footer>Back to Top</footer>',
  '</body></html>',
].join('\n');

test('navigation, scripts, share buttons, hidden inputs, tag lists and footers are not text', () => {
  expect(htmlLines(PAGE).lines.filter(Boolean)).toEqual([
    'Japan-Republic of Korea Relations',
    'July 13, 2023',
    expect.stringMatching(/^On July 13, commencing at 6:00 p\.m\./),
    'The two Ministers talked about the region.',
    'They agreed to “keep in close touch”.',
  ]);
});

test('each line knows the line of the HTML file it came from', () => {
  const { lines, sourceLines } = htmlLines(PAGE);
  expect(sourceLines[lines.indexOf('July 13, 2023')]).toBe(8);
  expect(sourceLines[lines.indexOf('They agreed to “keep in close touch”.')]).toBe(11);
});

test('a saved page reads like its text, and points messages and paragraphs at the HTML lines', () => {
  const result = buildFrom({ 'page.html': PAGE });
  if (!result.ok) throw new Error(result.diagnostics.map(formatDiagnostic).join('\n'));
  const readout = result.archive.readouts[0]!;
  expect([readout.date, readout.startTime?.time, readout.durationMinutes, readout.participants.map((p) => p.person)]).toEqual(['2023-07-13', '18:00', 45, ['hayashi-yoshimasa', 'park-jin']]);
  expect(readout.paragraphs.map((p) => p.lines.start)).toEqual([9, 10, 11]);
});

test('scripts, event handlers and javascript: links leave only inert text', () => {
  const hostile = PAGE.replace('<p>July 13, 2023</p>', '<p onclick="alert(1)">July 13, 2023</p><script>alert(2)</script><a href="javascript:alert(3)">x</a><img src=x onerror="alert(4)">');
  const text = htmlLines(hostile).lines.join('\n');
  expect(text).not.toMatch(/alert|javascript:|onerror|<script/i);
  expect(text).toContain('July 13, 2023');
});

test('a page of nothing but furniture is refused with its file and line', () => {
  const result = buildFrom({ 'empty.html': '<html><body><nav>Home</nav><script>x()</script></body></html>' });
  expect(result.ok).toBe(false);
  expect(result.ok ? [] : result.diagnostics.map(formatDiagnostic)).toContain('content/readouts/empty.html:1: the page holds no text outside its navigation, scripts and other furniture');
});

test('a megabyte of nested tags and an unclosed comment are read at once', () => {
  const nested = `${'<div>'.repeat(100_000)}text${'</div>'.repeat(100_000)}`;
  expect(nested.length).toBeGreaterThan(1_000_000);
  expect(htmlLines(nested).lines).toEqual(['text']);
  expect(htmlLines(`<p>before</p><!-- never closed ${'<p>x</p>'.repeat(50_000)}`).lines).toEqual(['before']);
});

test('any HTML either reads or is refused with the file and a line, never a crash', () => {
  const tag = fc.constantFrom('p', 'div', 'span', 'nav', 'script', 'li', 'b', 'br', 'input', 'footer');
  const piece = fc.oneof(
    tag.map((t) => `<${t}>`),
    tag.map((t) => `</${t}>`),
    fc.constantFrom('July 13, 2023', 'On July 13, Mr. A, Minister for Foreign Affairs of Japan, held a meeting with Mr. B.', '<!--', '-->', '&amp;', '&#x0;', '<![CDATA[', '<'),
    fc.string({ maxLength: 40 }),
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
      const result = buildFrom({ 'any.html': pieces.join('\n') });
      if (result.ok) return;
      for (const d of result.diagnostics.filter((x) => x.severity === 'error')) expect(formatDiagnostic(d)).toMatch(/^content\/readouts\/any\.html:\d+: \S/);
    }),
    { numRuns: 200 },
  );
});
