// Reading a meeting in Chromium: paragraph labels and links, citations, copying, highlighting, keyboard use, and
// reading without JavaScript.
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { archive } from '../archive.ts';
import { axeViolations } from './axe.ts';
import { keyboardGaps } from './keyboard.ts';
import { useChromium } from './session.ts';

const PATH = '/meetings/2023-07-14-japan-us-rok/';
const session = useChromium();
const { open } = session;
const CLIPBOARD: BrowserContextOptions = { permissions: ['clipboard-read', 'clipboard-write'] };
/** The address the tests serve the site from, which is not the address it was built for. */
const served = () => `${inject('baseUrl')}${PATH}`;

/** A page whose clipboard refuses every write, as in a browser or frame that does not allow copying. */
async function openWithoutClipboard(): Promise<Page> {
  const context = await session.browser().newContext();
  await context.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
  });
  const page = await context.newPage();
  await page.goto(served());
  return page;
}

describe('paragraph links', () => {
  test('the label of a paragraph copies the paragraph’s address on the origin the reader is on', async () => {
    const page = await open(PATH, CLIPBOARD);
    await page.locator('#mofa-2 .paragraph-label').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${served()}#mofa-2`);
    await expect.poll(() => page.locator('#copy-status').textContent()).toBe(`Link copied: ${served()}#mofa-2`);
    await page.context().close();
  });

  test('copying a paragraph’s address shows “Copied” beside its label and marks the paragraph', async () => {
    const page = await open(PATH, CLIPBOARD);
    await page.locator('#state-joint-statement-p4 .paragraph-label').click();
    await expect.poll(() => page.locator('#state-joint-statement-p4 .copy-feedback').isVisible()).toBe(true);
    expect(await page.locator('#state-joint-statement-p4 .copy-feedback').textContent()).toBe('Copied');
    expect(new URL(page.url()).hash).toBe('#state-joint-statement-p4');
    expect(await page.locator('#state-joint-statement-p4').evaluate((el) => el.matches(':target'))).toBe(true);
    await page.context().close();
  });

  test('when the clipboard refuses, the address is shown selected with a hint to copy it by hand', async () => {
    const page = await openWithoutClipboard();
    await page.locator('#mofa-2 .paragraph-label').click();
    const field = page.locator('#mofa-2 .copy-manual input');
    await expect.poll(() => field.isVisible()).toBe(true);
    expect(await field.inputValue()).toBe(`${served()}#mofa-2`);
    expect(await page.evaluate(() => { const el = document.activeElement as HTMLInputElement; return el.value.slice(el.selectionStart!, el.selectionEnd!); })).toBe(`${served()}#mofa-2`);
    expect(await page.locator('#mofa-2 .copy-manual').textContent()).toContain('press Ctrl+C');
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

describe('paragraph labels', () => {
  test('every paragraph of the State Department’s texts shows its label on screen', async () => {
    const page = await open(PATH);
    const labels = page.locator('#state-joint-statement .paragraph-label');
    expect(await labels.allTextContents()).toEqual(['¶ 1', '¶ 2', '¶ 3', '¶ 4', '¶ 5', '¶ 6']);
    for (const label of await labels.all()) expect(await label.isVisible()).toBe(true);
    await page.context().close();
  });

  test('labels are printed, and the paragraph citations are not', async () => {
    const page = await open(PATH);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#mofa-p2 .paragraph-label').isVisible()).toBe(true);
    expect(await page.locator('#mofa-2 .paragraph-label').isVisible()).toBe(true);
    expect(await page.locator('#mofa-2 .paragraph-cite').isVisible()).toBe(false);
    await page.context().close();
  });
});

describe('citations', () => {
  test('a paragraph’s citation opens beside it and copies with the served address of the paragraph', async () => {
    const page = await open(PATH, CLIPBOARD);
    await page.locator('#mofa-2 .paragraph-cite summary').click();
    const button = page.locator('#mofa-2 .paragraph-cite button');
    await button.click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('point 2');
    expect(copied).toContain(`archived in Readout Archive, ${served()}#mofa-2.`);
    await page.context().close();
  });

  test('every citation, of each paragraph and in each format of each account, has a Copy button once the script runs', async () => {
    const page = await open(PATH);
    const citations = await page.locator('.cite-text').evaluateAll((els) => els.map((el) => el.id));
    const buttons = await page.locator('button.copy-button').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.copyFrom));
    expect(buttons).toEqual(citations);
    expect(citations).toContain('mofa-2-cite');
    expect(citations).toContain('mofa-citation-ris');
    await page.context().close();
  });

  test('an account’s RIS record copies from its Copy button as shown', async () => {
    const page = await open(PATH, CLIPBOARD);
    await page.locator('#mofa .citation-more summary').click();
    await page.locator('#mofa-citation-ris-label + button').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator('#mofa-citation-ris').textContent());
    await page.context().close();
  });

  test('an account’s Chicago note and bibliography are printed, and the other formats are not', async () => {
    const page = await open(PATH);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#mofa-citation-chicagoNote').isVisible()).toBe(true);
    expect(await page.locator('#mofa-citation-chicagoBibliography').isVisible()).toBe(true);
    expect(await page.locator('#mofa .citation-more').isVisible()).toBe(false);
    await page.context().close();
  });

  test('a citation’s Copy button says “Copied” for a moment and the status says it too', async () => {
    const page = await open(PATH, CLIPBOARD);
    const button = page.locator('#mofa .citation-format button').first();
    await button.click();
    await expect.poll(() => button.textContent()).toBe('Copied');
    await expect.poll(() => page.locator('#copy-status').textContent()).toBe('Citation copied');
    await expect.poll(() => button.textContent(), { timeout: 5000 }).toBe('Copy');
    await page.context().close();
  });

  test('when the clipboard refuses, the citation is selected with a visible hint to copy it by hand', async () => {
    const page = await openWithoutClipboard();
    await page.locator('#mofa .citation-format button').first().click();
    const hint = page.locator('#mofa .citation .copy-manual');
    await expect.poll(() => hint.isVisible()).toBe(true);
    expect(await hint.textContent()).toContain('press Ctrl+C');
    expect(await page.evaluate(() => getSelection()!.toString())).toBe(await page.locator('#mofa-citation-chicagoNote').textContent());
    await page.context().close();
  });
});

test.each(['light', 'dark'] as const)('axe finds no violations on a meeting page in %s mode, with citations open and a copy confirmed', async (colorScheme) => {
  const page = await open(PATH, { ...CLIPBOARD, colorScheme });
  for (const details of await page.locator('details').all()) await details.evaluate((el) => ((el as HTMLDetailsElement).open = true));
  await page.locator('#mofa-2 .paragraph-label').click();
  await expect.poll(() => page.locator('#mofa-2 .copy-feedback').count()).toBe(1);
  expect(await axeViolations(page)).toEqual([]);
  await page.context().close();
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
  // Without JavaScript a label is a plain link to its paragraph, a paragraph's citation still opens, and copy buttons stay hidden.
  expect(await page.locator('#mofa-2 .paragraph-label').getAttribute('href')).toBe('#mofa-2');
  await page.locator('#mofa-2 .paragraph-cite summary').click();
  expect(await page.locator('#mofa-2-cite').isVisible()).toBe(true);
  expect(await page.locator('button.copy-button:visible').count()).toBe(0);
  await page.context().close();
});
