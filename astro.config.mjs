// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { previewCards } from './src/integrations/preview-cards.ts';
import { DEFAULT_SITE_URL, siteUrlCheck } from './src/integrations/site-url.ts';
import { outputInPlace } from './src/integrations/output-in-place.ts';
import { urlManifest } from './src/integrations/url-manifest.ts';
import { workerPools } from './src/integrations/worker-pools.ts';

const output = outputInPlace();

export default defineConfig({
  // Canonical links and feeds need an absolute address; set SITE_URL when deploying (the build warns without it).
  site: process.env.SITE_URL?.trim() || DEFAULT_SITE_URL,
  output: 'static',
  // Builds of other content folders (tests, benchmarks) keep their caches apart from the main build's.
  ...(process.env.READOUT_CACHE_DIR ? { cacheDir: process.env.READOUT_CACHE_DIR } : {}),
  trailingSlash: 'always',
  // Scripts and styles as files, never inlined: the browser caches them once, where inlined copies were about
  // 4 KB on each of tens of thousands of meeting pages.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // The last build's output stays for the next one, which keeps unchanged pages in place (src/integrations/output-in-place.ts
  // empties it when it is not as a complete build left it, and removes what a build no longer writes).
  vite: { build: { assetsInlineLimit: 0, emptyOutDir: false } },
  markdown: {
    // The unified processor is the one that runs remark plugins; topic descriptions use GFM.
    processor: unified({ remarkPlugins: [remarkGfm] }),
    // Shiki colours code with inline styles, which the CSP forbids; the archive has no code to colour.
    syntaxHighlight: false,
  },
  security: { csp: true },
  // Meeting pages, comparisons, preview images and browse pages give a cache key made from everything they show:
  // a rebuild after adding one readout writes only the pages that changed and keeps the rest.
  experimental: { incrementalBuild: true },
  // The sweep is first, so that nothing an earlier build left is checked or indexed; preview cards are drawn before
  // the address check, which lists them; the address check runs before indexing, so a broken address fails the build
  // early; the seal follows every writer; the SITE_URL check is last, so that its warning is the build's last word.
  integrations: [output.sweep, workerPools(), sitemap(), previewCards(), urlManifest(), pagefindIndex(), output.seal, siteUrlCheck()],
  server: { host: '127.0.0.1', port: 4321 },
});
