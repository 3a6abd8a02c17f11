// Tells the comparison pages where the alignment pool's worker is (their code is bundled, so it cannot find the file
// itself), and stops the workers once the pages are written.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ALIGN_WORKER_ENV, closeAlignmentPool } from '../archive/alignment/pool.ts';

export function alignmentWorkers(): AstroIntegration {
  return {
    name: 'readout-archive:alignment-workers',
    hooks: {
      'astro:config:setup': () => {
        process.env[ALIGN_WORKER_ENV] = fileURLToPath(new URL('../archive/alignment/worker.ts', import.meta.url));
      },
      'astro:build:done': closeAlignmentPool,
    },
  };
}
