import { load } from 'cheerio';
import { describe, expect, test } from 'vitest';
import { SCROLL_HINT, wrapTables } from './scroll-tables.ts';

describe('wrapTables', () => {
  const html = '<p>Before</p><table><tr><th>Member</th><th>Term</th></tr></table><p>Between</p><table><tr><td>x</td></tr></table>';
  const $ = load(wrapTables(html, 'Council members'));

  test('puts each table inside a named region that the keyboard can reach', () => {
    const regions = $('table').parent();
    expect(regions.map((_, r) => [[r.tagName, $(r).attr('tabindex'), $(r).attr('aria-label')]]).get()).toEqual([
      ['section', '0', 'Council members'],
      ['section', '0', 'Council members, table 2'],
    ]);
  });

  test('gives each region the visible line that says it scrolls', () => {
    expect($('.table-scroll > .scroll-hint').map((_, p) => $(p).text()).get()).toEqual([SCROLL_HINT, SCROLL_HINT]);
  });

  test('leaves the text around the tables as it was', () => {
    expect($('body > p').map((_, p) => $(p).text()).get()).toEqual(['Before', 'Between']);
  });

  test('escapes quotes in the name, so it cannot end the attribute', () => {
    expect(load(wrapTables('<table></table>', 'The “A” & "B" table'))('.table-scroll').attr('aria-label')).toBe('The “A” & "B" table');
  });
});
