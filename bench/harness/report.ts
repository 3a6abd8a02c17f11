// The benchmark report: one JSON document for tools and the same numbers as Markdown for people.
import type { DistStats } from './dist.ts';
import type { Measured } from './measure.ts';
import type { SearchTiming } from './search.ts';
import type { RouteTime } from './routes.ts';
import type { PageWeight } from './weight.ts';

export interface BuildRun {
  wallMs: number;
  cpuMs: number;
  peakRssBytes: number;
  /** Milliseconds spent in each step, read off the build's own log. */
  steps: Record<string, number>;
  /** The largest resident memory of the process tree sampled during each step: where the peak falls. */
  stepPeaks?: Record<string, number>;
  /** Pages written and milliseconds spent per kind of page. */
  routes?: Record<string, RouteTime>;
}

export const NOT_RUN: BuildRun = { wallMs: NaN, cpuMs: NaN, peakRssBytes: NaN, steps: {} };

export interface BenchReport {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryBytes: number; node: string; platform: string; load: number[]; loadAtEnd?: number[]; heapMb?: number };
  corpus: { readouts: number; meetings: number; seed: number; bytes: number };
  archive: BuildRun;
  bare: BuildRun;
  /** Archive wall time over the bare floor's, and peak memory likewise. */
  ratio: { wall: number; cpu: number; peakRss: number };
  warm: BuildRun & { added: string };
  dist: DistStats & { bytesPerReadout: number };
  bareDist: { bytes: number };
  search: SearchTiming[] | { skipped: string };
  pages: PageWeight[];
}

export function buildRun(m: Pick<Measured, 'wallMs' | 'cpuMs' | 'peakRssBytes' | 'rss' | 'marks'>, steps: [string, string | undefined, string | undefined][]): BuildRun {
  const at = (mark: string | undefined, fallback: number) => (mark === undefined ? fallback : (m.marks[mark] ?? NaN));
  const spans = steps.map(([name, from, to]) => ({ name, from: at(from, 0), to: at(to, m.wallMs) })).filter((step) => Number.isFinite(step.to - step.from));
  // A step shorter than the sampling interval may hold no sample: its peak is unknown, not zero.
  const peakIn = (from: number, to: number) => m.rss.reduce((peak, [ms, bytes]) => (ms >= from && ms <= to && !(bytes <= peak) ? bytes : peak), NaN);
  return {
    wallMs: Math.round(m.wallMs),
    cpuMs: Math.round(m.cpuMs),
    peakRssBytes: m.peakRssBytes,
    steps: Object.fromEntries(spans.map(({ name, from, to }) => [name, Math.round(to - from)])),
    stepPeaks: Object.fromEntries(spans.map(({ name, from, to }) => [name, peakIn(from, to)])),
  };
}

// A build left out of the run (--no-bare, --no-warm) has NaN figures (null once saved as JSON): shown as not run.
const s = (ms: number | null | undefined) => (ms === null || ms === undefined || Number.isNaN(ms) ? '–' : ms >= 10_000 ? `${(ms / 1000).toFixed(0)} s` : `${(ms / 1000).toFixed(1)} s`);
const msText = (ms: number | null) => (ms === null ? '–' : `${Math.round(ms)} ms`);
const mb = (bytes: number | null) => (bytes === null || Number.isNaN(bytes) ? '–' : bytes >= 1e9 ? `${(bytes / 1e9).toFixed(2)} GB` : `${(bytes / 1e6).toFixed(1)} MB`);
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const x = (n: number | null) => (n === null || Number.isNaN(n) ? '–' : `${n.toFixed(1)}×`);

/** The kinds of page that took longest, with the time a page: flat across sizes means linear. */
function routeTable(r: BenchReport): string[] {
  return [routeRows('archive cold', r.archive), routeRows('one readout added', r.warm)].flat();
}

function routeRows(name: string, run: BuildRun): string[] {
  const all = Object.entries(run.routes ?? {}).sort((a, b) => b[1].ms - a[1].ms);
  if (!all.length) return [];
  // The slowest kinds, and every kind a rebuild mostly copied, which takes no time and would sort last.
  const kinds = [...all.slice(0, 15), ...all.slice(15).filter(([, t]) => (t.cached ?? 0) > t.pages)];
  return [
    `Pages by kind, ${name} (time between consecutive pages in the log, so waits are counted where they fall):`,
    '',
    '| kind | pages written | time | a page | copied from the last build |',
    '| --- | --- | --- | --- | --- |',
    ...kinds.map(([k, t]) => `| \`${k}\` | ${t.pages.toLocaleString('en-GB')} | ${s(t.ms)} | ${t.pages ? `${(t.ms / t.pages).toFixed(1)} ms` : '–'} | ${(t.cached ?? 0).toLocaleString('en-GB')} |`),
    '',
  ];
}

export function reportMarkdown(r: BenchReport): string {
  const lines = [
    `# Benchmark: ${r.corpus.readouts.toLocaleString('en-GB')} readouts`,
    '',
    `${r.date}; ${r.machine.cpus} × ${r.machine.cpuModel}, ${mb(r.machine.memoryBytes)} of memory, Node ${r.machine.node}; load average at the start ${r.machine.load.map((l) => l.toFixed(1)).join(', ')}${r.machine.loadAtEnd ? `, at the end ${r.machine.loadAtEnd.map((l) => l.toFixed(1)).join(', ')}` : ''}.${r.machine.heapMb ? ` Every build ran with a V8 heap limit of ${r.machine.heapMb.toLocaleString('en-GB')} MB (--max-old-space-size).` : ''}`,
    `Generated corpus: ${r.corpus.readouts.toLocaleString('en-GB')} readouts in ${r.corpus.meetings.toLocaleString('en-GB')} meetings (seed ${r.corpus.seed}), ${mb(r.corpus.bytes)} of text.`,
    '',
    '## Build',
    '',
    '| build | wall | CPU | peak memory (process tree) |',
    '| --- | --- | --- | --- |',
    `| archive, cold | ${s(r.archive.wallMs)} | ${s(r.archive.cpuMs)} | ${mb(r.archive.peakRssBytes)} |`,
    `| bare floor, cold | ${s(r.bare.wallMs)} | ${s(r.bare.cpuMs)} | ${mb(r.bare.peakRssBytes)} |`,
    `| archive ÷ floor | ${x(r.ratio.wall)} | ${x(r.ratio.cpu)} | ${x(r.ratio.peakRss)} |`,
    `| archive, one readout added | ${s(r.warm.wallMs)} | ${s(r.warm.cpuMs)} | ${mb(r.warm.peakRssBytes)} |`,
    '',
    'Steps (from the build log), with the peak memory of the process tree during each:',
    '',
    '| step | archive cold | its peak | archive, one added | bare floor | its peak |',
    '| --- | --- | --- | --- | --- | --- |',
    ...[...new Set([...Object.keys(r.archive.steps), ...Object.keys(r.bare.steps)])].map(
      (k) => `| ${k} | ${s(r.archive.steps[k])} | ${mb(r.archive.stepPeaks?.[k] ?? null)} | ${s(r.warm.steps[k])} | ${s(r.bare.steps[k])} | ${mb(r.bare.stepPeaks?.[k] ?? null)} |`,
    ),
    '',
    ...routeTable(r),
    '## Output',
    '',
    `\`dist/\`: ${mb(r.dist.bytes)} in ${r.dist.files.toLocaleString('en-GB')} files, ${kb(r.dist.bytesPerReadout)} per readout (bare floor: ${mb(r.bareDist.bytes)}). Largest file: \`${r.dist.largest.path}\`, ${mb(r.dist.largest.bytes)}.`,
    '',
    '| folder | bytes | per readout |',
    '| --- | --- | --- |',
    ...Object.entries(r.dist.byFolder).slice(0, 12).map(([f, b]) => `| \`${f}\` | ${mb(b)} | ${kb(b / r.corpus.readouts)} |`),
    '',
    '## Search (headless Chromium, loopback)',
    '',
  ];
  if ('skipped' in r.search) lines.push(`Not measured: ${r.search.skipped}.`);
  else {
    lines.push(
      '| query | cold | bytes | warm | Pagefind API cold | its bytes | Pagefind API warm | shown |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      ...r.search.map((t) => `| ${t.query.name}: \`${t.query.q}\`${t.query.filters ? ` + ${Object.entries(t.query.filters).map(([k, v]) => `${k}=${v}`).join(', ')}` : ''} | ${msText(t.coldMs)} | ${kb(t.coldBytes)} | ${msText(t.warmMs)} | ${msText(t.bare.ms)} | ${kb(t.bare.bytes)} | ${msText(t.bare.warmMs ?? null)} | ${t.status.replace(/\|/g, '/')} (Pagefind: ${t.bare.count}) |`),
    );
  }
  lines.push(
    '',
    '## Page weight (with the CSS and JS each page loads)',
    '',
    '| page | HTML | CSS | JS | total raw | gzip | brotli |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...r.pages.map((p) => `| \`${p.page}\` | ${kb(p.html.raw)} | ${kb(p.css.raw)} | ${kb(p.js.raw)} | ${kb(p.total.raw)} | ${kb(p.total.gzip)} | ${kb(p.total.brotli)} |`),
    '',
  );
  return lines.join('\n');
}
