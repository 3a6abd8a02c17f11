// The floor the archive is measured against: the same stack (Astro, then Pagefind over the output) with nothing of
// the archive's own: one page per source file holding its text. Reads READOUT_CONTENT_DIR like the archive.
// The bench builds it through build.mjs.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import * as pagefind from 'pagefind';

export default defineConfig({
  output: 'static',
  ...(process.env.READOUT_CACHE_DIR ? { cacheDir: process.env.READOUT_CACHE_DIR } : {}),
  integrations: [
    {
      name: 'bare-pagefind',
      hooks: {
        'astro:build:done': async ({ dir, logger }) => {
          // build.mjs indexes once Astro has exited, as the archive's build does.
          if (process.env.READOUT_SEARCH_INDEX === 'after-build') return;
          logger.info('indexing for search');
          const { index } = await pagefind.createIndex({});
          await index.addDirectory({ path: fileURLToPath(dir) });
          await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
          await pagefind.close();
          logger.info('search index written');
        },
      },
    },
  ],
});
