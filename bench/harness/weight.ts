// The weight of a page as a reader's browser fetches it: the HTML, the stylesheets and the scripts it loads
// (following static imports between script chunks), raw and compressed.
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface Sizes { raw: number; gzip: number; brotli: number }
export interface PageWeight { page: string; html: Sizes; css: Sizes; js: Sizes; total: Sizes }

function sizes(bytes: Buffer): Sizes {
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length };
}

const add = (a: Sizes, b: Sizes): Sizes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
const ZERO: Sizes = { raw: 0, gzip: 0, brotli: 0 };

/** `page` is a site path such as "/meetings/2023-07-14-japan-rok/". */
export function pageWeight(dist: string, page: string): PageWeight {
  const html = readFileSync(join(dist, page, 'index.html'));
  const text = html.toString('utf8');
  const local = (href: string) => (href.startsWith('/') && !href.startsWith('//') ? href.split(/[?#]/)[0]! : undefined);
  const css = new Set<string>();
  for (const m of text.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)) {
    const href = local(/\bhref="([^"]+)"/.exec(m[0])?.[1] ?? '');
    if (href) css.add(href);
  }
  const js = new Set<string>();
  const queue: string[] = [];
  for (const m of text.matchAll(/<script\b[^>]*\bsrc="([^"]+)"|<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)) {
    const src = local(m[1] ?? m[2] ?? '');
    if (src && !js.has(src)) (js.add(src), queue.push(src));
  }
  while (queue.length) {
    const src = queue.pop()!;
    const file = join(dist, src);
    if (!existsSync(file)) continue;
    // Static imports only: dynamic ones (the search index) are fetched on use and measured by the search runs.
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:\bimport|\bfrom)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      const next = posix.join(posix.dirname(src), m[1]!);
      if (!js.has(next)) (js.add(next), queue.push(next));
    }
  }
  const total = (paths: Set<string>) => [...paths].filter((p) => existsSync(join(dist, p))).reduce((sum, p) => add(sum, sizes(readFileSync(join(dist, p)))), ZERO);
  const weight = { page, html: sizes(html), css: total(css), js: total(js) };
  return { ...weight, total: add(add(weight.html, weight.css), weight.js) };
}
