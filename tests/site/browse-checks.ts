// Checks of the browsing pages of a built site against what the data says they must list; each returns problems.
import type { Expected } from './browse-expectations.ts';
import { sortedCopy, type SiteReader } from './site-reader.ts';

const same = (a: readonly string[], b: readonly string[]) => JSON.stringify(sortedCopy(a)) === JSON.stringify(sortedCopy(b));

function compare(problems: string[], what: string, listed: readonly string[], expected: readonly string[]): void {
  const dupes = listed.filter((x, i) => listed.indexOf(x) !== i);
  if (dupes.length) problems.push(`${what}: listed twice: ${[...new Set(dupes)].slice(0, 5).join(', ')}`);
  const missing = expected.filter((x) => !listed.includes(x));
  const extra = listed.filter((x) => !expected.includes(x));
  if (missing.length) problems.push(`${what}: missing ${missing.length}: ${missing.slice(0, 5).join(', ')}`);
  if (extra.length) problems.push(`${what}: not expected ${extra.length}: ${extra.slice(0, 5).join(', ')}`);
}

function ordered(problems: string[], what: string, dates: string[], direction: 'newest' | 'oldest'): void {
  for (let i = 1; i < dates.length; i++) {
    const wrong = direction === 'newest' ? dates[i]! > dates[i - 1]! : dates[i]! < dates[i - 1]!;
    if (wrong) return void problems.push(`${what}: ${dates[i]} comes after ${dates[i - 1]}, not ${direction} first`);
  }
}

/** A section of an overview page, or the whole list it links to when the overview shows only the latest. */
function sectionList(site: SiteReader, path: string, section: string, allPath: string): { entries: string[]; dates: string[] } {
  const $ = site.page(path);
  const within = `section[aria-labelledby="${section}"]`;
  if ($(within).find(`a[href="${allPath}"]`).length) return { entries: site.list(allPath).entries, dates: site.dates(allPath) };
  return { entries: site.list(path, within).entries, dates: site.dates(path, within) };
}

export function checkYears(site: SiteReader, expected: Expected): string[] {
  const problems: string[] = [];
  const $ = site.page('/meetings/');
  const linked = $('nav[aria-label="Years"] a').map((_, a) => $(a).attr('href')!).get();
  compare(problems, '/meetings/ year links', linked, [...expected.years.keys()].map((y) => `/meetings/${y}/`));
  for (const [year, ids] of expected.years) {
    const path = `/meetings/${year}/`;
    if (!site.exists(path)) {
      problems.push(`${path}: no page`);
      continue;
    }
    compare(problems, path, site.list(path).entries, ids);
    ordered(problems, path, site.dates(path), 'newest');
  }
  return problems;
}

export function checkCountries(site: SiteReader, expected: Expected): string[] {
  const problems: string[] = [];
  compare(problems, '/countries/ rows', site.list('/countries/').entries, [...expected.countries.keys()]);
  for (const [id, want] of expected.countries) {
    const path = `/countries/${id}/`;
    if (!site.exists(path)) {
      problems.push(`${path}: no page`);
      continue;
    }
    const meetings = sectionList(site, path, 'meetings', `${path}meetings/`);
    compare(problems, `${path} meetings`, meetings.entries, want.meetings);
    ordered(problems, `${path} meetings`, meetings.dates, 'newest');
    const mentions = sectionList(site, path, 'mentions', `${path}mentions/`);
    compare(problems, `${path} mentions`, mentions.entries, want.mentions);
    const $ = site.page(path);
    const groups = $('section[aria-labelledby="partners"] tbody a')
      .map((_, a) => ({ label: $(a).text().trim(), meetings: site.list($(a).attr('href')!).entries }))
      .get();
    for (const w of want.partners) {
      const found = groups.find((g) => g.label === w.label);
      if (!found) problems.push(`${path}: no partner row "${w.label}"`);
      else if (!same(found.meetings, w.meetings)) problems.push(`${path}: partner "${w.label}" lists ${found.meetings.length}, expected ${w.meetings.length}`);
    }
    if (groups.length !== want.partners.length) problems.push(`${path}: ${groups.length} partner rows, expected ${want.partners.length}`);
  }
  return problems;
}

export function checkPeople(site: SiteReader, expected: Expected): string[] {
  const problems: string[] = [];
  compare(problems, '/people/ rows', site.list('/people/').entries, [...expected.people.keys()]);
  for (const [id, want] of expected.people) {
    const path = `/people/${id}/`;
    if (!site.exists(path)) {
      problems.push(`${path}: no page`);
      continue;
    }
    const attended = sectionList(site, path, 'attended', `${path}meetings/`);
    compare(problems, `${path} meetings`, attended.entries, want.meetings);
    ordered(problems, `${path} meetings`, attended.dates, 'newest');
    compare(problems, `${path} mentions`, sectionList(site, path, 'mentions', `${path}mentions/`).entries, want.mentions);
  }
  return problems;
}

export function checkTopics(site: SiteReader, expected: Expected): string[] {
  const problems: string[] = [];
  compare(problems, '/topics/ rows', site.list('/topics/').entries, [...expected.topics.keys()]);
  for (const [id, want] of expected.topics) {
    const path = `/topics/${id}/`;
    if (!site.exists(path)) {
      problems.push(`${path}: no page`);
      continue;
    }
    compare(problems, `${path} quotations`, site.list(path).entries, want);
    ordered(problems, `${path} quotations`, site.dates(path), 'oldest');
  }
  return problems;
}
