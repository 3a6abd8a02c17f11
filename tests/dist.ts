// The built site in dist/, for tests that read it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { SiteReader } from './site/site-reader.ts';

export const DIST = join(import.meta.dirname, '..', 'dist');
const site = new SiteReader(DIST);

export function assertBuilt(): void {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
}

/** Every HTML file in dist/, as site paths ("/meetings/x/"). */
export const htmlPages = (): string[] => site.htmlPages();
export const fileForPath = (path: string): string => site.file(path);
export const page = (path: string): CheerioAPI => site.page(path);
