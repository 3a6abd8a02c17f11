// A rebuild keeps the last build's output folder and writes only what changed. Whatever the folder went through, it
// must end exactly as a clean build of the same content leaves its own: the same files, byte for byte. The content
// carries an anchor alias, which the address check writes into a page after Astro has written it, so a page kept
// from the last build already has it.
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { mofaText } from '../../src/archive/testing.ts';
import { builtFiles } from '../../src/integrations/url-manifest.ts';
import { build, ROOT } from './links-build.ts';

const ADDED = '900_added.txt';
const ADDED_TEXT = mofaText({
  series: 'Japan-Republic of Korea Relations',
  date: 'May 2, 2023',
  captions: [],
  lead: 'On May 2, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a meeting with H.E. Dr. Park Jin, Minister of Foreign Affairs of the Republic of Korea.',
  points: ['  1. The two Ministers went over the schedule of their meetings for the coming months.'],
});
const ADDED_PAGE = 'meetings/2023-05-02-japan-rok/index.html';
const ALIASED_PAGE = 'meetings/2023-07-14-japan-us-rok/index.html';
const HEAVY = 300_000;

let dir = '';
const out = () => join(dir, 'kept-dist');
const cache = () => join(dir, 'kept-cache');
const kept = () => join(dir, 'kept-content');

/** A copy of content/ with an old anchor kept as an alias, and with the added readout or without it. */
function content(folder: string, added: boolean): string {
  rmSync(folder, { recursive: true, force: true });
  cpSync(join(ROOT, 'content'), folder, { recursive: true });
  appendFileSync(join(folder, 'url-manifest.txt'), '/meetings/2023-07-14-japan-us-rok/#mofa-40\n');
  writeFileSync(join(folder, 'redirects.yaml'), '- from: /meetings/2023-07-14-japan-us-rok/#mofa-40\n  to: /meetings/2023-07-14-japan-us-rok/#mofa-4\n');
  if (added) writeFileSync(join(folder, 'readouts', ADDED), ADDED_TEXT);
  return folder;
}

function built(contentDir: string, dist: string, cacheDir: string): string {
  const { status, output } = build(contentDir, dist, cacheDir);
  expect(status, output).toBe(0);
  // Astro colours its log when it thinks a terminal reads it.
  return output.replace(/\x1b\[[0-9;]*m/g, '');
}

/** A clean build, in folders of its own, of content/ with the alias, and with the added readout or without it. */
function clean(name: string, added: boolean): string {
  const dist = join(dir, `${name}-dist`);
  built(content(join(dir, `${name}-content`), added), dist, join(dir, `${name}-cache`));
  return dist;
}

/** Every file of a built site with its bytes. */
function site(dist: string): Map<string, string> {
  return new Map([...builtFiles(dist)].map((path) => [path, readFileSync(join(dist, path)).toString('base64')]));
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'readout-rebuild-'));
  built(content(kept(), false), out(), cache());
}, HEAVY);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a rebuild after a readout is added keeps unchanged pages in place and publishes what a clean build does', () => {
  const manifest = readFileSync(join(kept(), 'url-manifest.txt'), 'utf8');
  writeFileSync(join(kept(), 'readouts', ADDED), ADDED_TEXT);
  const output = built(kept(), out(), cache());
  expect(output).toMatch(/\(cached\)/);
  expect(output).not.toContain('output folder emptied');
  const rebuilt = site(out());
  expect(rebuilt.has(ADDED_PAGE)).toBe(true);
  expect(rebuilt).toEqual(site(clean('clean-added', true)));
  // The next test takes the readout out again: its addresses were never published anywhere but here.
  writeFileSync(join(kept(), 'url-manifest.txt'), manifest);
}, HEAVY);

test('a rebuild after a readout is removed leaves none of its files behind', () => {
  rmSync(join(kept(), 'readouts', ADDED));
  built(kept(), out(), cache());
  const rebuilt = site(out());
  expect(rebuilt.has(ADDED_PAGE)).toBe(false);
  expect(rebuilt).toEqual(site(clean('clean', false)));
}, HEAVY);

test('a rebuild with nothing changed keeps every page in place, and a page with an alias carries it once', () => {
  // A deployment's repository inside the output folder is not the site's, and no build touches it.
  mkdirSync(join(out(), '.git'));
  writeFileSync(join(out(), '.git', 'HEAD'), 'ref: refs/heads/pages\n');
  const output = built(kept(), out(), cache());
  expect(readFileSync(join(out(), '.git', 'HEAD'), 'utf8')).toBe('ref: refs/heads/pages\n');
  expect(output).toContain(`/${ALIASED_PAGE} (cached)`);
  expect(output).not.toMatch(/\(restored\)/);
  const html = readFileSync(join(out(), ALIASED_PAGE), 'utf8');
  expect(html.split('id="mofa-40"').length - 1).toBe(1);
  expect(site(out())).toEqual(site(join(dir, 'clean-dist')));
}, HEAVY);

test('an output folder changed since the last complete build is emptied before the build writes into it', () => {
  writeFileSync(join(out(), ALIASED_PAGE), '<!doctype html><title>half written</title>');
  const output = built(kept(), out(), cache());
  expect(output).toContain('output folder emptied: it changed after the last complete build');
  expect(site(out())).toEqual(site(join(dir, 'clean-dist')));
  expect(readFileSync(join(out(), '.git', 'HEAD'), 'utf8')).toBe('ref: refs/heads/pages\n');
}, HEAVY);
