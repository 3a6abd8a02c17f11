// The archive's build and search measured against the bare stack, in one run, on a generated corpus.
// Usage: npm run bench -- --readouts 10000 [--seed 1] [--work <folder>] [--out bench] [--no-search] [--no-bare] [--no-warm] [--heap-mb N] [--cpu-prof <folder>]
// Writes <out>/report.md and <out>/report.json, and the same as report-<N>.md/.json to keep one per size; each
// build's log goes to <work>/<build>.log.
// --search-only measures search again on the site the last run left in <work>, into that run's report.
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { appendFileSync, createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { distStats } from '../bench/harness/dist.ts';
import { measure } from '../bench/harness/measure.ts';
import { buildRun, NOT_RUN, reportMarkdown, type BenchReport, type BuildRun } from '../bench/harness/report.ts';
import { RouteTimes } from '../bench/harness/routes.ts';
import { chromePath, searchTimings, type SearchQuery } from '../bench/harness/search.ts';
import { pageWeight } from '../bench/harness/weight.ts';
import { extraReadout, generateCorpus, writeCorpus } from './generate-corpus.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Each side is built as it is built for real: Astro, then the search index in a process of its own.
const BUILD_SCRIPT: Record<string, string> = { [ROOT]: join(ROOT, 'scripts', 'build.ts'), [join(ROOT, 'bench', 'bare')]: join(ROOT, 'bench', 'bare', 'build.mjs') };

/** Lines of Astro's log that open or close a step; each step runs from one mark to the next. */
const MARKS = {
  content: /\[content\] Synced content/,
  pages: /generating static routes/,
  pagesDone: /^\d\d:\d\d:\d\d ✓ Completed in/,
  searchIndex: /\[(readout-archive:pagefind|bare-pagefind)\] indexing/,
  searchDone: /\[(readout-archive:pagefind|bare-pagefind)\] search index written/,
};
const STEPS: [string, string | undefined, string | undefined][] = [
  ['start-up and content layer', undefined, 'content'],
  ['bundling', 'content', 'pages'],
  ['pages (and preview cards)', 'pages', 'pagesDone'],
  ['cards left, sitemap, address check', 'pagesDone', 'searchIndex'],
  ['search index', 'searchIndex', 'searchDone'],
  ['exit', 'searchDone', undefined],
];

export const QUERIES: SearchQuery[] = [
  { name: 'phrase', q: '"abductions issue"' },
  { name: 'common word', q: 'cooperation' },
  // A partner met often enough that the filter leaves results even in the 200-readout smoke run.
  { name: 'filtered', q: 'security', filters: { country: 'republic-of-korea' } },
];

export interface BenchOptions {
  readouts: number;
  seed: number;
  work: string;
  out: string;
  search: boolean;
  bare: boolean;
  /** Rebuild after adding one readout (hours at 100,000 readouts; its budget is set at 10,000). */
  warm: boolean;
  log?: (line: string) => void;
}

function corpusDir({ work, readouts, seed }: BenchOptions): { dir: string; meetings: number } {
  const dir = join(work, `corpus-${readouts}-seed-${seed}`);
  const facts = join(dir, 'bench-corpus.json');
  if (!existsSync(facts)) {
    const corpus = generateCorpus({ readouts, seed });
    writeCorpus(dir, corpus);
    writeFileSync(facts, JSON.stringify({ readouts, seed, meetings: corpus.meetings.length }));
  }
  return { dir, meetings: (JSON.parse(readFileSync(facts, 'utf8')) as { meetings: number }).meetings };
}

function folderBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => sum + (e.isDirectory() ? folderBytes(join(dir, e.name)) : statSync(join(dir, e.name)).size), 0);
}

/** --heap-mb raises V8's heap limit for every build of the run (both sides alike), for sizes beyond its default. */
let heapMb: number | undefined;
const heapOption = (): Record<string, string> => (heapMb ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${heapMb}`.trim() } : {});

/** --cpu-prof writes a V8 CPU profile of each Astro build's main thread into a folder (NODE_OPTIONS may not carry it). */
let cpuProfDir: string | undefined;
const profileArgs = (log: string): Record<string, string> =>
  cpuProfDir
    ? { READOUT_ASTRO_NODE_ARGS: ['--cpu-prof', `--cpu-prof-dir=${cpuProfDir}`, `--cpu-prof-name=${basename(log, '.log')}.cpuprofile`, '--cpu-prof-interval=2000'].join(' ') }
    : {};

/** The chunks a build writes beside its output import packages: they find them through a link to the project's. */
function linkModules(dir: string): void {
  const link = join(dir, 'node_modules');
  if (!existsSync(link)) symlinkSync(join(ROOT, 'node_modules'), link, 'dir');
}

async function astroBuild(root: string, content: string, cache: string, outDir: string, logFile: string, log?: (line: string) => void): Promise<BuildRun> {
  const routes = new RouteTimes();
  // One stream for the whole build: a large build logs hundreds of thousands of lines.
  const logStream = createWriteStream(logFile);
  // Run from the work folder: Astro writes a build's server chunks under the working directory when the output
  // folder lies outside it, so two builds started from the project would share, and delete, each other's chunks.
  const cwd = dirname(outDir);
  linkModules(cwd);
  const run = await measure(process.execPath, [BUILD_SCRIPT[root]!, '--root', root, '--outDir', outDir], {
    cwd,
    env: { ...process.env, READOUT_CONTENT_DIR: content, READOUT_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1', ...heapOption(), ...profileArgs(logFile) },
    markers: MARKS,
    log: (line) => {
      routes.line(line);
      logStream.write(`${line}\n`);
      log?.(line);
    },
  });
  await new Promise((done) => logStream.end(done));
  if (run.exitCode !== 0) throw new Error(`the build of ${root} failed (${run.exitCode}):\n${run.tail.join('\n')}`);
  return { ...buildRun(run, STEPS), routes: routes.kinds };
}

/** The biggest meeting page: the weight budget holds for every meeting, so the heaviest is the one to measure. */
function heaviestMeeting(dist: string): string {
  let best = { path: '', bytes: -1 };
  const dir = join(dist, 'meetings');
  for (const name of readdirSync(dir)) {
    const file = join(dir, name, 'index.html');
    if (!/^\d{4}-\d{2}-\d{2}-/.test(name) || !existsSync(file)) continue;
    const bytes = statSync(file).size;
    if (bytes > best.bytes) best = { path: `/meetings/${name}/`, bytes };
  }
  return best.path;
}

function writeReport(out: string, report: BenchReport): void {
  mkdirSync(out, { recursive: true });
  const json = `${JSON.stringify(report, null, 2)}\n`;
  const md = reportMarkdown(report);
  for (const suffix of ['', `-${report.corpus.readouts}`]) {
    writeFileSync(join(out, `report${suffix}.json`), json);
    writeFileSync(join(out, `report${suffix}.md`), md);
  }
}

/** Search measured again on the site an earlier run left behind, written into that run's report. */
export async function rerunSearch(options: BenchOptions): Promise<BenchReport> {
  const report = JSON.parse(readFileSync(join(options.out, `report-${options.readouts}.json`), 'utf8')) as BenchReport;
  report.search = await searchTimings(join(options.work, 'archive-dist'), QUERIES);
  writeReport(options.out, report);
  return report;
}

export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const log = options.log ?? (() => {});
  mkdirSync(options.work, { recursive: true });
  const started = new Date();
  const load = loadavg();
  log(`corpus of ${options.readouts} readouts`);
  const corpus = corpusDir(options);
  const paths = { archiveDist: join(options.work, 'archive-dist'), archiveCache: join(options.work, 'archive-cache'), bareDist: join(options.work, 'bare-dist'), bareCache: join(options.work, 'bare-cache') };
  for (const p of Object.values(paths)) rmSync(p, { recursive: true, force: true });
  // A cold build publishes for the first time: no addresses from an earlier run to keep.
  const manifestPath = join(corpus.dir, 'url-manifest.txt');
  rmSync(manifestPath, { force: true });

  log('archive: cold build');
  const archive = await astroBuild(ROOT, corpus.dir, paths.archiveCache, paths.archiveDist, join(options.work, 'archive-cold.log'), options.log);
  const dist = distStats(paths.archiveDist);
  const pages = [heaviestMeeting(paths.archiveDist), '/meetings/', '/search/'].map((p) => pageWeight(paths.archiveDist, p));

  let search: BenchReport['search'] = { skipped: 'run with --no-search' };
  if (options.search) {
    if (chromePath()) {
      log('search in Chromium');
      search = await searchTimings(paths.archiveDist, QUERIES);
    } else search = { skipped: 'no Chromium found (set CHROME_PATH)' };
  }

  let bare: BenchReport['bare'] = NOT_RUN;
  let bareBytes = NaN;
  if (options.bare) {
    log('bare floor: cold build');
    bare = await astroBuild(join(ROOT, 'bench', 'bare'), corpus.dir, paths.bareCache, paths.bareDist, join(options.work, 'bare-cold.log'), options.log);
    bareBytes = distStats(paths.bareDist).bytes;
    rmSync(paths.bareDist, { recursive: true, force: true });
  }

  let warm: BenchReport['warm'] = { ...NOT_RUN, added: 'not run (--no-warm)' };
  if (options.warm) {
    log('archive: one readout added, rebuilt');
    const extra = extraReadout({ seed: options.seed });
    const extraPath = join(corpus.dir, 'readouts', extra.name);
    const sourcesPath = join(corpus.dir, 'sources.yaml');
    const sources = readFileSync(sourcesPath, 'utf8');
    const manifest = readFileSync(manifestPath, 'utf8');
    try {
      writeFileSync(extraPath, extra.text);
      const facts = Object.entries(extra.facts).map(([k, v]) => `  ${k}: ${JSON.stringify(v)}`);
      if (facts.length) appendFileSync(sourcesPath, `\n${extra.name}:\n${facts.join('\n')}\n`);
      warm = { ...(await astroBuild(ROOT, corpus.dir, paths.archiveCache, paths.archiveDist, join(options.work, 'archive-warm.log'), options.log)), added: extra.name };
    } finally {
      rmSync(extraPath, { force: true });
      writeFileSync(sourcesPath, sources);
      // The added readout's addresses go with it, or the next run would find them gone and refuse to build.
      writeFileSync(manifestPath, manifest);
    }
  }

  const cpu = cpus();
  const report: BenchReport = {
    date: started.toISOString(),
    machine: { cpus: cpu.length, cpuModel: cpu[0]?.model.trim() ?? 'unknown', memoryBytes: totalmem(), node: process.versions.node, platform: `${process.platform} ${process.arch}`, load, loadAtEnd: loadavg(), ...(heapMb ? { heapMb } : {}) },
    corpus: { readouts: options.readouts, meetings: corpus.meetings, seed: options.seed, bytes: folderBytes(join(corpus.dir, 'readouts')) },
    archive,
    bare,
    ratio: { wall: archive.wallMs / bare.wallMs, cpu: archive.cpuMs / bare.cpuMs, peakRss: archive.peakRssBytes / bare.peakRssBytes },
    warm,
    dist: { ...dist, bytesPerReadout: dist.bytes / options.readouts },
    bareDist: { bytes: bareBytes },
    search,
    pages,
  };
  writeReport(options.out, report);
  return report;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      readouts: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      work: { type: 'string', default: join(tmpdir(), 'readout-bench') },
      out: { type: 'string', default: join(ROOT, 'bench') },
      'no-search': { type: 'boolean', default: false },
      'no-bare': { type: 'boolean', default: false },
      'no-warm': { type: 'boolean', default: false },
      'heap-mb': { type: 'string' },
      'cpu-prof': { type: 'string' },
      verbose: { type: 'boolean', default: false },
      'search-only': { type: 'boolean', default: false },
    },
  });
  if (values['heap-mb']) heapMb = Number(values['heap-mb']);
  if (values['cpu-prof']) cpuProfDir = resolve(values['cpu-prof']);
  const report = await (values['search-only'] ? rerunSearch : runBench)({
    readouts: Number(values.readouts),
    seed: Number(values.seed),
    work: resolve(values.work),
    out: resolve(values.out),
    search: !values['no-search'],
    bare: !values['no-bare'],
    warm: !values['no-warm'],
    log: (line) => (values.verbose || !/^\d\d:\d\d:\d\d |^\s|^$/.test(line) ? console.log(line) : undefined),
  });
  console.log(reportMarkdown(report));
}
