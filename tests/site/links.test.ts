// The five-source site as built: every link resolves, the address record matches what was published, and the
// files static hosts read say what the pages say.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { parseManifest } from '../../src/archive/publishing/url-manifest.ts';
import { scanBuiltSite } from '../../src/integrations/url-manifest.ts';
import { assertBuilt, DIST } from '../dist.ts';
import { brokenLinks, ORIGIN, ROOT } from './links-build.ts';

beforeAll(assertBuilt);

test('every internal link and #fragment on every page resolves', () => {
  const { broken, checked } = brokenLinks(DIST);
  expect(checked).toBeGreaterThan(100);
  expect(broken).toEqual([]);
});

test('the committed address record lists every page, file and permanent anchor the build published', () => {
  const recorded = parseManifest(readFileSync(join(ROOT, 'content', 'url-manifest.txt'), 'utf8'));
  const missing: string[] = [];
  scanBuiltSite(DIST, ORIGIN, {
    page(address, scan) {
      for (const a of [address, ...scan.anchors.map((anchor) => `${address}#${anchor.id}`)]) if (!recorded.has(a)) missing.push(a);
    },
    file(address) {
      if (!recorded.has(address)) missing.push(address);
    },
  });
  expect(missing).toEqual([]);
  expect(recorded.get('/meetings/2023-07-14-japan-us-rok/#state-joint-statement')).toBe('/originals/001_46aec85189a962c6.txt');
  expect(recorded.has('/meetings/2023-07-14-japan-us-rok/#mofa-4')).toBe(true);
  expect(recorded.has('/og/2023-07-14-japan-us-rok.png')).toBe(true);
});

test('_headers sends every page the same Content Security Policy as its meta tag', () => {
  const headers = readFileSync(join(DIST, '_headers'), 'utf8');
  const sent = /^\/\*\n(?: {2}.*\n)*? {2}Content-Security-Policy: (.*)$/m.exec(headers)?.[1];
  const differing: string[] = [];
  scanBuiltSite(DIST, ORIGIN, {
    page(address, scan) {
      if (scan.csp !== sent) differing.push(address);
    },
    file() {},
  });
  expect(sent).toMatch(/^script-src 'self' 'sha256-/);
  expect(differing).toEqual([]);
});

test('_headers hardens every page, caches hashed files for a year and serves originals as UTF-8 text', () => {
  const headers = readFileSync(join(DIST, '_headers'), 'utf8');
  for (const header of ['X-Content-Type-Options: nosniff', 'Referrer-Policy: ', 'Permissions-Policy: ', 'Cross-Origin-Opener-Policy: same-origin']) expect(headers).toContain(`\n  ${header}`);
  expect(headers).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
  expect(headers).toContain('/pagefind/fragment/*\n  Cache-Control: public, max-age=31536000, immutable');
  expect(headers).toContain('/originals/*.txt\n  Content-Type: text/plain; charset=utf-8\n  Content-Disposition: inline');
});
