import { expect, test } from 'vitest';
import { addressOfFile, formatManifest, parseManifest, planAddresses, type BuiltAddresses, type Manifest } from './url-manifest.ts';

const built = (addresses: string[], accounts: Record<string, string> = {}): BuiltAddresses => ({
  addresses: new Set([...addresses, ...Object.keys(accounts)]),
  accounts: new Map(Object.entries(accounts)),
});
const manifest = (lines: string): Manifest => parseManifest(lines);

test('a built file is published at its folder address, and hashed assets and the search index are not addresses', () => {
  expect(addressOfFile('index.html')).toBe('/');
  expect(addressOfFile('meetings/2023-07-14-japan-us-rok/index.html')).toBe('/meetings/2023-07-14-japan-us-rok/');
  expect(addressOfFile('originals/000_a.txt')).toBe('/originals/000_a.txt');
  expect(addressOfFile('og/x.png')).toBe('/og/x.png');
  expect(addressOfFile('_astro/Base.kovnMPPk.css')).toBeUndefined();
  expect(addressOfFile('pagefind/fragment/en_1.pf_fragment')).toBeUndefined();
  expect(addressOfFile('_headers')).toBeUndefined();
});

test('the manifest is written sorted, one address a line, an account followed by its file, and reads back the same', () => {
  const m: Manifest = new Map([['/meetings/b/', undefined], ['/meetings/a/#mofa', '/originals/1.txt'], ['/', undefined]]);
  const text = formatManifest(m);
  expect(text).toBe('/\n/meetings/a/#mofa /originals/1.txt\n/meetings/b/\n');
  expect(parseManifest(text)).toEqual(m);
});

test('new addresses are added to the record and nothing is lost', () => {
  const plan = planAddresses(manifest('/\n/about/\n'), built(['/', '/about/', '/topics/']), []);
  expect(plan.errors).toEqual([]);
  expect(plan.added).toEqual(['/topics/']);
  expect([...plan.manifest.keys()].sort()).toEqual(['/', '/about/', '/topics/']);
});

test('an address no longer built and not redirected fails the plan, naming it', () => {
  const plan = planAddresses(manifest('/\n/data/old.json\n'), built(['/']), []);
  expect(plan.errors).toEqual(['/data/old.json was published and is gone: list it in content/redirects.yaml with where it went']);
});

test('a page listed in redirects.yaml becomes a redirect page, and the old address stays in the record', () => {
  const plan = planAddresses(manifest('/meetings/old/\n'), built(['/meetings/new/']), [{ from: '/meetings/old/', to: '/meetings/new/' }]);
  expect(plan.errors).toEqual([]);
  expect(plan.pages).toEqual([{ from: '/meetings/old/', to: '/meetings/new/', automatic: false, anchors: [] }]);
  expect(plan.manifest.has('/meetings/old/')).toBe(true);
});

test('a redirect to an address the build does not publish is refused', () => {
  const plan = planAddresses(manifest('/meetings/old/\n'), built(['/']), [{ from: '/meetings/old/', to: '/meetings/nowhere/' }]);
  expect(plan.errors).toContain('content/redirects.yaml: /meetings/old/ redirects to /meetings/nowhere/, which this build does not publish');
});

test('a redirect from an address still published is refused', () => {
  const plan = planAddresses(manifest('/a/\n'), built(['/a/', '/b/']), [{ from: '/a/', to: '/b/' }]);
  expect(plan.errors).toContain('content/redirects.yaml: /a/ is still published; a redirect would hide it');
});

test('a meeting whose accounts all moved to one other page redirects there by itself, every anchor following its account', () => {
  const recorded = manifest(['/meetings/a/', '/meetings/a/#state /originals/2.txt', '/meetings/a/#state-p1', '/meetings/a/#state-p2', '/meetings/b/', '/meetings/b/#mofa /originals/1.txt', '/meetings/b/#mofa-1'].join('\n'));
  const now = built(['/meetings/b/', '/meetings/b/#mofa-1', '/meetings/b/#state-p1', '/meetings/b/#state-p2'], { '/meetings/b/#mofa': '/originals/1.txt', '/meetings/b/#state': '/originals/2.txt' });
  const plan = planAddresses(recorded, now, []);
  expect(plan.errors).toEqual([]);
  expect(plan.pages).toEqual([
    {
      from: '/meetings/a/',
      to: '/meetings/b/',
      automatic: true,
      anchors: [
        { id: 'state', to: '/meetings/b/#state' },
        { id: 'state-p1', to: '/meetings/b/#state-p1' },
        { id: 'state-p2', to: '/meetings/b/#state-p2' },
      ],
    },
  ]);
});

test('an account that takes a new id on its new page takes its paragraphs with it', () => {
  const recorded = manifest('/meetings/a/\n/meetings/a/#state /originals/2.txt\n/meetings/a/#state-p1\n');
  const now = built(['/meetings/b/', '/meetings/b/#state-b-p1'], { '/meetings/b/#state': '/originals/1.txt', '/meetings/b/#state-b': '/originals/2.txt' });
  const plan = planAddresses(recorded, now, []);
  expect(plan.errors).toEqual([]);
  expect(plan.pages[0]!.anchors).toEqual([
    { id: 'state', to: '/meetings/b/#state-b' },
    { id: 'state-p1', to: '/meetings/b/#state-b-p1' },
  ]);
});

test('"state-remarks-p1" follows the account "state-remarks", not "state"', () => {
  const recorded = manifest('/m/a/\n/m/a/#state /originals/1.txt\n/m/a/#state-remarks /originals/2.txt\n/m/a/#state-remarks-p1\n');
  const now = built(['/m/b/', '/m/c/', '/m/c/#state-remarks-p1'], { '/m/b/#state': '/originals/1.txt', '/m/c/#state-remarks': '/originals/2.txt' });
  const plan = planAddresses(recorded, now, [{ from: '/m/a/', to: '/m/b/' }]);
  expect(plan.errors).toEqual([]);
  expect(plan.pages[0]!.anchors).toContainEqual({ id: 'state-remarks-p1', to: '/m/c/#state-remarks-p1' });
});

test('a paragraph anchor renumbered within its page is kept as an alias on that page', () => {
  const recorded = manifest('/m/a/\n/m/a/#mofa-p4\n/m/a/#mofa-p5\n');
  const plan = planAddresses(recorded, built(['/m/a/', '/m/a/#mofa-p4']), [{ from: '/m/a/#mofa-p5', to: '/m/a/#mofa-p4' }]);
  expect(plan.errors).toEqual([]);
  expect(plan.aliases).toEqual([{ page: '/m/a/', id: 'mofa-p5', target: 'mofa-p4' }]);
});

test('an anchor cannot move to another page while its own page stays', () => {
  const recorded = manifest('/m/a/\n/m/a/#mofa-p5\n/m/b/\n/m/b/#mofa-p1\n');
  const plan = planAddresses(recorded, built(['/m/a/', '/m/b/', '/m/b/#mofa-p1']), [{ from: '/m/a/#mofa-p5', to: '/m/b/#mofa-p1' }]);
  expect(plan.errors).toEqual(['/m/a/#mofa-p5 moved to /m/b/#mofa-p1 while its page stays: an anchor can only move within its page']);
});

test('an account anchor that now shows another file is refused', () => {
  const plan = planAddresses(manifest('/m/a/\n/m/a/#mofa /originals/1.txt\n'), built(['/m/a/'], { '/m/a/#mofa': '/originals/9.txt' }), []);
  expect(plan.errors).toEqual(['/m/a/#mofa published the account of /originals/1.txt and now shows /originals/9.txt: an anchor must keep its passage']);
});

test('a moved data file goes to _redirects only', () => {
  const plan = planAddresses(manifest('/data/old.json\n'), built(['/data/new.json']), [{ from: '/data/old.json', to: '/data/new.json' }]);
  expect(plan.errors).toEqual([]);
  expect(plan.files).toEqual([{ from: '/data/old.json', to: '/data/new.json' }]);
  expect(plan.pages).toEqual([]);
});

test('a moved meeting’s preview image and sub-pages follow it', () => {
  const recorded = manifest('/meetings/a/\n/meetings/a/#state /originals/2.txt\n/meetings/a/compare/\n/og/a.png\n');
  const now = built(['/meetings/b/', '/meetings/b/compare/', '/og/b.png'], { '/meetings/b/#state': '/originals/2.txt' });
  const plan = planAddresses(recorded, now, []);
  expect(plan.errors).toEqual([]);
  expect(plan.files).toEqual([{ from: '/og/a.png', to: '/og/b.png' }]);
  expect(plan.pages.map((p) => [p.from, p.to])).toEqual([['/meetings/a/', '/meetings/b/'], ['/meetings/a/compare/', '/meetings/b/compare/']]);
});
