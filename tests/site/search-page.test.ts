// The search page and the search markup of the built site, read from dist/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { archive } from '../archive.ts';
import { assertBuilt, DIST, htmlPages, page } from '../dist.ts';

// Reading the archive once takes seconds on a busy machine: done before the tests, not inside the first.
beforeAll(() => {
  assertBuilt();
  archive();
}, 60_000);

describe('the search page', () => {
  test('says, without JavaScript, that search needs it and links to the browse indexes', () => {
    const $ = page('/search/');
    const message = $('#search-nojs');
    expect(message.attr('hidden')).toBeUndefined();
    expect(message.text()).toContain('Search needs JavaScript');
    expect(message.find('a').map((_, a) => a.attribs.href).get()).toEqual(['/meetings/', '/countries/', '/people/', '/topics/']);
    expect($('#search').attr('hidden')).toBeDefined();
  });

  test('has a labelled search form that works as a plain GET to /search/?q=', () => {
    const $ = page('/search/');
    const form = $('form#search-form');
    expect(form.attr('role')).toBe('search');
    expect(form.attr('action')).toBe('/search/');
    expect(form.attr('method')).toBe('get');
    expect($(`label[for="${form.find('input[name=q]').attr('id')}"]`).length).toBe(1);
    expect($('label[for=search-sort]').length).toBe(1);
  });

  test('names every country, person and topic a meeting can be filtered by', () => {
    const labels = JSON.parse(page('/search/')('#search-labels').text()) as Record<string, Record<string, string>>;
    for (const m of archive().meetings) {
      for (const c of m.countries) expect(labels.country![c], c).toBe(archive().countries.find((x) => x.id === c)!.name);
      for (const p of m.participants) if (p.person) expect(labels.person![p.person], p.person).toBe(archive().people.find((x) => x.id === p.person)!.name);
      for (const t of m.topics) expect(labels.topic![t], t).toBe(archive().topics.find((x) => x.id === t)!.label);
    }
    expect(labels.publisher).toEqual({ 'mofa-japan': 'MOFA Japan', 'us-state-department': 'U.S. State Department', 'rok-mofa': 'ROK MOFA' });
  });
});

describe('the equivalent names the search page expands queries with', () => {
  const groups = () => JSON.parse(readFileSync(join(DIST, 'search', 'equivalents.json'), 'utf8')) as string[][];

  // Case, accents and apostrophes aside, as a search reads them.
  const fold = (name: string) => name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’]/g, '').replace(/^the /, '');
  const spellings = (names: string[]) => [...new Set(names.map(fold))];
  const groupOf = (names: string[]) => groups().find((g) => spellings(g).some((n) => spellings(names).includes(n)));

  test("hold every country's name, short form and aliases in one group", () => {
    const countries = archive().countries.map((c) => [c.name, c.shortName, ...c.aliases]).filter((names) => spellings(names).length > 1);
    expect(countries.length).toBeGreaterThan(13);
    for (const names of countries) expect(spellings(groupOf(names) ?? []).sort(), names[0]).toEqual(spellings(names).sort());
  });

  test("hold each person's spellings in one group", () => {
    const people = archive().people.map((p) => [p.name, ...p.aliases]).filter((names) => spellings(names).length > 1);
    expect(people.length).toBeGreaterThan(0);
    for (const names of people) expect(spellings(groupOf(names) ?? []).sort(), names[0]).toEqual(spellings(names).sort());
  });
});

describe('the search page layout', () => {
  test('puts the results before the filters in reading order, the filters in a disclosure', () => {
    const $ = page('/search/');
    const order = $('#search-results, #search-filters').map((_, el) => el.attribs.id).get();
    expect(order).toEqual(['search-results', 'search-filters']);
    expect($('#search-filters').is('details')).toBe(true);
    expect($('#search-filters > summary').text()).toBe('Filters');
  });
});

describe('search markup across the site', () => {
  test('every page has the header search box, a GET form to /search/ with the query as q', () => {
    for (const path of htmlPages()) {
      const $ = page(path);
      const form = $('header form.site-search');
      expect(form.attr('action'), path).toBe('/search/');
      expect(form.attr('method'), path).toBe('get');
      expect(form.find('input#site-search-input[name=q]').length, path).toBe(1);
    }
  });

  test('only meeting pages are marked for indexing', () => {
    const marked = htmlPages().filter((path) => page(path)('[data-pagefind-body]').length > 0);
    expect(marked).toEqual(archive().meetings.map((m) => `/meetings/${m.id}/`).sort());
  });

  test('each meeting page carries its date as the sort key, and its filters as values that add no indexed text', () => {
    for (const m of archive().meetings) {
      const $ = page(`/meetings/${m.id}/`);
      expect($('[data-pagefind-sort]').map((_, el) => el.attribs['data-pagefind-sort']).get()).toEqual([`date:${m.date}`]);
      const filters = $('[data-pagefind-filter]');
      expect(filters.length).toBeGreaterThan(0);
      filters.each((_, el) => {
        expect(el.attribs['data-pagefind-filter']).toMatch(/^(country|person|topic|publisher|kind|year):\S/);
        expect($(el).text()).toBe('');
      });
    }
  });

  test('meeting pages reference the highlight script only from code run when the address asks for a highlight', () => {
    for (const m of archive().meetings) {
      const $ = page(`/meetings/${m.id}/`);
      expect($('script[src*="pagefind"], link[href*="pagefind"]').length).toBe(0);
      const loader = $('script')
        .toArray()
        .map((s) => (s.attribs.src ? readFileSync(join(DIST, s.attribs.src), 'utf8') : $(s).text()))
        .find((code) => code.includes('/pagefind/pagefind-highlight.js'));
      expect(loader).toMatch(/\.has\([^)]*\)&&import\(/);
    }
  });
});
