// Grouping changes keep addresses. The archive is built with Washington's account of a call (dated 5 January 2022),
// then again once Tokyo's account of the same call arrives (dated 6 January 2022, 8:10 a.m. Japan time): the two
// dates make one meeting, published under Tokyo's date. The first meeting's address must still lead to its account
// and every paragraph, and removing an account without a redirect must fail the build.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { mofaText } from '../../src/archive/testing.ts';
import { parseManifest } from '../../src/archive/publishing/url-manifest.ts';
import { brokenLinks, build, ROOT } from './links-build.ts';

const STATE = [
  'Secretary Blinken’s Call with Japanese Foreign Minister Hayashi',
  'January 5, 2022',
  '',
  'Office of the Spokesperson',
  '',
  'The below is attributable to Spokesperson Ned Price:',
  '',
  'Secretary of State Antony J. Blinken spoke today with Japanese Foreign Minister Hayashi Yoshimasa about the alliance between the two countries.',
  '',
  'The two discussed the coming meeting of their ministers of defense and the situation in the region.',
  '',
].join('\n');
const MOFA = mofaText({
  series: 'Japan-U.S. Relations',
  date: 'January 6, 2022',
  captions: [],
  lead: 'On January 6, commencing at 8:10 a.m. for approximately 40 minutes, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a telephone talk with the Honorable Antony Blinken, Secretary of State of the United States of America.',
  points: ['  1. The two Ministers agreed to keep working closely together on the alliance.', '  2. The two Ministers exchanged views on the regional situation.'],
});

const ABSORBED = '/meetings/2022-01-05-japan-us-telephone/';
const MERGED = '/meetings/2022-01-06-japan-us-telephone/';
const HEAVY = 300_000;

let dir: string;
let content: string;
const dist = (n: number) => join(dir, `dist-${n}`);
let first: ReturnType<typeof build>;
let second: ReturnType<typeof build>;

beforeAll(() => {
  mkdirSync(join(ROOT, 'tmp'), { recursive: true });
  dir = mkdtempSync(join(ROOT, 'tmp', 'links-grouping-'));
  content = join(dir, 'content');
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  writeFileSync(join(content, 'readouts', '900_state.txt'), STATE);
  first = build(content, dist(1), join(dir, 'cache'));
  writeFileSync(join(content, 'readouts', '901_mofa.txt'), MOFA);
  second = build(content, dist(2), join(dir, 'cache'));
}, HEAVY);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const recordedAnchors = () =>
  [...parseManifest(readFileSync(join(content, 'url-manifest.txt'), 'utf8')).keys()].filter((a) => a.startsWith(`${ABSORBED}#`)).map((a) => a.split('#')[1]!);

test('the first build publishes Washington’s account under its own date and records its anchors', () => {
  expect(first.status, first.output.slice(-3000)).toBe(0);
  expect(readFileSync(join(dist(1), ABSORBED, 'index.html'), 'utf8')).toContain('id="state-p2"');
  expect(recordedAnchors()).toEqual(['state', 'state-p1', 'state-p2', 'state-p3']);
});

test('with Tokyo’s account the call is one meeting under Tokyo’s date, and the build works out the redirect itself', () => {
  expect(second.status, second.output.slice(-3000)).toBe(0);
  const merged = readFileSync(join(dist(2), MERGED, 'index.html'), 'utf8');
  expect(merged).toContain('id="mofa"');
  expect(merged).toContain('id="state"');
  expect(second.output).toContain(`${ABSORBED} → ${MERGED}`);
});

test('the absorbed meeting’s address is a page that sends the reader to the merged meeting, with a visible link and no script', () => {
  const page = readFileSync(join(dist(2), ABSORBED, 'index.html'), 'utf8');
  expect(page).toContain(`<meta http-equiv="refresh" content="0; url=${MERGED}">`);
  expect(page).toContain(`<a href="${MERGED}">${MERGED}</a>`);
  expect(page).not.toMatch(/<script|<style|\sstyle=/);
});

test('hosts that read _redirects send the absorbed address on with a permanent redirect', () => {
  expect(readFileSync(join(dist(2), '_redirects'), 'utf8')).toContain(`${ABSORBED} ${MERGED} 301\n`);
});

test('every paragraph anchor of the absorbed meeting is an id on the merged meeting’s page', () => {
  const merged = readFileSync(join(dist(2), MERGED, 'index.html'), 'utf8');
  const anchors = recordedAnchors();
  expect(anchors.length).toBe(4);
  for (const id of anchors) expect(merged).toContain(` id="${id}"`);
});

test('every link and fragment of the rebuilt site resolves, the redirect page included', () => {
  expect(brokenLinks(dist(2)).broken).toEqual([]);
});

test('taking an account away without a redirect fails the build and names each address it published', () => {
  unlinkSync(join(content, 'readouts', '900_state.txt'));
  const third = build(content, dist(3), join(dir, 'cache'));
  expect(third.status).not.toBe(0);
  expect(third.output).toContain(`${MERGED}#state-p2 was published and is gone`);
  expect(third.output).toContain(`${ABSORBED}#state was published and is gone`);
}, HEAVY);
