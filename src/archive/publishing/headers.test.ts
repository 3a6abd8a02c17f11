import { expect, test } from 'vitest';
import { headersFile, unionPolicy } from './headers.ts';

test('pages that agree on their policy give that same policy', () => {
  const policy = "script-src 'self' 'sha256-a'; style-src 'self' 'sha256-b';";
  expect(unionPolicy([policy, policy])).toBe(policy);
});

test('pages that differ give the union of each directive, sources in first-seen order', () => {
  expect(unionPolicy(["script-src 'self' 'sha256-a';", "script-src 'self' 'sha256-c'; style-src 'self';"])).toBe("script-src 'self' 'sha256-a' 'sha256-c'; style-src 'self';");
});

test('every page gets the policy and the hardening headers', () => {
  const text = headersFile("script-src 'self';");
  expect(text).toMatch(/^\/\*\n  Content-Security-Policy: script-src 'self';\n  X-Content-Type-Options: nosniff\n/);
  expect(text).toContain('  Referrer-Policy: strict-origin-when-cross-origin\n');
  expect(text).toContain('  Cross-Origin-Opener-Policy: same-origin\n');
  expect(text).toMatch(/ {2}Permissions-Policy: camera=\(\)/);
});

test('hashed bundles and search fragments are cached for a year; originals are UTF-8 plain text shown inline', () => {
  const text = headersFile(undefined);
  expect(text).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
  expect(text).toContain('/pagefind/fragment/*\n  Cache-Control: public, max-age=31536000, immutable');
  expect(text).toContain('/originals/*.txt\n  Content-Type: text/plain; charset=utf-8\n  Content-Disposition: inline');
  expect(text).not.toContain('Content-Security-Policy');
});
