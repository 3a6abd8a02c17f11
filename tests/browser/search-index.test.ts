// The built Pagefind index, read through Pagefind's own JavaScript API in Chromium and compared with the
// archive's data: what is indexed, under which filters, split into which sub-results, sorted by which key.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { archive } from '../archive.ts';
import { launchChromium } from './chromium.ts';

interface Data {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  anchors: { element: string; id: string; title?: string }[];
  sub_results: { url: string; title: string }[];
}

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(`${inject('baseUrl')}/about/`);
});
afterAll(async () => {
  await browser?.close();
});

/** Runs a Pagefind search in the page and loads every result's data. */
function pagefindSearch(term: string | null, options: object = {}): Promise<Data[]> {
  // A string, so the test runner does not rewrite the dynamic import meant for the browser.
  return page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    const search = await pagefind.search(${JSON.stringify(term)}, ${JSON.stringify(options)});
    return Promise.all(search.results.map((r) => r.data()));
  })()`);
}

const path = (id: string) => `/meetings/${id}/`;
const readoutsOf = (ids: string[]) => archive().readouts.filter((r) => ids.includes(r.id));

test('the index holds the meeting pages and nothing else', async () => {
  const all = await pagefindSearch(null);
  expect(all.map((d) => d.url).sort()).toEqual(archive().meetings.map((m) => path(m.id)).sort());
});

test('each meeting is filed under its countries, people, topics, publishers, kinds of document and year, each once', async () => {
  const all = await pagefindSearch(null);
  for (const m of archive().meetings) {
    const data = all.find((d) => d.url === path(m.id))!;
    const accounts = readoutsOf(m.readouts);
    const sortedFilters = Object.fromEntries(Object.entries(data.filters).map(([k, v]) => [k, [...v].sort()]));
    expect(sortedFilters, m.id).toEqual({
      country: [...m.countries].sort(),
      person: m.participants.map((p) => p.person ?? p.name).sort(),
      topic: [...m.topics].sort(),
      publisher: [...new Set(accounts.map((r) => r.publisher))].sort(),
      kind: [...new Set(accounts.map((r) => r.kind))].sort(),
      year: [m.date.slice(0, 4)],
    });
  }
});

test('every paragraph of every account is a sub-result anchored at its id', async () => {
  const all = await pagefindSearch(null);
  for (const m of archive().meetings) {
    const data = all.find((d) => d.url === path(m.id))!;
    const titled = data.anchors.filter((a) => a.title).map((a) => a.id);
    expect(titled, m.id).toEqual(readoutsOf(m.readouts).flatMap((r) => r.paragraphs.map((p) => p.anchor)));
  }
});

test('a word found in one paragraph gives a sub-result linking to that paragraph', async () => {
  const [data] = await pagefindSearch('ironclad');
  const anchor = readoutsOf(archive().meetings.find((m) => m.id === '2023-07-14-japan-us-rok')!.readouts)
    .flatMap((r) => r.paragraphs)
    .find((p) => p.text.includes('ironclad'))!.anchor;
  expect(data!.sub_results.map((s) => s.url)).toEqual([`/meetings/2023-07-14-japan-us-rok/#${anchor}`]);
});

test('every meeting carries the date sort key: sorted by date, all of them come back in date order', async () => {
  const newest = await pagefindSearch(null, { sort: { date: 'desc' } });
  expect(newest.map((d) => d.url)).toEqual([...archive().meetings].sort((a, b) => b.date.localeCompare(a.date)).map((m) => path(m.id)));
  const oldest = await pagefindSearch('abductions', { sort: { date: 'asc' } });
  expect(oldest.map((d) => d.meta.date)).toEqual([...archive().meetings].map((m) => m.date).sort());
});

test('only the reading text is indexed: no navigation, footer, breadcrumbs, checksums or archive notes', async () => {
  const all = await pagefindSearch(null);
  for (const data of all) {
    for (const text of ['Skip to content', 'Previous meeting', 'Next meeting', 'Texts are the publishers’ own', 'Meetings ›', 'SHA-256', 'Archived text', 'Search the archive', 'Related meetings', 'What each government’s account covers']) {
      expect(data.content, `${data.url}: ${text}`).not.toContain(text);
    }
    for (const r of archive().readouts) expect(data.content).not.toContain(r.sha256);
  }
});

test('the reading text includes the title, the participants and every paragraph', async () => {
  const all = await pagefindSearch(null);
  const squash = (s: string) => s.replace(/\s+/g, ' ');
  for (const m of archive().meetings) {
    const content = squash(all.find((d) => d.url === path(m.id))!.content);
    expect(content.startsWith(m.title), m.id).toBe(true);
    for (const p of m.participants) expect(content).toContain(p.name);
    for (const p of readoutsOf(m.readouts).flatMap((r) => r.paragraphs)) expect(content).toContain(squash(p.text));
  }
});
