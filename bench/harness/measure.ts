// Runs a command and measures it as a whole process tree: wall time, CPU time, and the peak of the summed resident
// memory of the process and every descendant (Pagefind runs as a child binary; preview cards on worker threads).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface Measured {
  wallMs: number;
  cpuMs: number;
  peakRssBytes: number;
  /** The process tree's resident memory as sampled: [milliseconds from the start, bytes]. */
  rss: [number, number][];
  /** Milliseconds from the start to the first line of output matching each marker. */
  marks: Record<string, number>;
  exitCode: number;
  /** The last lines of output, for a failed run's message. */
  tail: string[];
}

const PAGE = 4096;
const TICKS = 100; // USER_HZ on Linux

interface Proc { ppid: number; cpuTicks: number; rssBytes: number }

function readProc(pid: number): Proc | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces and parentheses; fields are counted after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), cpuTicks: Number(fields[11]) + Number(fields[12]), rssBytes: Number(fields[21]) * PAGE };
  } catch {
    return undefined;
  }
}

/** Sums the resident memory and CPU of `root` and its descendants, from one pass over /proc. */
function sampleTree(root: number): { rssBytes: number; cpuTicks: Map<number, number> } {
  const procs = new Map<number, Proc>();
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    const p = readProc(pid);
    if (p) procs.set(pid, p);
  }
  const inTree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, p] of procs) if (!inTree.has(pid) && inTree.has(p.ppid)) (inTree.add(pid), (grew = true));
  }
  let rssBytes = 0;
  const cpuTicks = new Map<number, number>();
  for (const pid of inTree) {
    const p = procs.get(pid);
    if (!p) continue;
    rssBytes += p.rssBytes;
    cpuTicks.set(pid, p.cpuTicks);
  }
  return { rssBytes, cpuTicks };
}

const TIME = '/usr/bin/time';

export async function measure(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; markers?: Record<string, RegExp>; log?: (line: string) => void }): Promise<Measured> {
  const timeFile = join(options.cwd, `.bench-time-${process.pid}`);
  // GNU time reports the CPU of every waited-for descendant exactly; /proc samples are the fallback.
  const useTime = existsSync(TIME);
  const [cmd, argv] = useTime ? [TIME, ['-o', timeFile, '-f', '%e %U %S', command, ...args]] : [command, args];
  const start = performance.now();
  const child = spawn(cmd, argv, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const marks: Record<string, number> = {};
  const tail: string[] = [];
  let peakRssBytes = 0;
  const rss: [number, number][] = [];
  const lastTicks = new Map<number, number>();
  const onLine = (coloured: string) => {
    // Colour codes (Astro colours its log where it thinks a terminal shows them, as on CI) would hide the markers
    // and the page lines; every reader of the log gets it plain.
    const line = coloured.replace(/\u001b\[[0-9;]*m/g, '');
    tail.push(line);
    if (tail.length > 40) tail.shift();
    for (const [name, re] of Object.entries(options.markers ?? {})) if (!(name in marks) && re.test(line)) marks[name] = performance.now() - start;
    options.log?.(line);
  };
  for (const stream of [child.stdout, child.stderr]) {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop()!;
      lines.forEach(onLine);
    });
    stream.on('end', () => rest && onLine(rest));
  }
  const sample = () => {
    if (child.pid === undefined) return;
    const { rssBytes, cpuTicks } = sampleTree(child.pid);
    peakRssBytes = Math.max(peakRssBytes, rssBytes);
    rss.push([Math.round(performance.now() - start), rssBytes]);
    for (const [pid, ticks] of cpuTicks) lastTicks.set(pid, ticks);
  };
  const timer = setInterval(sample, 100);
  const exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  clearInterval(timer);
  const wallMs = performance.now() - start;
  let cpuMs = ([...lastTicks.values()].reduce((a, b) => a + b, 0) * 1000) / TICKS;
  if (useTime && existsSync(timeFile)) {
    const last = readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
    if (last.length === 3 && last.every(Number.isFinite)) cpuMs = (last[1]! + last[2]!) * 1000;
    rmSync(timeFile, { force: true });
  }
  return { wallMs, cpuMs, peakRssBytes, rss, marks, exitCode, tail };
}
