import { beforeAll, describe, expect, test } from 'vitest';
import { assertBuilt, fileForPath, htmlPages, page } from '../dist.ts';
import { existsSync } from 'node:fs';

beforeAll(assertBuilt);

// The four meetings the five source texts describe, read off the texts: dates from their date and lead lines,
// countries from the ministers named in each lead.
const MEETINGS = ['2018-03-17-japan-rok', '2023-07-13-japan-rok', '2023-07-14-japan-us-rok', '2023-11-26-japan-rok'];

describe('built site', () => {
  test('has a page for each of the four meetings', () => {
    for (const id of MEETINGS) expect(existsSync(fileForPath(`/meetings/${id}/`)), id).toBe(true);
    expect(htmlPages().filter((p) => /^\/meetings\/\d{4}-\d{2}-\d{2}-[^/]+\/$/.test(p))).toEqual(MEETINGS.map((id) => `/meetings/${id}/`));
  });

  test('the 14 July 2023 meeting page carries all four accounts under their anchors', () => {
    const $ = page('/meetings/2023-07-14-japan-us-rok/');
    expect($('section.account').map((_, el) => $(el).attr('id')).get()).toEqual(['mofa', 'state-joint-statement', 'state', 'state-remarks']);
  });

  test('every internal link resolves to a built file', () => {
    const broken: string[] = [];
    for (const path of htmlPages()) {
      const $ = page(path);
      $('a[href^="/"]').each((_, a) => {
        const href = $(a).attr('href')!;
        if (!existsSync(fileForPath(href))) broken.push(`${path} -> ${href}`);
      });
    }
    expect(broken).toEqual([]);
  });

  test('every id on a page is unique', () => {
    for (const path of htmlPages()) {
      const ids = page(path)('[id]').map((_, el) => el.attribs.id).get();
      expect(ids.length, path).toBe(new Set(ids).size);
    }
  });

  test('the search index was built', () => {
    expect(existsSync(fileForPath('/pagefind/pagefind.js'))).toBe(true);
  });
});
