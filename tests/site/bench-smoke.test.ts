// The benchmark harness on a small corpus: it runs end to end and writes a report of the promised shape. Timings
// are never checked here; they belong to the benchmark's report, not to a pass or a fail.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BenchReport } from '../../bench/harness/report.ts';
import { runBench } from '../../scripts/bench.ts';

const ROOT = join(import.meta.dirname, '..', '..');
let dir: string;
let report: BenchReport;
let markdown: string;

beforeAll(async () => {
  // Inside the project, like the other builds of generated content: the build's server chunks load node_modules/.
  mkdirSync(join(ROOT, 'tmp'), { recursive: true });
  dir = mkdtempSync(join(ROOT, 'tmp', 'bench-smoke-'));
  await runBench({ readouts: 200, seed: 1, work: join(dir, 'work'), out: join(dir, 'out'), search: true, bare: true, warm: true });
  report = JSON.parse(readFileSync(join(dir, 'out', 'report.json'), 'utf8')) as BenchReport;
  markdown = readFileSync(join(dir, 'out', 'report.md'), 'utf8');
}, 1_200_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const measured = (n: unknown) => typeof n === 'number' && Number.isFinite(n) && n > 0;

describe('npm run bench on 200 readouts', () => {
  test('the report names the corpus it measured', () => {
    expect(report.corpus.readouts).toBe(200);
    expect(report.corpus.meetings).toBeGreaterThan(0);
  });

  test('the cold build, the bare floor and the rebuild after one added readout each have wall time, CPU time and peak memory', () => {
    for (const run of [report.archive, report.bare, report.warm]) expect([run.wallMs, run.cpuMs, run.peakRssBytes].every(measured)).toBe(true);
    expect(measured(report.ratio.wall) && measured(report.ratio.peakRss)).toBe(true);
    expect(report.warm.added).toMatch(/^added_\d{4}_(mofa|state)\.txt$/);
  });

  test('the cold build’s time is split by kind of page, meeting pages among them', () => {
    const meetings = report.archive.routes?.['/meetings/*/index.html'];
    expect(meetings?.pages).toBe(report.corpus.meetings);
    expect(report.archive.routes?.['/og/*.png']?.pages).toBe(report.corpus.meetings);
  });

  test('the rebuild after one added readout copies unchanged meeting pages instead of writing them again', () => {
    const meetings = report.warm.routes?.['/meetings/*/index.html'];
    expect(meetings?.cached).toBeGreaterThan(report.corpus.meetings / 2);
    expect(meetings?.pages).toBeGreaterThan(0);
  });

  test('after the rebuild, the meeting before the added one links on to it, though its own accounts did not change', () => {
    const dist = join(dir, 'work', 'archive-dist', 'meetings');
    const page = (id: string) => readFileSync(join(dist, id, 'index.html'), 'utf8');
    const added = readdirSync(dist).find((id) => /^\d{4}-/.test(id) && existsSync(join(dist, id, 'index.html')) && page(id).includes(`/originals/${report.warm.added}`));
    expect(added).toBeDefined();
    const previous = /<a href="\/meetings\/([^/"]+)\/" rel="prev">/.exec(page(added!))?.[1];
    expect(previous).toBeDefined();
    expect(page(previous!)).toContain(`<a href="/meetings/${added}/" rel="next">`);
  });

  test('after the rebuild, the browse pages of the added meeting list it, while unchanged browse pages are copied', () => {
    const dist = join(dir, 'work', 'archive-dist');
    const pages = (folder: string): string[] =>
      existsSync(folder) ? readdirSync(folder, { withFileTypes: true, recursive: true }).filter((e) => e.name === 'index.html').map((e) => readFileSync(join(e.parentPath, e.name), 'utf8')) : [];
    const meetingPage = (id: string) => join(dist, 'meetings', id, 'index.html');
    const added = readdirSync(join(dist, 'meetings')).find((id) => /^\d{4}-/.test(id) && existsSync(meetingPage(id)) && readFileSync(meetingPage(id), 'utf8').includes(`/originals/${report.warm.added}`))!;
    expect(added).toBeDefined();
    const link = `href="/meetings/${added}/"`;
    expect(pages(join(dist, 'meetings', added.slice(0, 4))).some((html) => html.includes(link))).toBe(true);
    const countries = readdirSync(join(dist, 'countries')).filter((c) => pages(join(dist, 'countries', c, 'meetings')).some((html) => html.includes(link)) || (existsSync(join(dist, 'countries', c, 'index.html')) && readFileSync(join(dist, 'countries', c, 'index.html'), 'utf8').includes(link)));
    expect(countries.length).toBeGreaterThanOrEqual(2);
    const copied = Object.entries(report.warm.routes ?? {}).filter(([kind, t]) => /^\/(countries|people|topics)\//.test(kind) && (t.cached ?? 0) > 0);
    expect(copied.length).toBeGreaterThan(0);
  });

  test('the output is counted by folder, per readout, with its largest file', () => {
    expect(Object.keys(report.dist.byFolder)).toEqual(expect.arrayContaining(['meetings/', 'og/', 'pagefind/', 'data/']));
    expect(report.dist.bytesPerReadout).toBeCloseTo(report.dist.bytes / 200);
    expect(report.dist.largest.bytes).toBeGreaterThan(0);
  });

  test('page weight covers a meeting page, an index page and the search page, raw and compressed', () => {
    expect(report.pages.map((p) => p.page.replace(/\/meetings\/\d{4}-.+/, '/meetings/<id>/'))).toEqual(['/meetings/<id>/', '/meetings/', '/search/']);
    for (const p of report.pages) expect(p.total.brotli).toBeLessThan(p.total.raw);
  });

  test('search is timed cold and warm for a phrase, a common word and a filtered query, beside Pagefind’s bare API', () => {
    if ('skipped' in report.search) throw new Error(`search was skipped: ${report.search.skipped}`);
    expect(report.search.map((s) => s.query.name)).toEqual(['phrase', 'common word', 'filtered']);
    for (const s of report.search) {
      expect(s.results).toBeGreaterThan(0);
      expect(s.coldBytes).toBeGreaterThan(0);
      expect(s.bare.count).toBeGreaterThan(0);
    }
  });

  test('the Markdown report has the build, output, search and page weight sections', () => {
    expect(markdown.match(/^## .+$/gm)).toEqual(['## Build', '## Output', '## Search (headless Chromium, loopback)', '## Page weight (with the CSS and JS each page loads)']);
  });
});
