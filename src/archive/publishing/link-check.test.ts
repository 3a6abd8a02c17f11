import { expect, test } from 'vitest';
import { LinkCheck } from './link-check.ts';

const page = (ids: string[], links: string[]) => ({ ids: new Set(ids), links });

test('links to pages, files and ids that exist are not reported', () => {
  const check = new LinkCheck();
  check.addPage('/', page(['main'], ['/#main', '/a/', '/a/#mofa-1', '/feed.xml']));
  check.addPage('/a/', page(['mofa-1'], ['/']));
  check.addFile('/feed.xml');
  expect(check.broken()).toEqual([]);
});

test('a link to a missing page or a missing id is reported with the page that has it', () => {
  const check = new LinkCheck();
  check.addPage('/', page([], ['/gone/', '/a/#mofa-9', '/a/#']));
  check.addPage('/a/', page(['mofa-1'], []));
  expect(check.broken()).toEqual(['/: /a/#mofa-9 (no element with id "mofa-9")', '/: /gone/ (no such address)']);
});

test('a fragment on a file that is not a page is reported', () => {
  const check = new LinkCheck();
  check.addPage('/', page([], ['/originals/a.txt#L3']));
  check.addFile('/originals/a.txt');
  expect(check.broken()).toEqual(['/: /originals/a.txt#L3 (no element with id "L3")']);
});
