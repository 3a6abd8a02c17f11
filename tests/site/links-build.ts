// Builds of content folders made for a test, and what the address checks read back from them.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { LinkCheck } from '../../src/archive/publishing/link-check.ts';
import { scanBuiltSite } from '../../src/integrations/url-manifest.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
/** The origin the site is built for (canonical and preview addresses). */
export const ORIGIN = new URL(process.env.SITE_URL ?? 'http://localhost:4321').origin;

/** Runs the real build of `content` into `dist`; returns its exit status and output. */
export function build(content: string, dist: string, cache: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', dist], {
    cwd: ROOT,
    env: { ...process.env, READOUT_CONTENT_DIR: content, READOUT_CACHE_DIR: cache },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

/** Every internal link and fragment of a built site that does not resolve, and how many distinct links were checked. */
export function brokenLinks(dist: string): { broken: string[]; checked: number } {
  const check = new LinkCheck();
  scanBuiltSite(dist, ORIGIN, { page: (address, scan) => check.addPage(address, scan), file: (address) => check.addFile(address), asset: (path) => check.addFile(path) });
  return { broken: check.broken(), checked: check.linkCount };
}
