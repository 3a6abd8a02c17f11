import { expect, test } from 'vitest';
import { robotsTxt } from './robots.ts';

test('allows every crawler everywhere and names the sitemap index at the site address', () => {
  expect(robotsTxt('https://archive.example/')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://archive.example/sitemap-index.xml\n');
});

test('a site served under a path has its sitemap index under that path', () => {
  expect(robotsTxt(new URL('https://archive.example/archive/'))).toContain('Sitemap: https://archive.example/archive/sitemap-index.xml\n');
});
