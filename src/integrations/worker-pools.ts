// Tells bundled code where its worker pools' workers are, which it cannot find itself: the content loader's reading
// pool and the comparison pages' alignment pool. Names the reading cache and the digest of the code that reads.
// Stops the alignment workers once the pages are written.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ALIGN_WORKER_ENV, closeAlignmentPool } from '../archive/alignment/pool.ts';
import { readerCodeDigest } from '../archive/reading/reading-cache.ts';

export const READ_WORKER_ENV = 'READOUT_READ_WORKER';
export const READ_CACHE_ENV = 'READOUT_READ_CACHE';
export const READER_CODE_ENV = 'READOUT_READER_CODE';

export function workerPools(): AstroIntegration {
  return {
    name: 'readout-archive:worker-pools',
    hooks: {
      'astro:config:setup': ({ config, command }) => {
        process.env[READ_WORKER_ENV] = fileURLToPath(new URL('../archive/reading/worker.ts', import.meta.url));
        // Only a build keeps readings: under `astro dev` the reader's code may change while the digest made here stays.
        if (command === 'build') {
          process.env[READ_CACHE_ENV] = fileURLToPath(new URL('readings/', config.cacheDir));
          process.env[READER_CODE_ENV] = readerCodeDigest(fileURLToPath(new URL('../archive/', import.meta.url)), fileURLToPath(new URL('package-lock.json', config.root)));
        }
        process.env[ALIGN_WORKER_ENV] = fileURLToPath(new URL('../archive/alignment/worker.ts', import.meta.url));
      },
      'astro:build:done': closeAlignmentPool,
    },
  };
}
