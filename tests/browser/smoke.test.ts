import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { axeViolations } from './axe.ts';
import { launchChromium } from './chromium.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

test('a reader can go from the home page to a meeting and read its paragraphs', async () => {
  const page = await browser.newPage();
  await page.goto(`${inject('baseUrl')}/`);
  await page.getByRole('link', { name: 'Japan–U.S.–ROK Foreign Ministers’ Meeting' }).click();
  await page.waitForURL('**/meetings/2023-07-14-japan-us-rok/');
  await expect(page.locator('#mofa-2').textContent()).resolves.toContain('abductions issue');
  await page.close();
});

test('the page loads no resource from another site', async () => {
  const page = await browser.newPage();
  const base = new URL(inject('baseUrl'));
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).host !== base.host) foreign.push(request.url());
  });
  await page.goto(`${base.origin}/meetings/2023-07-14-japan-us-rok/`, { waitUntil: 'networkidle' });
  expect(foreign).toEqual([]);
  await page.close();
});

test.each(['light', 'dark'] as const)('axe finds no violations on a meeting page in %s mode', async (colorScheme) => {
  const page = await browser.newPage({ colorScheme });
  await page.goto(`${inject('baseUrl')}/meetings/2023-07-14-japan-us-rok/`);
  expect(await axeViolations(page)).toEqual([]);
  await page.close();
});
