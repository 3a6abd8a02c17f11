// What a reader sees of a search: what matched said plainly, equivalent names, honest highlighting, a phone
// screen and the Back button. Expectations come from the source texts and the curated files, not the search code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { meetingsContaining } from '../phrases.ts';
import { axeViolations } from './axe.ts';
import { useChromium } from './session.ts';
import { resultIds, settled } from './search-page.ts';

const { open } = useChromium();
const PHONE = { viewport: { width: 390, height: 844 } };

async function search(q: string, options = {}): Promise<Page> {
  const page = await open(`/search/?q=${encodeURIComponent(q)}`, options);
  await settled(page);
  return page;
}

const status = (page: Page) => page.locator('#search-status').textContent().then((t) => t ?? '');
const sorted = (ids: string[]) => [...ids].sort();
const union = (...sets: string[][]) => sorted([...new Set(sets.flat())]);

/** Every spelling of a country in countries.yaml (its name, short form and aliases), also as a possessive. */
function spellings(id: string): string[] {
  const countries = parse(readFileSync(join(import.meta.dirname, '..', '..', 'content', 'countries.yaml'), 'utf8')) as { id: string; name: string; shortName: string; aliases: string[] }[];
  const c = countries.find((x) => x.id === id)!;
  return [c.name, c.shortName, ...c.aliases].flatMap((name) => [name, `${name}’s`]);
}

/** Marks in their text: each with the characters just before and after it. */
function marksIn(page: Page, selector: string): Promise<{ text: string; before: string; after: string }[]> {
  return page.locator(selector).evaluateAll((marks) =>
    marks.map((mark) => {
      const block = mark.closest('p, li, div') ?? mark.parentElement!;
      const range = document.createRange();
      range.selectNodeContents(block);
      range.setEndBefore(mark);
      const before = range.toString();
      range.selectNodeContents(block);
      range.setStartAfter(mark);
      return { text: mark.textContent ?? '', before: before.slice(-1), after: range.toString().slice(0, 1) };
    }),
  );
}

const STOP = new Set(['the', 'is', 'of', 'and', 'a', 'to', 'in', 'us']);

function expectWholeWordsNoStopWordAlone(marks: { text: string; before: string; after: string }[], where: string): void {
  expect(marks.length, where).toBeGreaterThan(0);
  for (const m of marks) {
    expect(m.before, `${where}: "${m.before}[${m.text}]${m.after}"`).not.toMatch(/[\p{L}\p{N}]/u);
    expect(m.after, `${where}: "${m.before}[${m.text}]${m.after}"`).not.toMatch(/[\p{L}\p{N}]/u);
    expect(STOP.has(m.text.trim().toLowerCase()), `${where}: "${m.text}" marked alone`).toBe(false);
  }
}

describe('saying what matched', () => {
  test('"comfort women" does not claim both words: the page says which word matched and which did not', async () => {
    expect(meetingsContaining('comfort')).toEqual([]);
    const women = meetingsContaining('women');
    expect(women.length).toBeGreaterThan(0);
    const page = await search('comfort women');
    const said = await status(page);
    expect(said).not.toMatch(/^\d+ meetings? match(es)?|“comfort women”/);
    expect(said).toContain('“comfort” is in no meeting');
    expect(said).toContain(`“women” is in ${women.length} meeting`);
    expect(sorted(await resultIds(page))).toEqual(women);
    for (const note of await page.locator('#search-results .result-partial').allTextContents()) expect(note).toBe('Has “women”; not “comfort”.');
    expect(await page.locator('#search-results .result-partial').count()).toBe(women.length);
    await page.context().close();
  });

  test('words all found are stated as all of them', async () => {
    const page = await search('abductions missile');
    expect(await status(page)).toMatch(/^\d+ meetings? match(es)? all of “abductions” and “missile”\.$/);
    await page.context().close();
  });

  test('a quoted phrase is stated as the exact phrase', async () => {
    const page = await search('"abductions issue"');
    expect(await status(page)).toBe(`${meetingsContaining('abductions issue').length} meetings match the exact phrase “abductions issue”.`);
    await page.context().close();
  });
});

describe('equivalent names', () => {
  test('"DPRK" finds every meeting that names North Korea, in any of its spellings', async () => {
    const names = spellings('north-korea');
    expect(names).toEqual(expect.arrayContaining(['DPRK', 'North Korea', 'North Korea’s']));
    const expected = union(...names.map(meetingsContaining));
    expect(expected.length).toBeGreaterThan(meetingsContaining('DPRK').length);
    const page = await search('DPRK');
    expect(sorted(await resultIds(page))).toEqual(expected);
    await page.context().close();
  });

  test('"North Korea" finds the same meetings as "DPRK"', async () => {
    const page = await search('North Korea');
    expect(sorted(await resultIds(page))).toEqual(union(...spellings('north-korea').map(meetingsContaining)));
    await page.context().close();
  });

  test('"United States" finds the meetings that say "U.S."', async () => {
    const page = await search('United States');
    expect(sorted(await resultIds(page))).toEqual(union(meetingsContaining('United States'), meetingsContaining('U.S.')));
    await page.context().close();
  });
});

describe('highlighting', () => {
  test.each(['abduction isue', 'DPRK', 'the abductions', 'U.S.'])('for %s, the results mark whole words only, never a stop word alone', async (q) => {
    const page = await search(q);
    expectWholeWordsNoStopWordAlone(await marksIn(page, '#search-results mark'), q);
    await page.context().close();
  });

  test('"abduction isue" marks only the abductions, not every "is", on the results and on the meeting page', async () => {
    const page = await search('abduction isue');
    const shown = await marksIn(page, '#search-results mark');
    expect(new Set(shown.map((m) => m.text.toLowerCase()))).toEqual(new Set(['abductions']));
    await page.locator('#search-results .result-paragraphs a').first().click();
    await page.waitForURL('**/meetings/**');
    await expect.poll(() => page.locator('mark.pagefind-highlight').count()).toBeGreaterThan(0);
    const marked = await marksIn(page, 'mark.pagefind-highlight');
    expectWholeWordsNoStopWordAlone(marked, 'meeting page');
    expect(new Set(marked.map((m) => m.text.toLowerCase()))).toEqual(new Set(['abductions']));
    await page.context().close();
  });

  test('a meeting opened from "DPRK" marks its equivalents as whole words', async () => {
    const page = await search('DPRK');
    const link = page.locator('#search-results > li h3 a', { hasText: /2023|Japan/ }).last();
    await link.click();
    await page.waitForURL('**/meetings/**');
    await expect.poll(() => page.locator('mark.pagefind-highlight').count()).toBeGreaterThan(0);
    const marked = await marksIn(page, 'mark.pagefind-highlight');
    expectWholeWordsNoStopWordAlone(marked, 'meeting page');
    for (const m of marked) expect(m.text, m.text).toMatch(/DPRK|North Korea|Democratic People.s Republic of Korea/);
    await page.context().close();
  });
});

describe('on a phone', () => {
  test('at 390 px the first result comes before the filters, which are folded and say how many are ticked', async () => {
    const page = await open('/search/?q=abductions&year=2023', PHONE);
    await settled(page);
    const first = (await page.locator('#search-results > li').first().boundingBox())!;
    const filters = (await page.locator('#search-filters').boundingBox())!;
    expect(first.y).toBeLessThan(filters.y);
    expect(first.y).toBeLessThan(844);
    expect(await page.locator('#search-filters').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await page.locator('#search-filters > summary').textContent()).toBe('Filters (1 selected)');
    await page.context().close();
  });

  test('with nothing ticked the filters are folded and the summary says just "Filters"', async () => {
    const page = await search('abductions', PHONE);
    expect(await page.locator('#search-filters').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await page.locator('#search-filters > summary').textContent()).toBe('Filters');
    await page.context().close();
  });

  test('Back from a result restores the list and its scroll position', async () => {
    const page = await search('North Korea', PHONE);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeGreaterThan(844 * 2);
    const target = page.locator('#search-results > li').nth(2).locator('h3 a');
    await target.evaluate((a) => a.scrollIntoView({ block: 'center' }));
    const y = await page.evaluate(() => window.scrollY);
    expect(y).toBeGreaterThan(300);
    const before = await resultIds(page);
    await target.click();
    await page.waitForURL('**/meetings/**');
    await page.goBack();
    await settled(page);
    expect(await resultIds(page)).toEqual(before);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(y - 5);
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - y)).toBeLessThanOrEqual(5);
    await page.context().close();
  });

  test.each(['light', 'dark'] as const)('axe finds no violations on the search page at 390 px, in %s mode', async (colorScheme) => {
    const page = await open('/search/?q=DPRK&year=2023', { ...PHONE, colorScheme });
    await settled(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
