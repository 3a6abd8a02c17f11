// Search as a reader meets it, in headless Chromium: cold (navigation to rendered results) and warm (last
// keystroke to rendered results), with the bytes fetched; and Pagefind's own API on the same index for comparison.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { BARE_SEARCH_PATH, serve } from './serve.ts';

export interface SearchQuery {
  name: string;
  q: string;
  filters?: Record<string, string>;
}

export interface SearchTiming {
  query: SearchQuery;
  /** Navigation to the last change of the rendered results. */
  coldMs: number | null;
  coldBytes: number;
  /**
   * Last keystroke to the last change of the rendered results, on a loaded page. Keys that change nothing (the
   * closing quote of a phrase already matched as one) do not count: it is the last key the results answered.
   */
  warmMs: number | null;
  /** What the page said about the results, e.g. "41 meetings match". */
  status: string;
  results: number;
  bare: { ms: number | null; warmMs?: number | null; bytes: number; count: number };
}

const CHROME_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function chromePath(): string | undefined {
  return [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p): p is string => !!p && existsSync(p));
}

// Notes the time of every change to the results or their status, and of every keystroke in the query box.
const OBSERVE = () => {
  const w = window as unknown as { __last?: number; __keys: number[] };
  w.__keys = [];
  new MutationObserver((records) => {
    for (const r of records) {
      const el = r.target.nodeType === 1 ? (r.target as Element) : r.target.parentElement;
      if (el?.closest('#search-results, #search-status')) w.__last = performance.now();
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
  document.addEventListener('input', () => w.__keys.push(performance.now()), true);
};

/** Bytes of every response, the search worker's fetches included (a page-level CDP session misses those). */
function counting(context: BrowserContext): () => Promise<number> {
  const sizes: Promise<number>[] = [];
  context.on('requestfinished', (r) => sizes.push(r.sizes().then((s) => s.responseBodySize + s.responseHeadersSize, () => 0)));
  return async () => (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
}

/**
 * Waits until the results have settled: unchanged for `quietMs` after answering the last keystroke, or unchanged
 * for five seconds (a last key that changes nothing gets no answer), up to a minute.
 */
async function settle(page: Page, quietMs = 1_000): Promise<void> {
  const end = Date.now() + 60_000;
  let last: number | undefined;
  let since = Date.now();
  while (Date.now() < end) {
    await page.waitForTimeout(100);
    const { now, key } = await page.evaluate(() => {
      const w = window as unknown as { __last?: number; __keys: number[] };
      return { now: w.__last, key: w.__keys.at(-1) };
    });
    if (now !== last) (last = now), (since = Date.now());
    else if (now !== undefined && Date.now() - since >= (key === undefined || now > key ? quietMs : 5_000)) return;
  }
}

const url = (origin: string, path: string, q: SearchQuery) => {
  const params = new URLSearchParams(q.q ? { q: q.q } : {});
  for (const [k, v] of Object.entries(q.filters ?? {})) params.append(k, v);
  return `${origin}${path}?${params}`;
};

async function one(browser: Browser, origin: string, query: SearchQuery): Promise<SearchTiming> {
  // Cold: a fresh profile, no cache, straight to the results address.
  let context = await browser.newContext();
  let bytes = counting(context);
  let page = await context.newPage();
  await page.addInitScript(OBSERVE);
  await page.goto(url(origin, '/search/', query));
  await settle(page);
  const cold = await page.evaluate(() => ({
    last: (window as unknown as { __last?: number }).__last ?? null,
    status: document.getElementById('search-status')?.textContent?.trim() ?? '',
    results: document.querySelectorAll('#search-results > li').length,
  }));
  const coldBytes = await bytes();
  await context.close();

  // Warm: the page loaded with the filters ticked, then the words typed as a reader would.
  context = await browser.newContext();
  page = await context.newPage();
  await page.addInitScript(OBSERVE);
  await page.goto(url(origin, '/search/', { ...query, q: '' }));
  await page.waitForSelector('#search-q');
  await page.waitForTimeout(300);
  await page.click('#search-q');
  await page.keyboard.type(query.q, { delay: 60 });
  await settle(page);
  const warm = await page.evaluate(() => {
    const w = window as unknown as { __last?: number; __keys: number[] };
    const key = w.__keys.filter((k) => w.__last !== undefined && k < w.__last).at(-1);
    return w.__last !== undefined && key !== undefined ? w.__last - key : null;
  });
  await context.close();

  // Pagefind bare: its API alone on the same index, the first page of results loaded.
  context = await browser.newContext();
  bytes = counting(context);
  page = await context.newPage();
  const filters = Object.fromEntries(Object.entries(query.filters ?? {}).map(([k, v]) => [k, [v]]));
  await page.goto(`${origin}${BARE_SEARCH_PATH}?${new URLSearchParams({ q: query.q, filters: JSON.stringify(filters) })}`);
  const bare = await page.waitForFunction(() => (window as unknown as { __bench?: { done: number; count: number } }).__bench, undefined, { timeout: 60_000 }).then((h) => h.jsonValue()).catch(() => undefined);
  const bareBytes = await bytes();
  await context.close();
  context = await browser.newContext();
  page = await context.newPage();
  await page.goto(`${origin}${BARE_SEARCH_PATH}?${new URLSearchParams({ q: query.q, filters: JSON.stringify(filters), warm: '1' })}`);
  const bareWarm = await page.waitForFunction(() => (window as unknown as { __bench?: { done: number } }).__bench, undefined, { timeout: 60_000 }).then((h) => h.jsonValue()).catch(() => undefined);
  await context.close();

  return {
    query,
    coldMs: cold.last,
    coldBytes,
    warmMs: warm,
    status: cold.status,
    results: cold.results,
    bare: { ms: bare?.done ?? null, warmMs: bareWarm?.done ?? null, bytes: bareBytes, count: bare?.count ?? 0 },
  };
}

export async function searchTimings(dist: string, queries: SearchQuery[]): Promise<SearchTiming[]> {
  const executablePath = chromePath();
  if (!executablePath) throw new Error('no Chromium found: set CHROME_PATH');
  const server = await serve(dist);
  const browser = await chromium.launch({ executablePath, args: CHROME_ARGS });
  try {
    const out: SearchTiming[] = [];
    for (const q of queries) out.push(await one(browser, server.origin, q));
    return out;
  } finally {
    await browser.close();
    await server.close();
  }
}
