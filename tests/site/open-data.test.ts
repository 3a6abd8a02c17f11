// Feeds, open data, the sitemap and robots.txt as built, read with independent parsers.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { archive } from '../archive.ts';
import { assertBuilt, DIST } from '../dist.ts';
import { SiteReader } from './site-reader.ts';

beforeAll(assertBuilt);

const site = new SiteReader(DIST);
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'link', 'url', 'sitemap'].includes(name) });
const newest = (ids: string[]) => archive().meetings.filter((m) => ids.includes(m.id)).sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id)).map((m) => m.id);

interface AtomFeed {
  id: string;
  title: string;
  updated: string;
  author: { name: string };
  link: { '@rel': string; '@href': string }[];
  entry?: { id: string; title: { '#text': string }; updated: string; link: { '@href': string }[] }[];
}

function feed(path: string): AtomFeed {
  const parsed = xml.parse(site.text(path));
  if (!parsed.feed) throw new Error(`${path} is not an Atom feed`);
  return parsed.feed;
}

function requiredElements(path: string, f: AtomFeed): string[] {
  const problems: string[] = [];
  for (const key of ['id', 'title', 'updated'] as const) if (!f[key]) problems.push(`${path}: no ${key}`);
  if (!f.author?.name) problems.push(`${path}: no author`);
  if (!f.link.some((l) => l['@rel'] === 'self')) problems.push(`${path}: no self link`);
  for (const e of f.entry ?? []) {
    if (!e.id || !e.title || !e.updated || !e.link?.[0]?.['@href']) problems.push(`${path}: an entry lacks id, title, updated or link`);
    if (Number.isNaN(Date.parse(e.updated))) problems.push(`${path}: entry date "${e.updated}" is not a date`);
  }
  return problems;
}

const entryIds = (f: AtomFeed) => (f.entry ?? []).map((e) => e.id.split('/').at(-2)!);

describe('feeds', () => {
  test('/feed.xml has every required element and the meetings newest first', () => {
    const f = feed('/feed.xml');
    expect(requiredElements('/feed.xml', f)).toEqual([]);
    expect(entryIds(f)).toEqual(newest(archive().meetings.map((m) => m.id)));
  });

  test('every country a readout names has a feed of the meetings it took part in or that name it', () => {
    const a = archive();
    const problems: string[] = [];
    for (const c of new Set(a.readouts.flatMap((r) => [...r.countries, ...r.mentionedCountries]))) {
      const path = `/countries/${c}/feed.xml`;
      const f = feed(path);
      problems.push(...requiredElements(path, f));
      const want = newest(a.meetings.filter((m) => m.countries.includes(c) || m.mentionedCountries.includes(c)).map((m) => m.id));
      if (JSON.stringify(entryIds(f)) !== JSON.stringify(want)) problems.push(`${path}: entries ${entryIds(f)} but expected ${want}`);
    }
    expect(problems).toEqual([]);
  });

  test('every topic that tags a paragraph has a feed of the meetings it was raised in', () => {
    const a = archive();
    const problems: string[] = [];
    for (const t of new Set(a.readouts.flatMap((r) => r.topics))) {
      const path = `/topics/${t}/feed.xml`;
      const f = feed(path);
      problems.push(...requiredElements(path, f));
      const want = newest(a.meetings.filter((m) => m.topics.includes(t)).map((m) => m.id));
      if (JSON.stringify(entryIds(f)) !== JSON.stringify(want)) problems.push(`${path}: entries ${entryIds(f)} but expected ${want}`);
    }
    expect(problems).toEqual([]);
  });

  test('each feed entry links to a meeting page that was built', () => {
    for (const e of feed('/feed.xml').entry ?? []) expect(site.exists(new URL(e.link[0]!['@href']).pathname), e.id).toBe(true);
  });
});

describe('open data', () => {
  const schema = () => JSON.parse(site.text('/data/schema.json'));
  /** The published JSON Schema, one of its definitions at a time, turned into a validator. */
  const validator = (name: string) => {
    const { anyOf: _, ...definitions } = schema();
    return z.fromJSONSchema({ ...definitions, $ref: `#/$defs/${name}` });
  };

  test('meetings.json validates against the published schema and holds every meeting', () => {
    const data = JSON.parse(site.text('/data/meetings.json'));
    expect(validator('meetings').safeParse(data).error?.issues ?? []).toEqual([]);
    expect(data.meetings.map((m: { id: string }) => m.id).sort()).toEqual(archive().meetings.map((m) => m.id).sort());
  });

  test('readouts.json validates against the published schema and holds every readout with its text', () => {
    const data = JSON.parse(site.text('/data/readouts.json'));
    expect(validator('readouts').safeParse(data).error?.issues ?? []).toEqual([]);
    expect(data.readouts.map((r: { id: string }) => r.id).sort()).toEqual(archive().readouts.map((r) => r.id).sort());
    for (const r of data.readouts) expect(r.text.length, r.id).toBeGreaterThan(0);
  });

  test('readouts.csv parses with one row per readout, each valid against the published row schema', () => {
    const rows: Record<string, string>[] = parse(site.text('/data/readouts.csv'), { bom: true, columns: true });
    expect(rows.map((r) => r.id).sort()).toEqual(archive().readouts.map((r) => r.id).sort());
    const row = validator('readoutCsvRow');
    expect(rows.filter((r) => !row.safeParse(r).success).map((r) => r.id)).toEqual([]);
  });

  test('readouts.csv begins with the bytes of a UTF-8 byte-order mark, then its header', () => {
    const bytes = readFileSync(join(DIST, 'data', 'readouts.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3, 6).toString('utf8')).toBe('id,');
  });

  test('the schema is JSON Schema draft 2020-12 at its own address', () => {
    expect(schema().$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(new URL(schema().$id).pathname).toBe('/data/schema.json');
  });
});

describe('originals', () => {
  test('/originals/ lists every source file with the SHA-256 of its bytes, linked to /originals/<file>', () => {
    const $ = site.page('/originals/');
    const rows = $('tr[data-entry]').map((_, tr) => ({ file: $(tr).attr('data-entry')!, sum: $(tr).find('code.checksum').text(), href: $(tr).find('th a').attr('href') })).get();
    const files = [...new Set(archive().readouts.map((r) => r.file))].sort();
    expect(rows.map((r) => r.file)).toEqual(files);
    for (const r of rows) {
      expect(r.sum, r.file).toBe(createHash('sha256').update(readFileSync(join(import.meta.dirname, '..', '..', 'content', 'readouts', r.file))).digest('hex'));
      expect(r.href).toBe(`/originals/${r.file}`);
    }
  });
});

describe('crawlers', () => {
  test('robots.txt names the sitemap index, which exists', () => {
    const sitemap = /^Sitemap: (.+)$/m.exec(site.text('/robots.txt'))?.[1];
    expect(sitemap).toBeDefined();
    expect(site.exists(new URL(sitemap!).pathname)).toBe(true);
  });

  test('the sitemap lists the browsing pages, and every address in it was built', () => {
    const index = xml.parse(site.text('/sitemap-index.xml'));
    const locs: string[] = index.sitemapindex.sitemap.flatMap((s: { loc: string }) => xml.parse(site.text(new URL(s.loc).pathname)).urlset.url.map((u: { loc: string }) => u.loc));
    const paths = locs.map((l) => new URL(l).pathname);
    expect(paths).toEqual(expect.arrayContaining(['/meetings/', '/meetings/2023/', '/countries/', '/countries/north-korea/', '/people/', '/topics/', '/topics/abductions-issue/']));
    expect(paths.filter((p) => !site.exists(p))).toEqual([]);
  });
});
