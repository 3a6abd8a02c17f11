// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { previewCards } from './src/integrations/preview-cards.ts';

export default defineConfig({
  // Canonical links and feeds need an absolute address; set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  output: 'static',
  // Builds of other content folders (tests, benchmarks) keep their caches apart from the main build's.
  ...(process.env.READOUT_CACHE_DIR ? { cacheDir: process.env.READOUT_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // The unified processor is the one that runs remark plugins; topic descriptions use GFM.
    processor: unified({ remarkPlugins: [remarkGfm] }),
    // Shiki colours code with inline styles, which the CSP forbids; the archive has no code to colour.
    syntaxHighlight: false,
  },
  security: { csp: true },
  integrations: [sitemap(), previewCards(), pagefindIndex()],
  server: { host: '127.0.0.1', port: 4321 },
});
