import { expect, test } from 'vitest';
import { internalTarget, scanPage } from './page-scan.ts';

const ORIGIN = 'https://archive.example';
const PAGE = `<!doctype html><html><head>
<meta http-equiv="content-security-policy" content="script-src 'self';">
<meta property="og:image" content="https://archive.example/og/m.png">
<link rel="canonical" href="https://archive.example/meetings/m/">
<script type="application/ld+json">{"a":"<a href='/nowhere/'>"}</script>
</head><body><a class="skip-link" href="#main">Skip</a><main id="main">
<section class="account" id="mofa" aria-labelledby="mofa-heading"><h2 class="account-heading" id="mofa-heading">MOFA</h2>
<a href="https://www.mofa.go.jp/x.html" rel="external">source</a> <a href="/originals/000_a.txt">000_a.txt</a>
<div class="paragraph" id="mofa-p1"><a href="/meetings/m/#mofa-p1">¶</a></div></section>
<section class="account" id="state"><a href="/originals/001_b.txt">b</a><a href="/originals/000_a.txt">again</a>
<div class="paragraph-number" id="n1"></div><div class="paragraph" id="state-p1"></div></section>
<a href="../../topics/x/?q=1">topic</a> <a href="mailto:x@example.org">mail</a></main></body></html>`;

test('a page gives its accounts with their files, and its paragraphs, as permanent anchors', () => {
  expect(scanPage(PAGE, '/meetings/m/', ORIGIN).anchors).toEqual([
    { id: 'mofa', original: '/originals/000_a.txt' },
    { id: 'mofa-p1' },
    { id: 'state', original: '/originals/001_b.txt' },
    { id: 'state-p1' },
  ]);
});

test('every id counts for fragments, and only "account" and "paragraph" class tokens make an anchor permanent', () => {
  const scan = scanPage(PAGE, '/meetings/m/', ORIGIN);
  expect(scan.ids.has('mofa-heading')).toBe(true);
  expect(scan.ids.has('n1')).toBe(true);
  expect(scan.anchors.map((a) => a.id)).not.toContain('n1');
});

test('links are made site-absolute; other sites, mail and script bodies are left out; preview and canonical addresses count', () => {
  expect(scanPage(PAGE, '/meetings/m/', ORIGIN).links).toEqual([
    '/og/m.png',
    '/meetings/m/',
    '/meetings/m/#main',
    '/originals/000_a.txt',
    '/meetings/m/#mofa-p1',
    '/originals/001_b.txt',
    '/originals/000_a.txt',
    '/topics/x/',
  ]);
});

test('without links, a page gives the same ids, permanent anchors and policy, and lists no link', () => {
  const full = scanPage(PAGE, '/meetings/m/', ORIGIN);
  const lean = scanPage(PAGE, '/meetings/m/', ORIGIN, { links: false });
  expect(lean.ids).toEqual(full.ids);
  expect(lean.anchors).toEqual(full.anchors);
  expect(lean.csp).toBe(full.csp);
  expect(lean.links).toEqual([]);
});

test('an id written in capitals is still read when links are not listed', () => {
  expect(scanPage('<div ID="x"></div>', '/', ORIGIN, { links: false }).ids).toEqual(new Set(['x']));
});

test('a page carrying alias ids says so, with or without links, and a page without them does not', () => {
  const aliased = '<div class="paragraph" id="mofa-p4"><span id="mofa-p5" class="anchor-alias"></span><p>Text</p></div>';
  expect(scanPage(aliased, '/meetings/m/', ORIGIN).aliases).toBe(true);
  expect(scanPage(aliased, '/meetings/m/', ORIGIN, { links: false }).aliases).toBe(true);
  expect(scanPage(PAGE, '/meetings/m/', ORIGIN).aliases).toBeUndefined();
});

test('the page policy is read from its meta tag', () => {
  expect(scanPage(PAGE, '/meetings/m/', ORIGIN).csp).toBe("script-src 'self';");
});

test('escaped characters in an address are read as the characters', () => {
  expect(internalTarget('/search/?q=a&amp;b#x%20y', '/', ORIGIN)).toBe('/search/#x y');
  expect(scanPage('<a href="/a/?x=1&amp;y=2#k">', '/', ORIGIN).links).toEqual(['/a/#k']);
});
