// Tells the content loader where the reading pool's worker is: the loader's own code is bundled, so it cannot find
// the file itself.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export const READ_WORKER_ENV = 'READOUT_READ_WORKER';

export function readingWorkers(): AstroIntegration {
  return {
    name: 'readout-archive:reading-workers',
    hooks: {
      'astro:config:setup': () => {
        process.env[READ_WORKER_ENV] = fileURLToPath(new URL('../archive/reading/worker.ts', import.meta.url));
      },
    },
  };
}
