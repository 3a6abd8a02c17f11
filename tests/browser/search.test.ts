// The search page in Chromium, checked against what the source texts themselves contain.
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { archive } from '../archive.ts';
import { holds, meetingsContaining, publishersContaining } from '../phrases.ts';
import { axeViolations } from './axe.ts';
import { useChromium } from './session.ts';
import { facetCounts, passages, resultIds, settled, settledAt, watchCsp } from './search-page.ts';

const { open, browser } = useChromium();

async function search(q: string, rest = ''): Promise<Page> {
  const page = await open(`/search/?q=${encodeURIComponent(q)}${rest}`);
  await settled(page);
  return page;
}

const ALL_FOUR = ['2018-03-17-japan-rok', '2023-07-13-japan-rok', '2023-07-14-japan-us-rok', '2023-11-26-japan-rok'];
const paragraph = (anchor: string, meeting: string) => {
  const m = archive().meetings.find((x) => x.id === meeting)!;
  return archive()
    .readouts.filter((r) => m.readouts.includes(r.id))
    .flatMap((r) => r.paragraphs.map((p) => ({ ...p, publisher: r.publisher })))
    .find((p) => p.anchor === anchor);
};
const sorted = (ids: string[]) => [...ids].sort();

describe('phrases and punctuation, against the source texts', () => {
  // Quoted phrases must match exactly; unquoted words with punctuation are matched as written.
  const QUERIES = [
    '"abductions issue"',
    '"maximum pressure"',
    '"ironclad"',
    '"the U.S. and the ROK"',
    'U.S.',
    'Japan-U.S.-ROK',
    'Indo-Pacific',
    'IndoPacific',
    '"free and open Indo-Pacific"',
    '"North Korea’s"',
    '"North Korea\'s"',
    '"human rights"',
    '"treated water"',
    '"Seo Hoon"',
    '"Women, Peace and Security"',
    '"complete, verifiable, and irreversible"',
    '"denuclearization of the Korean Peninsula"',
    '"inter-Korean"',
    '"DPRK’s"',
  ];

  test.each(QUERIES)('%s finds exactly the meetings whose texts contain it', async (q) => {
    const phrase = q.replace(/^"|"$/g, '');
    const expected = meetingsContaining(phrase);
    expect(expected.length).toBeGreaterThan(0);
    const page = await search(q);
    expect(sorted(await resultIds(page))).toEqual(expected);
    await page.context().close();
  });

  test('"abductions issue" finds all four meetings', async () => {
    const page = await search('"abductions issue"');
    expect(sorted(await resultIds(page))).toEqual(ALL_FOUR);
    await page.context().close();
  });

  test('"maximum pressure" finds only the 2018 meeting', async () => {
    const page = await search('"maximum pressure"');
    expect(await resultIds(page)).toEqual(['2018-03-17-japan-rok']);
    await page.context().close();
  });

  test('"ironclad" finds only 14 July 2023, and every matching paragraph shown is from the State Department account', async () => {
    expect(publishersContaining('ironclad')).toEqual(['us-state-department']);
    const page = await search('"ironclad"');
    expect(await resultIds(page)).toEqual(['2023-07-14-japan-us-rok']);
    const shown = await passages(page);
    expect(shown.length).toBeGreaterThan(0);
    for (const p of shown) {
      expect(p.title).toMatch(/^U\.S\. State Department /);
      expect(paragraph(p.anchor, p.meeting)?.publisher).toBe('us-state-department');
      expect(p.marked.map((m) => m.toLowerCase())).toEqual(['ironclad']);
    }
    await page.context().close();
  });

  test('each passage shown for a quoted phrase links to a paragraph holding it, with the phrase marked', async () => {
    const page = await search('"abductions issue"');
    const shown = await passages(page);
    expect(new Set(shown.map((p) => p.meeting)).size).toBe(4);
    for (const p of shown) {
      expect(holds(paragraph(p.anchor, p.meeting)!.text, 'abductions issue'), `${p.meeting}#${p.anchor}`).toBe(true);
      expect(p.marked.map((m) => m.toLowerCase())).toContain('abductions issue');
    }
    await page.context().close();
  });

  test('a quoted phrase shows no passage where its words only appear apart', async () => {
    // 2018, paragraph 2 has "abductions, nuclear and missile issues" as well as the phrase: only the phrase is marked.
    const page = await search('"abductions issue"');
    const marked = (await passages(page)).flatMap((p) => p.marked.map((m) => m.toLowerCase()));
    expect(new Set(marked)).toEqual(new Set(['abductions issue']));
    await page.context().close();
  });

  test('without quotes, the meetings with the words together, in any of their endings, come first', async () => {
    // Together as Pagefind's phrase search reads it: "missile launches" has "missile launch" together.
    const endings = ['', 's', 'es', 'ed', 'ing'];
    const togetherIn = (words: string) => {
      const [first, second] = words.split(' ');
      return sorted([...new Set(endings.flatMap((a) => endings.flatMap((b) => meetingsContaining(`${first}${a} ${second}${b}`))))]);
    };
    for (const words of ['security cooperation', 'trilateral cooperation']) {
      const together = togetherIn(words);
      const page = await search(words);
      const ids = await resultIds(page);
      expect(ids.length, words).toBeGreaterThan(together.length);
      expect(sorted(ids.slice(0, together.length)), words).toEqual(together);
      await page.context().close();
    }
  });
});

describe('filters and counts', () => {
  test('the publisher filter narrows results to exactly the meetings with an account from that publisher', async () => {
    const page = await search('"abductions issue"');
    const counts = await facetCounts(page);
    await page.getByRole('checkbox', { name: /^U\.S\. State Department/ }).check();
    await settledAt(page, '?q=%22abductions+issue%22&publisher=us-state-department');
    const expected = archive()
      .meetings.filter((m) => m.publishers.includes('us-state-department') && meetingsContaining('abductions issue').includes(m.id))
      .map((m) => m.id);
    expect(await resultIds(page)).toEqual(expected);
    expect(counts['publisher=us-state-department']!.count).toBe(expected.length);
    await page.context().close();
  });

  test('the country filter narrows results to exactly the meetings that country took part in', async () => {
    const page = await search('abductions', '&country=republic-of-korea&country=united-states');
    const expected = archive()
      .meetings.filter((m) => m.countries.includes('united-states') && m.countries.includes('republic-of-korea') && meetingsContaining('abductions').includes(m.id))
      .map((m) => m.id);
    expect(sorted(await resultIds(page))).toEqual(expected);
    await page.context().close();
  });

  test('filters combine: a year and a person leave the meetings matching both', async () => {
    const page = await search('"abductions issue"', '&year=2023&person=park-jin');
    const expected = archive()
      .meetings.filter((m) => m.date.startsWith('2023') && m.participants.some((p) => p.person === 'park-jin'))
      .map((m) => m.id);
    expect(sorted(await resultIds(page))).toEqual(sorted(expected));
    await page.context().close();
  });

  test('filters alone, with nothing typed, list the meetings they match', async () => {
    const page = await open('/search/?kind=joint-statement');
    await settled(page);
    expect(await resultIds(page)).toEqual(archive().meetings.filter((m) => archive().readouts.some((r) => m.readouts.includes(r.id) && r.kind === 'joint-statement')).map((m) => m.id));
    await page.context().close();
  });

  // One page load per filter value, so slow on a busy machine.
  test.each(['"abductions issue"', 'missile', 'U.S.'])('for %s, every count shown is the number of results ticking that value leaves', async (q) => {
    const page = await search(q);
    const counts = await facetCounts(page);
    expect(Object.keys(counts).length).toBeGreaterThan(10);
    for (const [filter, { count }] of Object.entries(counts)) {
      await page.goto(`${inject('baseUrl')}/search/?q=${encodeURIComponent(q)}&${filter}`);
      await settled(page);
      expect((await resultIds(page)).length, filter).toBe(count);
    }
    await page.context().close();
  }, 180_000);

  test('the count announced matches the results listed', async () => {
    const page = await search('"treated water"');
    const status = page.locator('#search-status');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await status.textContent()).toMatch(/^2 meetings match/);
    expect((await resultIds(page)).length).toBe(2);
    await page.context().close();
  });
});

describe('the address', () => {
  test('typing shows results as you type and keeps the query in the address', async () => {
    const page = await open('/search/');
    await settled(page);
    await page.locator('#search-q').pressSequentially('"maximum pressure"', { delay: 20 });
    await settledAt(page, '?q=%22maximum+pressure%22');
    expect(await resultIds(page)).toEqual(['2018-03-17-japan-rok']);
    await page.context().close();
  });

  test('a shared address reproduces the same results in the same order', async () => {
    const page = await open('/search/');
    await settled(page);
    await page.locator('#search-q').fill('"abductions issue"');
    await settledAt(page, '?q=%22abductions+issue%22');
    await page.getByRole('checkbox', { name: /^MOFA Japan/ }).check();
    await page.locator('#search-sort').selectOption('oldest');
    await settledAt(page, '?q=%22abductions+issue%22&publisher=mofa-japan&sort=oldest');
    const shown = await resultIds(page);
    const address = page.url();
    const other = await browser().newContext();
    const pasted = await other.newPage();
    await pasted.goto(address);
    await settled(pasted);
    expect(await resultIds(pasted)).toEqual(shown);
    expect(await pasted.locator('#search-q').inputValue()).toBe('"abductions issue"');
    expect(await pasted.getByRole('checkbox', { name: /^MOFA Japan/ }).isChecked()).toBe(true);
    expect(await pasted.locator('#search-sort').inputValue()).toBe('oldest');
    await other.close();
    await page.context().close();
  });

  test('the example address from the issue works as written', async () => {
    const page = await open('/search/?q=%22abductions+issue%22&publisher=mofa-japan&sort=date');
    await settled(page);
    const dates = new Map(archive().meetings.map((m) => [m.id, m.date]));
    const ids = await resultIds(page);
    expect(sorted(ids)).toEqual(ALL_FOUR);
    expect(ids.map((id) => dates.get(id))).toEqual(ids.map((id) => dates.get(id)!).sort().reverse());
    await page.context().close();
  });

  test('back and forward restore the previous query and its results', async () => {
    const page = await search('"maximum pressure"');
    await page.locator('#search-q').fill('ironclad');
    await settledAt(page, '?q=ironclad');
    expect(await resultIds(page)).toEqual(['2023-07-14-japan-us-rok']);
    await page.goBack();
    await settledAt(page, '?q=%22maximum+pressure%22');
    expect(await page.locator('#search-q').inputValue()).toBe('"maximum pressure"');
    expect(await resultIds(page)).toEqual(['2018-03-17-japan-rok']);
    await page.goForward();
    await settledAt(page, '?q=ironclad');
    expect(await page.locator('#search-q').inputValue()).toBe('ironclad');
    expect(await resultIds(page)).toEqual(['2023-07-14-japan-us-rok']);
    await page.context().close();
  });

  test('sorting by newest and oldest orders the results by meeting date', async () => {
    const dates = new Map(archive().meetings.map((m) => [m.id, m.date]));
    for (const [sort, direction] of [['newest', -1], ['oldest', 1]] as const) {
      const page = await search('"abductions issue"', `&sort=${sort}`);
      const shown = (await resultIds(page)).map((id) => dates.get(id)!);
      expect(shown).toEqual([...shown].sort((a, b) => direction * a.localeCompare(b)));
      await page.context().close();
    }
  });
});

describe('opening a result', () => {
  test('clicking a passage lands on its paragraph, in view, with the searched words highlighted', async () => {
    const page = await search('"abductions issue"', '&publisher=us-state-department');
    const link = page.locator('#search-results .result-paragraphs a').first();
    const href = (await link.getAttribute('href'))!;
    await link.click();
    await page.waitForURL(`**${href}`);
    const anchor = new URL(page.url()).hash.slice(1);
    const target = page.locator(`[id="${anchor}"]`);
    await expect.poll(() => target.locator('mark.pagefind-highlight').allTextContents()).toEqual(['abductions issue']);
    const box = (await target.boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + Math.min(box.height, 60)).toBeLessThanOrEqual(viewport.height);
    const background = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    await page.context().close();
  });

  test('a hyphenated word is highlighted as the page spells it', async () => {
    const page = await search('IndoPacific');
    const link = page.locator('#search-results .result-paragraphs a', { hasText: 'remarks' }).first();
    await link.click();
    await page.waitForURL('**#state-remarks-p1');
    await expect.poll(() => page.locator('#state-remarks-p1 mark.pagefind-highlight').allTextContents()).toEqual(['Indo-Pacific']);
    await page.context().close();
  });

  test('a meeting page opened without the highlight parameter loads no highlight script', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${inject('baseUrl')}/meetings/2023-07-14-japan-us-rok/#mofa-2`, { waitUntil: 'networkidle' });
    expect(requested.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    await context.close();
  });
});

describe('keyboard', () => {
  test('"/" focuses the search box when the reader is not typing in a field', async () => {
    const page = await open('/meetings/2023-07-14-japan-us-rok/');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
    await page.keyboard.type('abc/');
    expect(await page.locator('#site-search-input').inputValue()).toBe('abc/');
    await page.context().close();
  });

  test('on the search page "/" goes to the page’s own search box', async () => {
    const page = await search('ironclad');
    await page.locator('#search-results a').first().focus();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await page.context().close();
  });

  test('keyboard alone can type a query, tick a filter, move to a result and open it', async () => {
    const page = await open('/search/');
    await settled(page);
    await page.keyboard.press('/');
    await page.keyboard.type('"abductions issue"');
    await settledAt(page, '?q=%22abductions+issue%22');
    // Tab from the box to the State Department publisher filter, ticking it with the space bar.
    let reached = false;
    for (let i = 0; i < 60 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value === 'us-state-department');
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Space');
    await settledAt(page, '?q=%22abductions+issue%22&publisher=us-state-department');
    // Back to the box, then the down arrow goes to the results.
    await page.keyboard.press('/');
    await page.keyboard.press('ArrowDown');
    const first = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
    expect(first).toMatch(/^\/meetings\/2023-07-14-japan-us-rok\/\?highlight=/);
    await page.keyboard.press('Tab');
    const passage = (await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href')))!;
    expect(passage).toMatch(/#mofa-2$/);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${passage}`);
    await expect.poll(() => page.locator('#mofa-2 mark.pagefind-highlight').count()).toBe(1);
    await page.context().close();
  });

  test('every control on the search page shows a visible focus indicator', async () => {
    const page = await search('"abductions issue"');
    const invisible: string[] = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return { html: el.outerHTML.slice(0, 120), visible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
      });
      if (focused && !focused.visible) invisible.push(focused.html);
    }
    expect(invisible).toEqual([]);
    await page.context().close();
  });
});

describe('everywhere', () => {
  test('the header search box submits to the search page, which shows the results', async () => {
    const page = await open('/meetings/2018-03-17-japan-rok/');
    await page.locator('#site-search-input').fill('ironclad');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/search/?q=ironclad');
    await settled(page);
    expect(await resultIds(page)).toEqual(['2023-07-14-japan-us-rok']);
    await page.context().close();
  });

  test('without JavaScript the search page says search needs it and links to the browse indexes', async () => {
    const page = await open('/search/?q=ironclad', { javaScriptEnabled: false });
    const message = page.locator('#search-nojs');
    expect(await message.isVisible()).toBe(true);
    expect(await message.textContent()).toContain('Search needs JavaScript');
    expect(await message.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['/meetings/', '/countries/', '/people/', '/topics/']);
    expect(await page.locator('#search').isVisible()).toBe(false);
    await page.context().close();
  });

  test('no Content Security Policy violation on the search page or on a meeting page opened from a result', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const violations = await watchCsp(page);
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).host !== new URL(inject('baseUrl')).host) foreign.push(r.url());
    });
    await page.goto(`${inject('baseUrl')}/search/?q=${encodeURIComponent('"abductions issue"')}`);
    await settled(page);
    expect(await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')).not.toMatch(/'unsafe-(inline|eval)'/);
    await page.locator('#search-results .result-paragraphs a').first().click();
    await page.waitForURL('**/meetings/**');
    await expect.poll(() => page.locator('mark.pagefind-highlight').count()).toBeGreaterThan(0);
    expect(violations).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });

  test.each(['light', 'dark'] as const)('axe finds no violations on the search page with results and filters open, in %s mode', async (colorScheme) => {
    const page = await search('"abductions issue"', '&year=2023');
    await page.emulateMedia({ colorScheme });
    await page.locator('#search-facets details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
