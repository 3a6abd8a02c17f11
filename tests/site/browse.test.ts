// The browsing pages of the built site, checked against the parsed data of content/.
import { beforeAll, describe, expect, test } from 'vitest';
import { archive } from '../archive.ts';
import { assertBuilt, DIST } from '../dist.ts';
import { checkCountries, checkPeople, checkTopics, checkYears } from './browse-checks.ts';
import { expectedIndexes } from './browse-expectations.ts';
import { SiteReader } from './site-reader.ts';

beforeAll(assertBuilt);

const site = new SiteReader(DIST);
const expected = () => expectedIndexes(archive());

describe('every meeting appears in exactly the indexes its data says', () => {
  test('by date: each year page lists that year’s meetings, newest first', () => {
    expect(checkYears(site, expected())).toEqual([]);
  });

  test('by country: every country a readout names has a page with its meetings, mentions and partners', () => {
    expect(checkCountries(site, expected())).toEqual([]);
  });

  test('by person: everyone a readout names has a page with their meetings and mentions', () => {
    expect(checkPeople(site, expected())).toEqual([]);
  });

  test('by topic: every topic that tags a paragraph has a page quoting each such paragraph, oldest first', () => {
    expect(checkTopics(site, expected())).toEqual([]);
  });
});

describe('the committed archive as a reader meets it', () => {
  test('North Korea took part in no meeting and is mentioned by accounts of all four', () => {
    const $ = site.page('/countries/north-korea/');
    expect($('section[aria-labelledby="meetings"] [data-entry]')).toHaveLength(0);
    const meetings = new Set($('section[aria-labelledby="mentions"] [data-entry] a').map((_, a) => $(a).attr('href')!.split('#')[0]).get());
    expect(meetings).toEqual(new Set(archive().meetings.map((m) => `/meetings/${m.id}/`)));
  });

  test('the ROK page breaks its meetings down by partner', () => {
    const $ = site.page('/countries/republic-of-korea/');
    const rows = $('section[aria-labelledby="partners"] tbody tr').map((_, tr) => $(tr).children().map((__, cell) => $(cell).text().trim()).get().join(' | ')).get();
    expect(rows).toEqual(['Japan–ROK bilateral | 3', 'Japan–U.S.–ROK trilateral | 1']);
  });

  test('Hayashi’s page gives his office with its dates and on the day of each meeting', () => {
    const $ = site.page('/people/hayashi-yoshimasa/');
    expect($('section[aria-labelledby="offices"] li').text()).toBe('Minister for Foreign Affairs of Japan, from 10 November 2021 to 13 September 2023');
    expect($('[data-entry="2023-07-14-japan-us-rok"]').text()).toContain('As Minister for Foreign Affairs of Japan');
  });

  test('the abductions issue page renders its Markdown description and quotes 2018’s “maximum pressure” before 2023’s open path to dialogue', () => {
    const $ = site.page('/topics/abductions-issue/');
    expect($('.topic-description p').first().text()).toMatch(/^The abduction of Japanese citizens by North Korea/);
    const quotes = $('.quotation blockquote').map((_, q) => $(q).text()).get();
    expect(quotes.findIndex((q) => q.includes('maximum pressure'))).toBeLessThan(quotes.findIndex((q) => q.includes('the path to dialogue with North Korea remains open')));
  });

  test('a topic description in GitHub-flavoured Markdown renders its table', () => {
    expect(site.page('/topics/un-security-council-sanctions/')('.topic-description table th').first().text()).toBe('Member');
  });

  test('each quotation links to its paragraph on the meeting page, which has that anchor', () => {
    const $ = site.page('/topics/abductions-issue/');
    for (const href of $('.quotation figcaption a').map((_, a) => $(a).attr('href')!).get()) {
      const [path, anchor] = href.split('#');
      expect(site.page(path!)(`#${anchor}`).length, href).toBe(1);
    }
  });

  test('month links on a year page point at headings that exist', () => {
    const $ = site.page('/meetings/2023/');
    for (const href of $('nav[aria-label="Months of 2023"] a').map((_, a) => $(a).attr('href')!).get()) {
      const [path, anchor] = href.split('#');
      expect(site.page(path!)(`#${anchor}`).is('h2'), href).toBe(true);
    }
  });

  test('each list entry gives date, normalised title, place, countries and topics', () => {
    const entry = site.page('/meetings/')('[data-entry="2023-07-14-japan-us-rok"]');
    expect(entry.find('time').attr('datetime')).toBe('2023-07-14');
    expect(entry.find('a.entry-title').text()).toBe('Japan–U.S.–ROK Foreign Ministers’ Meeting');
    expect(entry.text()).toContain('Jakarta, Republic of Indonesia');
    expect(entry.text()).toContain('Countries: Japan, United States of America, Republic of Korea');
    expect(entry.text()).toContain('Abductions issue');
  });
});

describe('links in meeting lists', () => {
  test('the countries of a list entry link to their pages, by name', () => {
    const entry = site.page('/meetings/')('[data-entry="2023-07-14-japan-us-rok"]');
    const countries = entry.find('.entry-detail').first().find('a');
    expect(countries.map((_, a) => [[entry.find(a).text(), entry.find(a).attr('href')]]).get()).toEqual([
      ['Japan', '/countries/japan/'],
      ['United States of America', '/countries/united-states/'],
      ['Republic of Korea', '/countries/republic-of-korea/'],
    ]);
  });

  test('the topics of a list entry link to their pages, by their curated labels', () => {
    const entry = site.page('/meetings/2023/')('[data-entry="2023-07-13-japan-rok"]');
    const topics = entry.find('.entry-detail').last();
    expect(topics.text()).toMatch(/^Topics: /);
    expect(topics.find('a[href="/topics/alps-treated-water/"]').text()).toBe('ALPS treated water');
  });

  test('every link in a list entry leads to a page that was built', () => {
    const missing: string[] = [];
    for (const path of ['/meetings/', '/meetings/2023/', '/countries/japan/', '/people/park-jin/']) {
      const $ = site.page(path);
      $('main [data-entry] a').each((_, a) => {
        const href = $(a).attr('href')!.split('#')[0]!;
        if (!site.exists(href)) missing.push(`${path} → ${href}`);
      });
    }
    expect(missing).toEqual([]);
  });

  test('no link on any page holds another link', () => {
    const nested = site.htmlPages().filter((path) => site.page(path)('a a').length > 0);
    expect(nested).toEqual([]);
  });

  test('the front page’s latest meetings link their topics', () => {
    const $ = site.page('/');
    expect($('.card-list .note a[href="/topics/abductions-issue/"]').first().text()).toBe('Abductions issue');
  });
});

describe('labels as curated', () => {
  test('the topic page names its feed with the topic’s label as written, capitals kept', () => {
    expect(site.page('/topics/alps-treated-water/')('.feed-link a').text()).toBe('Meetings on ALPS treated water');
    expect(site.page('/topics/ukraine/')('.feed-link a').text()).toBe('Meetings on Ukraine');
  });

  test('the chart of mentions names the topic with its label as written', () => {
    expect(site.page('/topics/ukraine/')('#mentions-chart-title').text()).toBe('Paragraphs on Ukraine per year');
  });

  test('the topic feed’s subtitle keeps the label’s capitals', () => {
    expect(site.text('/topics/alps-treated-water/feed.xml')).toContain('Meetings at which ALPS treated water was raised');
  });

  test('the topics index lists topics in alphabetical order of their labels', () => {
    const labels = site.page('/topics/')('tbody th a').map((_, a) => site.page('/topics/')(a).text()).get();
    expect(labels).toEqual([
      'Abductions issue',
      'ALPS treated water',
      'Disinformation',
      'Economic security',
      'Extended deterrence',
      'Free and Open Indo-Pacific',
      'Historical issues and court judgements',
      'Human rights in North Korea',
      'Japan–China–ROK trilateral cooperation',
      'Japan–U.S.–ROK security cooperation',
      'North Korea\'s nuclear and missile programmes',
      'People-to-people exchange',
      'Ukraine',
      'UN Security Council resolutions and sanctions',
      'Women, Peace and Security',
    ]);
  });
});

describe('charts', () => {
  test.each(['/meetings/', '/topics/abductions-issue/'])('the chart on %s is an image named by its title and description, with a table of its numbers', (path) => {
    const $ = site.page(path);
    const svg = $('svg.chart');
    expect(svg.attr('role')).toBe('img');
    const ids = svg.attr('aria-labelledby')!.split(' ');
    expect(ids.map((id) => $(`#${id}`).prop('tagName')?.toLowerCase())).toEqual(['title', 'desc']);
    expect($(`#${ids[1]}`).text()).toMatch(/\d+ (meetings|paragraphs) in all/);
    expect($('.chart-block table td').length).toBeGreaterThan(0);
  });

  test('the meetings chart draws one bar per month with a meeting, in the text colour', () => {
    const $ = site.page('/meetings/');
    const bars = $('svg.chart rect');
    // Four meetings in three months: March 2018, July 2023 (two), November 2023.
    expect(bars).toHaveLength(3);
    expect(bars.map((_, r) => $(r).attr('fill')).get()).toEqual(['currentColor', 'currentColor', 'currentColor']);
  });
});

test('no browsing page carries an inline style or event handler attribute', () => {
  const offending: string[] = [];
  for (const path of site.htmlPages().filter((p) => /^\/(meetings\/(\d{4}\/)?|countries\/|people\/|topics\/|data\/|originals\/)/.test(p) && !/^\/meetings\/\d{4}-/.test(p))) {
    const $ = site.page(path);
    $('[style], [onclick], [onload], [onerror]').each(() => void offending.push(path));
  }
  expect(offending).toEqual([]);
});
