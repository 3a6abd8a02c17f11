// The compare views read from the built HTML: every sentence once, only where more than one publisher gave an account.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { splitSentences } from '../../src/archive/alignment/sentences.ts';
import { archive } from '../archive.ts';
import { assertBuilt, DIST, page } from '../dist.ts';

beforeAll(assertBuilt);

const meetings = () => archive().meetings;
const multi = () => meetings().filter((m) => m.publishers.length > 1);
const single = () => meetings().filter((m) => m.publishers.length === 1);
const comparePath = (id: string) => `/meetings/${id}/compare/`;

test('the archive has meetings of both kinds to check', () => {
  expect([multi().length > 0, single().length > 0]).toEqual([true, true]);
});

describe('a meeting with accounts from more than one publisher', () => {
  test('has a compare view, linked from its meeting page', () => {
    for (const m of multi()) {
      expect(existsSync(join(DIST, 'meetings', m.id, 'compare', 'index.html')), m.id).toBe(true);
      expect(page(`/meetings/${m.id}/`)(`a[href="${comparePath(m.id)}"]`).length, m.id).toBe(1);
    }
  });

  test('shows every sentence of every account exactly once in its compare view, with its text', () => {
    for (const m of multi()) {
      const $ = page(comparePath(m.id));
      const shown = $('[data-sentence]').map((_, el) => ({ id: el.attribs['data-sentence']!, text: $(el).find('.compare-text').text() })).get();
      const expected = m.readouts.flatMap((id) => {
        const r = archive().readouts.find((x) => x.id === id)!;
        return r.paragraphs.flatMap((p) => splitSentences(p.text).map((s) => s.text)).map((text, i) => ({ id: `${id}#${i}`, text }));
      });
      expect(shown.map((s) => s.id).sort()).toEqual(expected.map((s) => s.id).sort());
      const byId = new Map(shown.map((s) => [s.id, s.text]));
      for (const s of expected) expect(byId.get(s.id)?.replace(/\[worded differently: |\]/g, ''), s.id).toBe(s.text);
    }
  });

  test('links every passage to a paragraph anchor of the meeting page', () => {
    for (const m of multi()) {
      const meetingPage = page(`/meetings/${m.id}/`);
      const links = page(comparePath(m.id))('.compare-source').map((_, el) => el.attribs.href!).get();
      expect(links.length).toBeGreaterThan(0);
      for (const href of links) {
        expect(href.startsWith(`/meetings/${m.id}/#`), href).toBe(true);
        expect(meetingPage(`[id="${href.split('#')[1]}"]`).length, href).toBe(1);
      }
    }
  });

  test('its compare view is in the sitemap but not indexed for search', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    for (const m of multi()) {
      expect(sitemap, m.id).toContain(comparePath(m.id));
      expect(page(comparePath(m.id))('[data-pagefind-body]').length, m.id).toBe(0);
    }
  });
});

describe('a meeting with accounts from one publisher only', () => {
  test('has no compare view and no link to one', () => {
    for (const m of single()) {
      expect(existsSync(join(DIST, 'meetings', m.id, 'compare')), m.id).toBe(false);
      expect(page(`/meetings/${m.id}/`)('a[href*="/compare/"]').length, m.id).toBe(0);
    }
  });
});
