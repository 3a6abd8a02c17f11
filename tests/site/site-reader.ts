// Reads a built site in any folder (dist/ or a build of a generated corpus) and follows its lists page by page.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';

export class SiteReader {
  readonly dir: string;
  private readonly cache = new Map<string, CheerioAPI>();

  constructor(dir: string) {
    this.dir = dir;
  }

  file(path: string): string {
    const clean = decodeURI(path.split('#')[0]!.split('?')[0]!);
    return clean.endsWith('/') ? join(this.dir, clean, 'index.html') : join(this.dir, clean);
  }

  exists(path: string): boolean {
    return existsSync(this.file(path));
  }

  text(path: string): string {
    return readFileSync(this.file(path), 'utf8');
  }

  page(path: string): CheerioAPI {
    const key = path.split('#')[0]!;
    let $ = this.cache.get(key);
    if (!$) {
      if (!this.exists(key)) throw new Error(`no page at ${key}`);
      $ = load(this.text(key));
      this.cache.set(key, $);
    }
    return $;
  }

  /** Every HTML page, as site paths ("/meetings/2023/"). */
  htmlPages(): string[] {
    const pages: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith('.html')) {
          const path = '/' + relative(this.dir, full).split(sep).join('/');
          pages.push(path.endsWith('index.html') ? path.slice(0, -'index.html'.length) : path);
        }
      }
    };
    walk(this.dir);
    return pages.sort();
  }

  /**
   * The entries a list shows, following its "next page" links from `start`; `within` narrows each page to one
   * list. Returns the entries in order and the pages visited.
   */
  list(start: string, within = 'main'): { entries: string[]; pages: string[] } {
    const entries: string[] = [];
    const pages: string[] = [];
    for (let path: string | undefined = start; path; ) {
      if (pages.includes(path)) throw new Error(`the pages of ${start} loop back to ${path}`);
      pages.push(path);
      const $ = this.page(path);
      $(within).find('[data-entry]').each((_, el) => void entries.push($(el).attr('data-entry')!));
      path = $('a[rel="next"]').attr('href');
    }
    return { entries, pages };
  }

  /** The dates of a list's entries, in order, from their <time datetime>. */
  dates(start: string, within = 'main'): string[] {
    const dates: string[] = [];
    for (const path of this.list(start, within).pages) {
      const $ = this.page(path);
      $(within).find('[data-entry]').each((_, el) => void dates.push($(el).find('time[datetime]').first().attr('datetime')!));
    }
    return dates;
  }
}

export const sortedCopy = <T>(items: readonly T[]) => [...items].sort();
