import { expect, test } from 'vitest';
import { routeKind, RouteTimes } from './routes.ts';

test('a meeting page and its comparison are two kinds', () => {
  expect(routeKind('/meetings/2023-07-14-japan-us-rok/index.html')).toBe('/meetings/*/index.html');
  expect(routeKind('/meetings/2023-07-14-japan-us-rok/compare/index.html')).toBe('/meetings/*/compare/index.html');
});

test('a year’s list of meetings is a kind apart from the meetings themselves', () => {
  expect(routeKind('/meetings/2023/index.html')).toBe('/meetings/<year>/index.html');
});

test('numbered list pages are one kind', () => {
  expect(routeKind('/meetings/page/7/index.html')).toBe('/meetings/page/*/index.html');
});

test('preview images are one kind whatever the meeting', () => {
  expect(routeKind('/og/2023-07-14-japan-us-rok.png')).toBe('/og/*.png');
});

test('each original file is a page of one kind, not a kind of its own', () => {
  expect(routeKind('/originals/008040_state.txt/')).toBe('/originals/*/');
  expect(routeKind('/originals/page/3/index.html')).toBe('/originals/page/*/index.html');
});

test('the floor’s pages, one per source file, are one kind', () => {
  expect(routeKind('/000123_mofa/index.html')).toBe('/*/index.html');
  expect(routeKind('/about/index.html')).toBe('/about/index.html');
  expect(routeKind('/404.html')).toBe('/404.html');
});

test('year exports keep their file names, under a year of any number', () => {
  expect(routeKind('/data/2007/readouts.json')).toBe('/data/<year>/readouts.json');
  expect(routeKind('/data/2007/readouts.csv')).toBe('/data/<year>/readouts.csv');
  expect(routeKind('/countries/japan/feed.xml')).toBe('/countries/*/feed.xml');
});

test('page times add up per kind from the build log', () => {
  const times = new RouteTimes();
  times.line('16:47:06   ├─ /countries/china/feed.xml (+19ms) ');
  times.line('16:47:06   └─ /countries/japan/feed.xml (+6ms) ');
  times.line('16:47:06 [build] something else');
  expect(times.kinds).toEqual({ '/countries/*/feed.xml': { pages: 2, ms: 25 } });
});

test('pages copied from the last build are counted apart from pages written', () => {
  const times = new RouteTimes();
  times.line('16:47:06   ├─ /meetings/2023-07-14-japan-us-rok/index.html (cached)');
  times.line('16:47:06   ├─ /meetings/2023-07-15-japan-us/index.html (+9ms)');
  expect(times.kinds).toEqual({ '/meetings/*/index.html': { pages: 1, ms: 9, cached: 1 } });
});

test('a page that took over a second counts, though Astro writes its time in seconds', () => {
  const times = new RouteTimes();
  times.line('16:47:06   ├─ /meetings/2023-07-14-japan-us-rok/index.html (+1.25s) ');
  times.line('16:47:09   ├─ /meetings/2023-07-15-japan-us/index.html (+1m 5s) ');
  expect(times.kinds).toEqual({ '/meetings/*/index.html': { pages: 2, ms: 1250 + 65_000 } });
});
