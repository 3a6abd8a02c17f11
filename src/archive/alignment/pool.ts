// The build's alignment queue: on a worker thread when the build's integration names the worker and there are enough
// comparisons to pay for starting one (each thread loads the readers and the curated data), else on this thread.
import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';
import type { Curated } from '../enrichment/curated.ts';
import { AlignmentQueue, type Comparison } from './queue.ts';
import { TermReader } from './tokens.ts';
import { compareView, type CompareView } from './view.ts';

export const ALIGN_WORKER_ENV = 'READOUT_ALIGN_WORKER';
/** Fewer comparisons than this are aligned on the page's own thread. */
export const POOL_FROM = 100;

// The page code is bundled apart from the integration that closes the pool, so the two meet on a global.
const SHARED = Symbol.for('readout-archive:alignment-pool');
type WithPool = typeof globalThis & { [SHARED]?: Tinypool };

export function alignmentQueue(curated: Curated, order: readonly Comparison[], options: { worker?: string; from?: number } = {}): AlignmentQueue {
  const worker = options.worker ?? process.env[ALIGN_WORKER_ENV];
  if (!worker || order.length < (options.from ?? POOL_FROM)) {
    const reader = new TermReader(curated);
    return new AlignmentQueue(order, async (accounts) => compareView(accounts, reader), 0);
  }
  const global = globalThis as WithPool;
  const threads = Math.max(1, availableParallelism() - 1);
  // Only the curated lists go to the threads, whatever else the caller's object holds.
  const workerData: Curated = { countries: curated.countries, people: curated.people, topics: curated.topics };
  const pool = (global[SHARED] ??= new Tinypool({ filename: worker, maxThreads: threads, workerData, idleTimeout: 2_000 }));
  return new AlignmentQueue(order, (accounts) => pool.run(accounts) as Promise<CompareView>);
}

/** Stops the build's alignment workers, if a page started them. */
export async function closeAlignmentPool(): Promise<void> {
  const global = globalThis as WithPool;
  const pool = global[SHARED];
  delete global[SHARED];
  await pool?.destroy();
}
