// The compare view in Chromium: keyboard, reading order, accessibility in both colour schemes, narrow screens, no JS.
import { describe, expect, test } from 'vitest';
import { splitSentences } from '../../src/archive/alignment/sentences.ts';
import { archive } from '../archive.ts';
import { axeViolations } from './axe.ts';
import { keyboardGaps } from './keyboard.ts';
import { useChromium } from './session.ts';

const ID = '2023-07-14-japan-us-rok';
const PATH = `/meetings/${ID}/compare/`;
const { open } = useChromium();
// The row of MOFA's sentence condemning the launch of 12 July, which the joint statement reports too.
const CONDEMNATION = 'li.compare-row:has([data-sentence="000-11463b6e713217c0#4"])';

const sentenceCount = () => {
  const meeting = archive().meetings.find((m) => m.id === ID)!;
  return archive()
    .readouts.filter((r) => meeting.readouts.includes(r.id))
    .flatMap((r) => r.paragraphs.flatMap((p) => splitSentences(p.text))).length;
};

test('keyboard alone reaches every link on the compare view, each with a visible focus indicator', async () => {
  const page = await open(PATH);
  expect(await keyboardGaps(page)).toEqual({ unreached: [], noVisibleFocus: [] });
  await page.context().close();
});

test('a screen reader meets each row’s heading, then its passages publisher by publisher, before the next row', async () => {
  const page = await open(PATH, { viewport: { width: 1200, height: 900 } });
  const order = await page.evaluate(() =>
    [...document.querySelectorAll('.compare-row-heading, .compare-passage, .compare-absent')].map((el) => ({
      row: el.closest('li')!.id,
      kind: el.classList.contains('compare-row-heading') ? 'heading' : 'passage',
      publisher: el.closest('.compare-cell')?.querySelector('.compare-publisher')?.textContent ?? '',
    })),
  );
  const columns = await page.locator('.compare-columns span').allTextContents();
  const rows = [...new Set(order.map((o) => o.row))];
  expect(rows).toEqual(rows.map((_, i) => `passage-${i + 1}`));
  for (const row of rows) {
    const items = order.filter((o) => o.row === row);
    expect(items[0]!.kind, row).toBe('heading');
    const columnOf = items.slice(1).map((o) => columns.indexOf(o.publisher));
    expect(columnOf, row).toEqual([...columnOf].sort((a, b) => a - b));
    expect(Math.min(...columnOf), row).toBeGreaterThanOrEqual(0);
  }
  await page.context().close();
});

test('an aligned pair stays together in one row, its heading naming both publishers', async () => {
  const page = await open(PATH);
  const row = page.locator(CONDEMNATION);
  expect(await row.count()).toBe(1);
  expect(await row.locator('.compare-passage').count()).toBeGreaterThanOrEqual(2);
  expect(await row.locator('.compare-row-heading').textContent()).toMatch(/reported by MOFA Japan and U\.S\. State Department/);
  await page.context().close();
});

describe('accessibility', () => {
  test.each(['light', 'dark'] as const)('axe finds no violations in %s mode', async (colorScheme) => {
    const page = await open(PATH, { colorScheme });
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

test('on a 320 px screen the columns stack and nothing scrolls sideways', async () => {
  const page = await open(PATH, { viewport: { width: 320, height: 800 } });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const [first, second] = await page.locator(CONDEMNATION).locator('.compare-cell').all();
  expect((await second!.boundingBox())!.y).toBeGreaterThan((await first!.boundingBox())!.y);
  await page.context().close();
});

test('the compare view is complete with JavaScript disabled', async () => {
  const page = await open(PATH, { javaScriptEnabled: false });
  const passages = page.locator('.compare-passage');
  expect(await passages.count()).toBe(sentenceCount());
  for (const passage of await passages.all()) expect(await passage.isVisible()).toBe(true);
  expect(await page.locator('.compare-summary a').count()).toBeGreaterThan(0);
  await page.context().close();
});
