// A static server for a built site on loopback, with one extra page that drives Pagefind's own API bare.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.png': 'image/png',
  '.svg': 'image/svg+xml', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8', '.csv': 'text/csv', '.woff2': 'font/woff2',
  '.pf_meta': 'application/octet-stream', '.pf_index': 'application/octet-stream', '.pf_fragment': 'application/octet-stream', '.pf_filter': 'application/octet-stream', '.wasm': 'application/wasm',
};

/** Loads the index as the search page would, searches, and loads the first page of results; marks when done. */
export const BARE_SEARCH_PATH = '/__bench/pagefind-api.html';
const BARE_SEARCH = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Pagefind API</title>
<script type="module">
const params = new URLSearchParams(location.search);
const filters = JSON.parse(params.get('filters') ?? '{}');
const pagefind = await import('/pagefind/pagefind.js');
await pagefind.init();
// Warm: the index and the words' chunks already loaded, as they are once a reader has typed; timed from the search.
let start = 0;
if (params.get('warm')) {
  await pagefind.preload((params.get('q') ?? '').replace(/["“”]/g, ''), { filters });
  start = performance.now();
}
const search = await pagefind.search(params.get('q') || null, { filters });
const first = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
window.__bench = { done: performance.now() - start, count: search.results.length, shown: first.length };
</script></html>`;

export async function serve(dist: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === BARE_SEARCH_PATH) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(BARE_SEARCH);
      return;
    }
    let file = join(dist, normalize(path));
    if (!file.startsWith(dist)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Length': statSync(file).size });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
