import { expect, test } from 'vitest';
import { siteUrlWarning } from './site-url.ts';

test('a build without SITE_URL is warned, in one line naming the address it used', () => {
  const warning = siteUrlWarning({});
  expect(warning).toContain('SITE_URL is not set');
  expect(warning).toContain('http://localhost:4321/');
  expect(warning).not.toContain('\n');
});

test('a build with SITE_URL is not warned', () => {
  expect(siteUrlWarning({ SITE_URL: 'https://readouts.example/' })).toBeUndefined();
});

test('an empty SITE_URL counts as not set', () => {
  expect(siteUrlWarning({ SITE_URL: ' ' })).toBeDefined();
});
