// The browsing indexes in Chromium: keyboard use, accessibility in light and dark, charts, and reading without script.
import { describe, expect, inject, test } from 'vitest';
import { axeViolations } from './axe.ts';
import { useChromium } from './session.ts';
import { keyboardGaps } from './keyboard.ts';

const INDEXES = [
  '/meetings/',
  '/meetings/2023/',
  '/countries/',
  '/countries/republic-of-korea/',
  '/countries/republic-of-korea/with/japan/',
  '/people/',
  '/people/hayashi-yoshimasa/',
  '/topics/',
  '/topics/abductions-issue/',
  '/data/',
  '/originals/',
  '/topics/un-security-council-sanctions/',
  '/about/',
  '/404.html',
];

const { open, browser } = useChromium();

describe.each(INDEXES)('%s', (path) => {
  test('keyboard alone reaches every link and control, each with a visible focus indicator', async () => {
    const page = await open(path);
    expect(await keyboardGaps(page)).toEqual({ unreached: [], noVisibleFocus: [] });
    await page.context().close();
  });

  test.each(['light', 'dark'] as const)('axe finds no violations in %s mode', async (colorScheme) => {
    const page = await open(path, { colorScheme });
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

test('Enter on an entry’s focused link opens that meeting', async () => {
  const page = await open('/meetings/');
  const first = page.locator('main [data-entry] a').first();
  const href = await first.getAttribute('href');
  for (let i = 0; i < 100 && !(await first.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForURL(`**${href}`);
  expect(new URL(page.url()).pathname).toBe(href);
  await page.context().close();
});

describe('charts', () => {
  test('the meetings chart is an image whose name and description say what it shows', async () => {
    const page = await open('/meetings/');
    const chart = page.getByRole('img', { name: /^Meetings per month/ });
    await expect(chart.count()).resolves.toBe(1);
    await expect(chart.evaluate((el) => el.querySelector('desc')?.textContent)).resolves.toMatch(/4 meetings in all/);
    await page.context().close();
  });

  test('the table behind the meetings chart opens from the keyboard and gives the count for each month', async () => {
    const page = await open('/meetings/');
    const summary = page.locator('.chart-table summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    const row = page.getByRole('row', { name: /^2023/ });
    await expect(row.isVisible()).resolves.toBe(true);
    // July 2023 had two meetings and November one.
    await expect(row.getByRole('cell').allTextContents()).resolves.toEqual(['0', '0', '0', '0', '0', '0', '2', '0', '0', '0', '1', '0', '3']);
    await page.context().close();
  });

  test('the bars take the link colour, so they follow dark mode', async () => {
    const colour = async (scheme: 'light' | 'dark') => {
      const page = await open('/meetings/', { colorScheme: scheme });
      const fill = await page.locator('svg.chart rect').first().evaluate((el) => getComputedStyle(el).fill);
      await page.context().close();
      return fill;
    };
    expect(await colour('light')).not.toBe(await colour('dark'));
  });
});

test('without JavaScript every index lists its entries and its links work', async () => {
  for (const path of ['/meetings/', '/countries/', '/people/', '/topics/abductions-issue/']) {
    const page = await open(path, { javaScriptEnabled: false });
    expect(await page.locator('main [data-entry]').count(), path).toBeGreaterThan(0);
    await page.context().close();
  }
});

test('browsing pages load nothing from another site', async () => {
  const base = new URL(inject('baseUrl'));
  const foreign: string[] = [];
  const context = await browser().newContext();
  const page = await context.newPage();
  page.on('request', (request) => {
    if (new URL(request.url()).host !== base.host) foreign.push(request.url());
  });
  for (const path of INDEXES) await page.goto(`${base.origin}${path}`, { waitUntil: 'networkidle' });
  expect(foreign).toEqual([]);
  await context.close();
});
