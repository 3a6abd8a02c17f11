// Reading a meeting in Chromium: paragraph links, highlighting, keyboard use, and reading without JavaScript.
import { describe, expect, test } from 'vitest';
import { archive } from '../archive.ts';
import { useChromium } from './session.ts';
import { keyboardGaps } from './keyboard.ts';

const PATH = '/meetings/2023-07-14-japan-us-rok/';
const { open } = useChromium();

describe('paragraph links', () => {
  test('the ¶ control copies the paragraph’s permanent address and says so', async () => {
    const page = await open(PATH, { permissions: ['clipboard-read', 'clipboard-write'] });
    const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
    await page.locator('#mofa-2 .para-link').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${canonical}#mofa-2`);
    await expect.poll(() => page.locator('#copy-status').textContent()).toBe(`Link copied: ${canonical}#mofa-2`);
    await page.context().close();
  });

  test('opening an address with a paragraph anchor shows that paragraph highlighted and in view', async () => {
    const page = await open(`${PATH}#state-joint-statement-p4`, { viewport: { width: 1000, height: 700 } });
    const target = page.locator('#state-joint-statement-p4');
    const other = page.locator('#state-joint-statement-p3');
    const background = (l: typeof target) => l.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background(target)).not.toBe(await background(other));
    const box = await target.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + Math.min(box!.height, 100)).toBeLessThanOrEqual(700);
    await page.context().close();
  });
});

test('keyboard alone reaches every control on the page, each with a visible focus indicator', async () => {
  const page = await open(PATH);
  expect(await keyboardGaps(page)).toEqual({ unreached: [], noVisibleFocus: [] });
  await page.context().close();
});

test('the page reads in full with JavaScript disabled', async () => {
  const page = await open(PATH, { javaScriptEnabled: false });
  const meeting = archive().meetings.find((m) => m.id === '2023-07-14-japan-us-rok')!;
  const anchors = archive().readouts.filter((r) => meeting.readouts.includes(r.id)).flatMap((r) => r.paragraphs.map((p) => p.anchor));
  for (const anchor of anchors) await expect(page.locator(`#${anchor}`).isVisible(), anchor).resolves.toBe(true);
  // Without JavaScript the ¶ control is a plain link to the paragraph, and copy buttons stay hidden.
  expect(await page.locator('#mofa-2 .para-link').getAttribute('href')).toBe('#mofa-2');
  expect(await page.locator('button.copy-button:visible').count()).toBe(0);
  await page.context().close();
});
