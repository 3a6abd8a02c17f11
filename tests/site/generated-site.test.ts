// A generated archive large enough to paginate, built by the real build and read back as HTML: no page lists more
// than 100 entries, every meeting is reachable from /meetings/, and every index lists exactly what the data says.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateCorpus, writeCorpus } from '../../scripts/generate-corpus.ts';
import { buildArchive, type Archive } from '../../src/archive/archive.ts';
import { readContentDir } from '../../src/archive/content-dir.ts';
import { formatDiagnostic } from '../../src/archive/diagnostics.ts';
import { checkCountries, checkPeople, checkTopics, checkYears } from './browse-checks.ts';
import { expectedIndexes } from './browse-expectations.ts';
import { brokenLinks } from './links-build.ts';
import { SiteReader } from './site-reader.ts';

const ROOT = join(import.meta.dirname, '..', '..');
// Four years of 1,200 readouts: about 225 meetings a year, so year, country, person and topic lists all paginate.
const CORPUS = { readouts: 1200, seed: 7, firstYear: 2020, lastYear: 2023 };
const MEETING_PAGE = /^\/meetings\/\d{4}-\d{2}-\d{2}-[^/]+\/$/;
/** Reading a thousand built pages takes seconds, more on a busy machine. */
const HEAVY = 120_000;

let dir: string;
let site: SiteReader;
let archive: Archive;

beforeAll(() => {
  // Inside the project, not the system temp folder: the build's server chunks load packages from node_modules/,
  // and an output folder of its own keeps this build apart from any other running at the same time.
  mkdirSync(join(ROOT, 'tmp'), { recursive: true });
  dir = mkdtempSync(join(ROOT, 'tmp', 'generated-site-'));
  const content = join(dir, 'content');
  writeCorpus(content, generateCorpus(CORPUS));
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', join(dir, 'dist')], {
    cwd: ROOT,
    env: { ...process.env, READOUT_CONTENT_DIR: content, READOUT_CACHE_DIR: join(dir, 'cache') },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`the build of the generated corpus failed:\n${(result.stdout + result.stderr).slice(-4000)}`);
  const built = buildArchive(readContentDir(content));
  if (!built.ok) throw new Error(built.diagnostics.map(formatDiagnostic).join('\n'));
  archive = built.archive;
  site = new SiteReader(join(dir, 'dist'));
}, 900_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the generated site', () => {
  test('is large enough to paginate years, countries, people and topics', () => {
    const pages = site.htmlPages();
    expect(pages.filter((p) => /^\/meetings\/\d{4}\/page\/2\/$/.test(p)).length).toBeGreaterThan(0);
    expect(pages.filter((p) => /^\/countries\/[^/]+\/meetings\/page\/2\/$/.test(p)).length).toBeGreaterThan(0);
    expect(pages.filter((p) => /^\/people\/[^/]+\/meetings\/page\/2\/$/.test(p)).length).toBeGreaterThan(0);
    expect(pages.filter((p) => /^\/topics\/[^/]+\/page\/2\/$/.test(p)).length).toBeGreaterThan(0);
  }, HEAVY);

  test('no page lists more than 100 entries', () => {
    const over = site.htmlPages().flatMap((p) => {
      const n = site.page(p)('[data-entry]').length;
      return n > 100 ? [`${p}: ${n}`] : [];
    });
    expect(over).toEqual([]);
  }, HEAVY);

  test('every meeting is reachable from /meetings/ by following the links of the date index alone', () => {
    const reached = new Set<string>();
    const seen = new Set<string>(['/meetings/']);
    const queue = ['/meetings/'];
    while (queue.length) {
      const path = queue.shift()!;
      const $ = site.page(path);
      $('main a[href^="/meetings/"]').each((_, a) => {
        const target = $(a).attr('href')!.split('#')[0]!;
        if (MEETING_PAGE.test(target)) reached.add(target);
        else if (!seen.has(target)) {
          seen.add(target);
          queue.push(target);
        }
      });
    }
    expect(archive.meetings.filter((m) => !reached.has(`/meetings/${m.id}/`)).map((m) => m.id)).toEqual([]);
  }, HEAVY);

  test('every internal link and #fragment on every page resolves', () => {
    const { broken, checked } = brokenLinks(join(dir, 'dist'));
    expect(checked).toBeGreaterThan(1000);
    expect(broken.filter((b) => !b.startsWith('/404.html: /404/ '))).toEqual([]);
  }, HEAVY);

  test('pages of a list sit at /page/<n>/ and link to their neighbours both ways', () => {
    const { pages } = site.list('/meetings/2023/');
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((p, i) => {
      expect(p).toBe(i === 0 ? '/meetings/2023/' : `/meetings/2023/page/${i + 1}/`);
      expect(site.page(p)('a[rel="prev"]').attr('href')).toBe(i === 0 ? undefined : pages[i - 1]);
    });
  }, HEAVY);

  test('each month link on a year page leads to the page where that month’s heading is', () => {
    const $ = site.page('/meetings/2022/');
    const links = $('nav[aria-label="Months of 2022"] a').map((_, a) => $(a).attr('href')!).get();
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) {
      const [path, anchor] = href.split('#');
      expect(site.page(path!)(`#${anchor}`).length, href).toBe(1);
    }
  }, HEAVY);
});

test('the second page of each kind of list is valid HTML', async () => {
  // The committed content is too small to paginate, so these pages are checked here.
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: { 'no-trailing-whitespace': 'off', 'attribute-boolean-style': 'off', 'void-style': 'off', 'no-inline-style': 'off', 'doctype-style': 'off' },
  });
  const second = (pattern: RegExp) => site.htmlPages().find((p) => pattern.test(p));
  const paths = [/^\/meetings\/\d{4}\/page\/2\/$/, /^\/countries\/[^/]+\/meetings\/page\/2\/$/, /^\/countries\/[^/]+\/with\/[^/]+\/page\/2\/$/, /^\/people\/[^/]+\/meetings\/page\/2\/$/, /^\/topics\/[^/]+\/page\/2\/$/, /^\/originals\/page\/2\/$/].map(second);
  expect(paths.every(Boolean)).toBe(true);
  const problems: string[] = [];
  for (const path of paths as string[]) {
    const report = await validator.validateString(site.text(path), path);
    for (const result of report.results) for (const m of result.messages) problems.push(`${path}:${m.line}: ${m.ruleId}: ${m.message}`);
  }
  expect(problems).toEqual([]);
}, HEAVY);

describe('every meeting appears in exactly the indexes its data says', () => {
  test('by date', () => {
    expect(checkYears(site, expectedIndexes(archive))).toEqual([]);
  }, HEAVY);

  test('by country, with partners', () => {
    expect(checkCountries(site, expectedIndexes(archive))).toEqual([]);
  }, HEAVY);

  test('by person', () => {
    expect(checkPeople(site, expectedIndexes(archive))).toEqual([]);
  }, HEAVY);

  test('by topic', () => {
    expect(checkTopics(site, expectedIndexes(archive))).toEqual([]);
  }, HEAVY);
});
