// Driving the search page in Chromium: waiting for results and reading what it shows.
import type { Page } from 'playwright-core';

/** Waits until a search has finished: a status is shown, and neither the list nor the filters' counts are busy. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const status = document.getElementById('search-status')?.textContent ?? '';
    const busy = ['search-results', 'search-facets'].some((id) => document.getElementById(id)?.hasAttribute('aria-busy'));
    return status.length > 0 && !busy;
  });
}

/** Waits until the page shows the results for an address's query string (after typing or clicking). */
export async function settledAt(page: Page, search: string): Promise<void> {
  await page.waitForFunction((s) => new URLSearchParams(location.search).toString() === new URLSearchParams(s).toString(), search);
  await settled(page);
}

/** Meeting ids of the results, in the order shown. */
export function resultIds(page: Page): Promise<string[]> {
  return page.locator('#search-results > li h3 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname.split('/')[2]!));
}

export interface Passage {
  meeting: string;
  anchor: string;
  title: string;
  marked: string[];
}

/** Every matching passage shown: its meeting, the paragraph it links to, its title and its marked words. */
export function passages(page: Page): Promise<Passage[]> {
  return page.locator('#search-results .result-paragraphs > li').evaluateAll((items) =>
    items.map((li) => {
      const link = li.querySelector('a')!;
      const url = new URL(link.href);
      return { meeting: url.pathname.split('/')[2]!, anchor: url.hash.slice(1), title: link.textContent ?? '', marked: [...li.querySelectorAll('mark')].map((m) => m.textContent ?? '') };
    }),
  );
}

/** The count shown beside each filter value, by the checkbox's name and value ("publisher=mofa-japan"). */
export function facetCounts(page: Page): Promise<Record<string, { count: number; disabled: boolean; checked: boolean }>> {
  return page.locator('#search-facets input[type=checkbox]').evaluateAll((boxes) =>
    Object.fromEntries(
      boxes.map((b) => {
        const box = b as HTMLInputElement;
        const count = Number(/\((\d+)\)/.exec(box.labels?.[0]?.textContent ?? '')?.[1] ?? NaN);
        return [`${box.name}=${box.value}`, { count, disabled: box.disabled, checked: box.checked }];
      }),
    ),
  );
}

/** Collects Content Security Policy violations on a page, from the page's own reports and the console. */
export async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|violates the following/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { reportCspViolation(t: string): void }).reportCspViolation(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return violations;
}
