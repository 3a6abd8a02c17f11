// Helpers for tests that read the built site in dist/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';

export const DIST = join(import.meta.dirname, '..', 'dist');

export function assertBuilt(): void {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
}

/** Every HTML file in dist/, as site paths ("/meetings/x/"). */
export function htmlPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const path = '/' + relative(DIST, full).split(sep).join('/');
        pages.push(path.endsWith('/index.html') || path === '/index.html' ? path.slice(0, -'index.html'.length) : path);
      }
    }
  };
  walk(DIST);
  return pages.sort();
}

export function fileForPath(path: string): string {
  const clean = decodeURI(path.split('#')[0]!.split('?')[0]!);
  return clean.endsWith('/') ? join(DIST, clean, 'index.html') : join(DIST, clean);
}

export function page(path: string): CheerioAPI {
  return load(readFileSync(fileForPath(path), 'utf8'));
}
