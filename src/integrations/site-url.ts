// Canonical links, feeds, citations and open data carry the address the site is built for; a build without
// SITE_URL says so once, at its end, so that no one deploys pages that point at a local address unawares.
import type { AstroIntegration } from 'astro';
import { indexedAfterBuild } from './pagefind.ts';

export const DEFAULT_SITE_URL = 'http://localhost:4321/';

/** The one line a build prints when SITE_URL is not set, else nothing. */
export function siteUrlWarning(env: Record<string, string | undefined>): string | undefined {
  if (env.SITE_URL?.trim()) return undefined;
  return `SITE_URL is not set: canonical links, feeds, citations and data name ${DEFAULT_SITE_URL}; set SITE_URL to the address the site is served from before deploying.`;
}

export function siteUrlCheck(): AstroIntegration {
  return {
    name: 'readout-archive:site-url',
    hooks: {
      'astro:build:done': ({ logger }) => {
        // When the index is written after the build, the build script warns at its own end.
        const warning = siteUrlWarning(process.env);
        if (warning && !indexedAfterBuild(process.env)) logger.warn(warning);
      },
    },
  };
}
