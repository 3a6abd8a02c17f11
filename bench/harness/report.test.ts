import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildRun, NOT_RUN, reportMarkdown, type BenchReport } from './report.ts';

// A real run's report, with the floor and the rebuild left out as --no-bare and --no-warm leave them.
const run = JSON.parse(readFileSync(new URL('../report-10000.json', import.meta.url), 'utf8')) as BenchReport;
const partial: BenchReport = { ...run, bare: NOT_RUN, warm: { ...NOT_RUN, added: '' }, ratio: { wall: NaN, cpu: NaN, peakRss: NaN } };

describe('reportMarkdown', () => {
  it('shows builds left out of the run as dashes, never NaN', () => {
    const text = reportMarkdown(partial);
    expect(text).not.toContain('NaN');
    expect(text).toContain('| bare floor, cold | – | – | – |');
    expect(text).toContain('| archive ÷ floor | – | – | – |');
  });

  it('renders a saved report the same way, where JSON turned NaN into null', () => {
    const text = reportMarkdown(JSON.parse(JSON.stringify(partial)) as BenchReport);
    expect(text).not.toMatch(/NaN|null/);
    expect(text).toContain('| archive, one readout added | – | – | – |');
  });
});

describe('buildRun', () => {
  const steps: [string, string | undefined, string | undefined][] = [
    ['pages', undefined, 'pagesDone'],
    ['search index', 'pagesDone', 'searchDone'],
    ['exit', 'searchDone', undefined],
  ];
  const measured = {
    wallMs: 1_000,
    cpuMs: 900,
    peakRssBytes: 7,
    marks: { pagesDone: 400, searchDone: 950 },
    rss: [[100, 3], [300, 5], [500, 7], [900, 6]] as [number, number][],
  };

  it('gives each step the largest memory sampled while it ran', () => {
    expect(buildRun(measured, steps).stepPeaks).toEqual({ pages: 5, 'search index': 7, exit: NaN });
  });

  it('times each step from one mark of the log to the next', () => {
    expect(buildRun(measured, steps).steps).toEqual({ pages: 400, 'search index': 550, exit: 50 });
  });
});
