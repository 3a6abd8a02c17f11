import { expect, test } from 'vitest';
import { insertAliases, redirectPage, redirectsFile } from './redirect-pages.ts';

const moved = { from: '/meetings/a/', to: '/meetings/b/', automatic: true, anchors: [{ id: 'state-p1', to: '/meetings/b/#state-p1' }] };
const renamed = { from: '/meetings/a/', to: '/meetings/b/', automatic: true, anchors: [{ id: 'state-p1', to: '/meetings/b/#state-b-p1' }] };

test('a redirect page refreshes to the new address and shows a link to it, with no script or style', () => {
  const html = redirectPage(moved, 'https://archive.example');
  expect(html).toContain('<meta http-equiv="refresh" content="0; url=/meetings/b/">');
  expect(html).toContain('<a href="/meetings/b/">/meetings/b/</a>');
  expect(html).toContain('<link rel="canonical" href="https://archive.example/meetings/b/">');
  expect(html).not.toMatch(/<script|<style|\sstyle=/);
});

test('a redirect page whose anchors changed ids does not refresh, and keeps each old id on a link to its new place', () => {
  const html = redirectPage(renamed, 'https://archive.example');
  expect(html).not.toContain('http-equiv="refresh"');
  expect(html).toContain('<li id="state-p1"><a href="/meetings/b/#state-b-p1">');
});

test('_redirects lists moved pages whose anchors keep their ids, and moved files, as permanent redirects', () => {
  expect(redirectsFile({ pages: [moved], files: [{ from: '/data/a.json', to: '/data/b.json' }] })).toBe('/meetings/a/ /meetings/b/ 301\n/data/a.json /data/b.json 301\n');
  expect(redirectsFile({ pages: [renamed], files: [] })).toBe('');
});

test('an alias is an empty element with the old id at the start of the element now holding the passage', () => {
  const { html, missing } = insertAliases('<div class="paragraph" id="mofa-p4"><p>Text</p></div>', [{ id: 'mofa-p5', target: 'mofa-p4' }]);
  expect(html).toBe('<div class="paragraph" id="mofa-p4"><span id="mofa-p5" class="anchor-alias"></span><p>Text</p></div>');
  expect(missing).toEqual([]);
});

test('an alias whose target is not on the page is reported', () => {
  expect(insertAliases('<p id="x">a</p>', [{ id: 'old', target: 'gone' }]).missing).toEqual(['gone']);
});

test('inserting aliases into a page that already has them leaves the page with exactly the aliases given', () => {
  const page = '<div class="paragraph" id="mofa-p4"><p>Text</p></div><div class="paragraph" id="mofa-p6"><p>More</p></div>';
  const once = insertAliases(page, [{ id: 'mofa-p5', target: 'mofa-p4' }, { id: 'mofa-p7', target: 'mofa-p6' }]).html;
  expect(insertAliases(once, [{ id: 'mofa-p5', target: 'mofa-p4' }, { id: 'mofa-p7', target: 'mofa-p6' }]).html).toBe(once);
  expect(insertAliases(once, [{ id: 'mofa-p5', target: 'mofa-p4' }]).html).toBe(
    '<div class="paragraph" id="mofa-p4"><span id="mofa-p5" class="anchor-alias"></span><p>Text</p></div><div class="paragraph" id="mofa-p6"><p>More</p></div>',
  );
  expect(insertAliases(once, []).html).toBe(page);
});
