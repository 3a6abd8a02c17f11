// Tabs through a page the way a keyboard user would, and reports what the keyboard missed.
import type { Page } from 'playwright-core';

/**
 * Presses Tab through the page and returns the visible controls never reached and the ones reached without a
 * visible focus outline (at least 2px). Controls inside closed disclosures are not visible and not expected.
 */
export async function keyboardGaps(page: Page): Promise<{ unreached: string[]; noVisibleFocus: string[] }> {
  const controls = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, summary')].filter((el) => el.checkVisibility()).map((el) => el.outerHTML.slice(0, 200)),
  );
  const reached = new Set<string>();
  const noVisibleFocus: string[] = [];
  for (let i = 0; i < controls.length + 10; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      return { html: el.outerHTML.slice(0, 200), visible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
    });
    if (!focused) continue;
    reached.add(focused.html);
    if (!focused.visible) noVisibleFocus.push(focused.html);
  }
  return { unreached: controls.filter((c) => !reached.has(c)), noVisibleFocus };
}
