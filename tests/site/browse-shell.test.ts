// What every page shares (the footer's links, the canonical address) and the open-data page's terms, as built.
import { beforeAll, describe, expect, test } from 'vitest';
import { assertBuilt, DIST } from '../dist.ts';
import { SiteReader } from './site-reader.ts';

beforeAll(assertBuilt);

const site = new SiteReader(DIST);

describe('the page that answers for a missing address', () => {
  const $ = () => site.page('/404.html');

  test('declares no canonical address, since it is served at any address', () => {
    expect($()('link[rel=canonical]')).toHaveLength(0);
  });

  test('gives no og:url', () => {
    expect($()('meta[property="og:url"]')).toHaveLength(0);
  });

  test('asks not to be indexed', () => {
    expect($()('meta[name=robots]').attr('content')).toBe('noindex');
  });

  test('is left out of the sitemap', () => {
    expect(site.text('/sitemap-0.xml')).not.toContain('404');
  });

  test('other pages keep their canonical address and are indexed', () => {
    const about = site.page('/about/');
    expect(new URL(about('link[rel=canonical]').attr('href')!).pathname).toBe('/about/');
    expect(about('meta[name=robots]')).toHaveLength(0);
  });
});

test('every page’s footer links to the open data', () => {
  const without = site.htmlPages().filter((path) => site.page(path)('footer a[href="/data/"]').length !== 1);
  expect(without).toEqual([]);
});

describe('the open-data page', () => {
  const $ = () => site.page('/data/');

  test('dedicates the archive’s own data to the public domain under CC0, linked as the licence', () => {
    const licence = $()('a[rel=license]');
    expect([licence.attr('href'), licence.text()]).toEqual(['https://creativecommons.org/publicdomain/zero/1.0/', 'Creative Commons CC0 1.0 Universal']);
  });

  test('says the texts remain their publishers’', () => {
    expect($()('#reuse').nextAll('p').text()).toContain('they remain their publishers’');
  });

  // The newest text is the MOFA readout dated November 26, 2023 (004_….txt).
  test('is dated by its newest text, and says so', () => {
    const updated = $()('#updated');
    expect(updated.find('time').attr('datetime')).toBe('2023-11-26');
    expect(updated.text()).toMatch(/^Last updated: 26 November 2023, the date of the newest text/);
  });
});
