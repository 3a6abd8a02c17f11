// Every page of the built site on a 320 px phone: nothing wider than the screen, and wide tables scroll in a
// named region the keyboard can reach, with a visible line that says so.
import { describe, expect, inject, test } from 'vitest';
import { htmlPages } from '../dist.ts';
import { axeViolations } from './axe.ts';
import { useChromium } from './session.ts';

const PHONE = { viewport: { width: 320, height: 640 } };
const { open, browser } = useChromium();

interface PageReport {
  width: number;
  /** Tables outside a named, focusable region. */
  loose: string[];
  /** Regions that overflow the screen themselves, or scroll without their hint in view. */
  badRegions: string[];
}

function report(): PageReport {
  const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.getAttribute('aria-label') ? ` "${el.getAttribute('aria-label')}"` : ''}`;
  const loose = [...document.querySelectorAll('table')]
    .filter((t) => !t.closest('section[aria-label][tabindex="0"]'))
    .map((t) => t.querySelector('caption')?.textContent?.trim() || t.outerHTML.slice(0, 80));
  const badRegions: string[] = [];
  for (const region of document.querySelectorAll<HTMLElement>('section[aria-label][tabindex="0"]')) {
    if (!region.checkVisibility()) continue;
    const box = region.getBoundingClientRect();
    if (box.right > document.documentElement.clientWidth + 0.5) badRegions.push(`${describe(region)} runs off the screen`);
    const hint = region.querySelector<HTMLElement>('.scroll-hint');
    if (region.scrollWidth > region.clientWidth && !hint?.checkVisibility()) badRegions.push(`${describe(region)} scrolls with no hint in view`);
  }
  return { width: document.documentElement.scrollWidth, loose, badRegions };
}

test('no page is wider than a 320 px screen, and every table sits in a scrolling region', { timeout: 300_000 }, async () => {
  const context = await browser().newContext(PHONE);
  const page = await context.newPage();
  const problems: string[] = [];
  const pages = htmlPages();
  for (const path of pages) {
    await page.goto(`${inject('baseUrl')}${path}`);
    // Closed disclosures hide their tables; open them so that what they hold is measured too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    // A region's scroll state (and so its hint) is updated at the next frame after it becomes scrollable.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const r = await page.evaluate(report);
    if (r.width > 320) problems.push(`${path}: ${r.width} px wide`);
    for (const t of r.loose) problems.push(`${path}: table not in a scrolling region: ${t}`);
    for (const b of r.badRegions) problems.push(`${path}: ${b}`);
  }
  await context.close();
  expect(pages.length).toBeGreaterThan(40);
  expect(problems).toEqual([]);
});

describe('the coverage table of a trilateral meeting on a phone', () => {
  const PATH = '/meetings/2023-07-14-japan-us-rok/';
  const region = (page: Awaited<ReturnType<typeof open>>) => page.getByRole('region', { name: 'Topics raised, by publisher' });

  test('is wider than the screen, so it scrolls inside its region', async () => {
    const page = await open(PATH, PHONE);
    expect(await region(page).evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await page.context().close();
  });

  test('says in words that it scrolls sideways', async () => {
    const page = await open(PATH, PHONE);
    await expect(region(page).locator('.scroll-hint').isVisible()).resolves.toBe(true);
    await expect(region(page).locator('.scroll-hint').textContent()).resolves.toBe('Scroll sideways to see every column');
    await page.context().close();
  });

  test('scrolls to its last column from the keyboard', async () => {
    const page = await open(PATH, PHONE);
    await region(page).focus();
    for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowRight');
    const lastHeader = region(page).locator('thead th').last();
    const [header, box] = await Promise.all([lastHeader.boundingBox(), region(page).boundingBox()]);
    expect(header!.x + header!.width).toBeLessThanOrEqual(box!.x + box!.width + 1);
    await page.context().close();
  });

  test('shows the focus on its region', async () => {
    const page = await open(PATH, PHONE);
    await region(page).focus();
    await expect(region(page).evaluate((el) => getComputedStyle(el).outlineStyle)).resolves.not.toBe('none');
    await page.context().close();
  });
});

test('a table that fits the screen shows no hint', async () => {
  const page = await open('/topics/', { viewport: { width: 1000, height: 700 } });
  await expect(page.getByRole('region', { name: 'Topics with the meetings and paragraphs that raise them' }).locator('.scroll-hint').isVisible()).resolves.toBe(false);
  await page.context().close();
});

describe.each(['/meetings/2023-07-14-japan-us-rok/', '/about/', '/data/', '/topics/un-security-council-sanctions/'])('%s on a phone', (path) => {
  test.each(['light', 'dark'] as const)('axe finds no violations in %s mode', async (colorScheme) => {
    const page = await open(path, { ...PHONE, colorScheme });
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
