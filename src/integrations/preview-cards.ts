// Tells the preview-card route where its worker and cache are (the route's own code is bundled, so it cannot find
// them itself), and stops the workers once the pages are written.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { closeSharedPreviewPool } from '../archive/publishing/cards/pool.ts';

export function previewCards(): AstroIntegration {
  return {
    name: 'readout-archive:preview-cards',
    hooks: {
      'astro:config:setup': ({ config }) => {
        process.env.READOUT_CARD_WORKER = fileURLToPath(new URL('../archive/publishing/cards/worker.ts', import.meta.url));
        process.env.READOUT_CARD_CACHE = fileURLToPath(new URL('preview-cards/', config.cacheDir));
      },
      'astro:build:done': async ({ logger }) => {
        const closed = await closeSharedPreviewPool();
        if (closed) logger.info(`preview cards: ${closed.drawn} drawn, the others from the cache; ${closed.removed} unused removed`);
      },
    },
  };
}
