// Tells bundled code where its worker pools' workers are, which it cannot find itself: the content loader's reading
// pool and the comparison pages' alignment pool. Stops the alignment workers once the pages are written.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ALIGN_WORKER_ENV, closeAlignmentPool } from '../archive/alignment/pool.ts';

export const READ_WORKER_ENV = 'READOUT_READ_WORKER';

export function workerPools(): AstroIntegration {
  return {
    name: 'readout-archive:worker-pools',
    hooks: {
      'astro:config:setup': () => {
        process.env[READ_WORKER_ENV] = fileURLToPath(new URL('../archive/reading/worker.ts', import.meta.url));
        process.env[ALIGN_WORKER_ENV] = fileURLToPath(new URL('../archive/alignment/worker.ts', import.meta.url));
      },
      'astro:build:done': closeAlignmentPool,
    },
  };
}
