// Meeting pages read from the built HTML and compared with the archive's data.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { archive } from '../archive.ts';
import { assertBuilt, DIST, fileForPath, htmlPages, page } from '../dist.ts';

// Reading the archive takes seconds on a busy machine: done once here, not inside the first test's time limit.
beforeAll(() => {
  assertBuilt();
  archive();
}, 60_000);

const meetings = () => archive().meetings;
/** "17 March 2018", as the page titles write dates. */
const dayMonthYear = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const readoutsOf = (ids: string[]) => ids.map((id) => archive().readouts.find((r) => r.id === id)!);

describe.each(['2018-03-17-japan-rok', '2023-07-13-japan-rok', '2023-07-14-japan-us-rok', '2023-11-26-japan-rok'])('the page of meeting %s', (id) => {
  const path = `/meetings/${id}/`;
  const meeting = () => meetings().find((m) => m.id === id)!;

  test('carries every account under its anchor, in order', () => {
    const $ = page(path);
    expect($('section.account').map((_, el) => el.attribs.id).get()).toEqual(readoutsOf(meeting().readouts).map((r) => r.anchor));
  });

  test('carries every paragraph of every account under its anchor, with its text', () => {
    const $ = page(path);
    for (const r of readoutsOf(meeting().readouts)) {
      for (const p of r.paragraphs) {
        const el = $(`#${p.anchor}`);
        expect(el.length, p.anchor).toBe(1);
        expect(el.text().replace(/\s+/g, ' '), p.anchor).toContain(p.text.replace(/\s+/g, ' '));
      }
    }
  });

  test('describes itself with the first sentence of its first account’s lead', () => {
    const description = page(path)('meta[name=description]').attr('content')!;
    const lead = readoutsOf(meeting().readouts)[0]!.paragraphs.find((p) => p.role === 'lead' || p.role === 'body')!.text;
    expect(lead.startsWith(description.replace(/…$/, ''))).toBe(true);
    expect(description).toMatch(/(\.|…)$/);
    expect(description.length).toBeLessThanOrEqual(300);
  });

  test('dates the meeting in a time element with the weekday', () => {
    const $ = page(path);
    const time = $('dl.facts time').first();
    expect(time.attr('datetime')).toBe(id.slice(0, 10));
    expect(time.text()).toMatch(/^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), /);
  });

  test('has a canonical address, Open Graph tags, and the large card X builds from them', () => {
    const $ = page(path);
    const canonical = $('link[rel=canonical]').attr('href')!;
    expect(new URL(canonical).pathname).toBe(path);
    expect($('meta[property="og:url"]').attr('content')).toBe(canonical);
    expect($('meta[property="og:title"]').attr('content')).toBe(`${meeting().title}, ${dayMonthYear(meeting().date)}`);
    expect($('meta[property="og:type"]').attr('content')).toBe('article');
    expect($('meta[name=description]').attr('content')!.length).toBeGreaterThan(40);
    expect($('meta[property="og:description"]').attr('content')).toBe($('meta[name=description]').attr('content'));
    expect($('meta[property="og:image"]').attr('content')).toMatch(new RegExp(`/og/${id}\\.png$`));
    expect($('meta[name="twitter:card"]').attr('content')).toBe('summary_large_image');
  });

  test('has a 1200×630 PNG preview image', () => {
    const png = readFileSync(join(DIST, 'og', `${id}.png`));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    // IHDR is the first chunk: width and height are its first two big-endian 32-bit fields.
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  test('describes the meeting in JSON-LD as an Event with its accounts as Reports', () => {
    const $ = page(path);
    const data = JSON.parse($('script[type="application/ld+json"]').text());
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('Event');
    expect(data.name).toBe(meeting().title);
    expect(data.startDate.slice(0, 10)).toBe(meeting().date);
    expect(data.subjectOf.map((r: { '@type': string }) => r['@type'])).toEqual(meeting().readouts.map(() => 'Report'));
    expect(data.about.length).toBe(meeting().topics.length);
    if (meeting().location) expect(data.location['@type']).toBe('Place');
    else expect(data.location).toBeUndefined();
  });

  test('offers Highwire citation tags for reference managers', () => {
    const $ = page(path);
    expect($('meta[name=citation_title]').attr('content')).toBe(`${meeting().title}, ${dayMonthYear(meeting().date)}`);
    expect($('meta[name=citation_publication_date]').attr('content')).toBe(meeting().date.replace(/-/g, '/'));
    expect($('meta[name=citation_author]').length).toBe(meeting().publishers.length);
  });

  test('gives each account a BibTeX entry that parses, every field once, with publisher as author, the title, a month and the capture date', () => {
    const $ = page(path);
    for (const r of readoutsOf(meeting().readouts)) {
      const library = parseBibtex($(`#${r.anchor}-citation-bibtex`).text(), { english: false });
      expect(library.errors, r.anchor).toEqual([]);
      const [entry] = library.entries;
      // The parser keeps a repeated field as "<name>+duplicate-1".
      expect(Object.keys(entry!.fields).filter((name) => name.includes('duplicate')), r.anchor).toEqual([]);
      // A braced corporate author parses as one unsplit name.
      expect(entry!.fields.author).toEqual([{ name: r.publisher === 'mofa-japan' ? 'Ministry of Foreign Affairs of Japan' : 'U.S. Department of State' }]);
      expect(entry!.fields.title!.replace(/[’']/g, "'")).toBe(r.title.replace(/[’']/g, "'"));
      expect(entry!.fields.month).toBe(String(Number((r.publishedDate ?? r.date).slice(5, 7))));
      expect(entry!.fields.urldate).toBe('2026-11-21');
    }
  });

  test('gives each account an RIS record with the required tags in order', () => {
    const $ = page(path);
    for (const r of readoutsOf(meeting().readouts)) {
      const lines = $(`#${r.anchor}-citation-ris`).text().split(/\r?\n/).filter(Boolean);
      for (const line of lines) expect(line, r.anchor).toMatch(/^[A-Z][A-Z0-9]  - /);
      expect(lines[0]).toBe('TY  - ELEC');
      expect(lines.at(-1)!.trimEnd()).toBe('ER  -');
      const tags = new Map(lines.map((l) => [l.slice(0, 2), l.slice(6)]));
      expect(tags.get('TI')).toBe(r.title);
      expect(tags.get('DA')).toBe((r.publishedDate ?? r.date).replace(/-/g, '/'));
      expect(tags.get('UR')).toBe(r.sourceUrl ?? `${$('link[rel=canonical]').attr('href')}#${r.anchor}`);
    }
  });

  test('gives each account Chicago and APA citations naming the publisher, title and date', () => {
    const $ = page(path);
    for (const r of readoutsOf(meeting().readouts)) {
      const note = $(`#${r.anchor}-citation-chicagoNote`).text();
      const apa = $(`#${r.anchor}-citation-apa`).text();
      const [y, m, d] = (r.publishedDate ?? r.date).split('-').map(Number);
      const month = new Date(Date.UTC(y!, m! - 1, d)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
      expect(note).toContain(`${month} ${d}, ${y}`);
      expect(apa).toContain(`(${y}, ${month} ${d})`);
      for (const text of [note, apa]) expect(text.replace(/[’']/g, "'")).toContain(r.title.replace(/[’']/g, "'"));
    }
  });

  test('gives each account all five citation formats, the two Chicago forms in view and the others behind “Other formats”', () => {
    const $ = page(path);
    for (const r of readoutsOf(meeting().readouts)) {
      const citation = $(`#${r.anchor} .citation`);
      const inView = citation.children('pre').map((_, el) => el.attribs.id).get();
      const behind = citation.find('details.citation-more pre').map((_, el) => el.attribs.id).get();
      expect(inView, r.anchor).toEqual(['chicagoNote', 'chicagoBibliography'].map((f) => `${r.anchor}-citation-${f}`));
      expect(behind, r.anchor).toEqual(['apa', 'bibtex', 'ris'].map((f) => `${r.anchor}-citation-${f}`));
      for (const id of [...inView, ...behind]) expect($(`#${id}`).text().length, id).toBeGreaterThan(40);
    }
  });

  test('shows each account’s capture date in its provenance, and says where the original address is not recorded', () => {
    const $ = page(path);
    for (const r of readoutsOf(meeting().readouts)) {
      const provenance = $(`#${r.anchor} .provenance`);
      expect(provenance.find('time[datetime="2026-11-21"]').text()).toBe('21 November 2026');
      expect(provenance.text().includes('Original address not recorded'), r.anchor).toBe(!r.sourceUrl);
    }
  });

  test('gives each paragraph a citation naming its label and its address', () => {
    const $ = page(path);
    const canonical = $('link[rel=canonical]').attr('href')!;
    for (const r of readoutsOf(meeting().readouts)) {
      for (const p of r.paragraphs) {
        const label = $(`#${p.anchor} .paragraph-label`).text();
        const citation = $(`#${p.anchor}-cite`).text();
        expect(citation, p.anchor).toContain(`, ${label}, `);
        expect(citation, p.anchor).toContain(`${canonical}#${p.anchor}.`);
      }
    }
  });

  test('labels every paragraph once, alike beside it, in its link, in its search title and in the coverage table', () => {
    const $ = page(path);
    const titles: string[] = [];
    $('.paragraph').each((_, el) => {
      const title = el.attribs['data-pagefind-title']!;
      const shown = $(el).find('.paragraph-label');
      expect(shown.attr('aria-label')).toBe(`Link to ${title}`);
      expect(title.endsWith(`, ${shown.text()}`), title).toBe(true);
      titles.push(title);
    });
    expect(new Set(titles).size).toBe(titles.length);
    $('table.coverage td a').each((_, a) => {
      expect($(a).text()).toBe($(a.attribs.href!).attr('data-pagefind-title'));
    });
  });

  test('shows each account’s checksum and links its verbatim original', () => {
    const $ = page(path);
    for (const r of readoutsOf(meeting().readouts)) {
      const section = $(`#${r.anchor}`);
      expect(section.find('.checksum').text()).toBe(r.sha256);
      expect(section.find(`a[href="/originals/${r.file}"]`).length).toBe(1);
    }
  });

  test('leaves web artefacts out of the reading text', () => {
    expect(page(path)('article').text()).not.toContain('Open a New Window');
  });

  test('ships no script beyond the small copy helper, the "/" search shortcut, the conditional highlight loader and JSON-LD', () => {
    const $ = page(path);
    const scripts = $('script').toArray().filter((s) => s.attribs.type !== 'application/ld+json');
    // Served as files of this site, so that one download serves every meeting page a reader opens.
    expect(scripts.every((s) => s.attribs.src?.startsWith('/_astro/') && s.attribs.type === 'module' && !$(s).text().trim())).toBe(true);
    expect(scripts.length).toBeLessThanOrEqual(2);
    const code = scripts.map((s) => readFileSync(join(DIST, s.attribs.src!), 'utf8'));
    // The copy helper also makes the Copy buttons, which would otherwise be markup repeated on every page.
    expect(code.join('').length).toBeLessThan(3200);
  });

  test('loads nothing from other sites', () => {
    const $ = page(path);
    const external = $('script[src], link[rel=stylesheet], img[src], link[rel=icon]').toArray().map((el) => el.attribs.src ?? el.attribs.href ?? '').filter((u) => /^(https?:)?\/\//.test(u));
    expect(external).toEqual([]);
  });
});

test('the page title of a meeting carries its date', () => {
  expect(page('/meetings/2018-03-17-japan-rok/')('title').text()).toBe('Japan–ROK Foreign Ministers’ Meeting, 17 March 2018 · Readout Archive');
});

test('no two meeting pages share a title', () => {
  const paths = htmlPages().filter((p) => /^\/meetings\/\d{4}-\d{2}-\d{2}-[^/]+\/$/.test(p));
  expect(paths.length).toBe(meetings().length);
  const titles = paths.map((p) => page(p)('title').text());
  expect(new Set(titles).size).toBe(titles.length);
});

test('on 14 July 2023 MOFA’s unnumbered second paragraph and its numbered second point have different labels', () => {
  const $ = page('/meetings/2023-07-14-japan-us-rok/');
  expect($('#mofa-p2').attr('data-pagefind-title')).toBe('MOFA Japan readout, ¶ 2');
  expect($('#mofa-2').attr('data-pagefind-title')).toBe('MOFA Japan readout, point 2');
});

test('on 14 July 2023 the coverage table names the joint statement’s paragraphs as the page labels them', () => {
  const $ = page('/meetings/2023-07-14-japan-us-rok/');
  const deterrence = $('table.coverage tbody tr').filter((_, tr) => $(tr).find('th').text().trim() === 'Extended deterrence');
  expect(deterrence.find('td a').map((_, a) => $(a).text()).get()).toEqual(['U.S. State Department joint statement, ¶ 4']);
  expect($('#state-joint-statement-p4 .paragraph-label').text()).toBe('¶ 4');
});

test('the joint statement of 14 July 2023, whose original address is not recorded, is cited with its republication and never with the archive as its publisher’s address', () => {
  const $ = page('/meetings/2023-07-14-japan-us-rok/');
  const republished = 'https://kr.usembassy.gov/07172023-joint-statement-by-u-s-secretary-of-state-blinken-japanese-minister-for-foreign-affairs-hayashi-and-rok-minister-of-foreign-affairs-park/';
  for (const format of ['chicagoNote', 'chicagoBibliography', 'bibtex', 'ris']) {
    const text = $(`#state-joint-statement-citation-${format}`).text();
    expect(text, format).toMatch(/original address not recorded/i);
    expect(text, format).toContain(republished);
  }
  expect($('#state-joint-statement-citation-apa').text()).toContain('Readout Archive. http');
});

test('only the 14 July 2023 meeting, with accounts from two governments, shows the coverage table', () => {
  const withTable = meetings().filter((m) => page(`/meetings/${m.id}/`)('table.coverage').length === 1).map((m) => m.id);
  expect(withTable).toEqual(meetings().filter((m) => m.publishers.length > 1).map((m) => m.id));
});

test('on 14 July 2023 the coverage table shows abductions and ALPS water only in Japan’s account and extended deterrence only in the U.S. documents', () => {
  const $ = page('/meetings/2023-07-14-japan-us-rok/');
  const row = (label: string) => $('table.coverage tbody tr').filter((_, tr) => $(tr).find('th').text().trim() === label).find('td').map((_, td) => ($(td).find('a').length > 0 ? 'yes' : 'no')).get();
  expect(row('Abductions issue')).toEqual(['yes', 'no']);
  expect(row('ALPS treated water')).toEqual(['yes', 'no']);
  expect(row('Extended deterrence')).toEqual(['no', 'yes']);
});

test('every verbatim original is served byte for byte', () => {
  const sums = readFileSync(join(import.meta.dirname, '..', '..', 'content', 'checksums.sha256'), 'utf8').trim().split('\n').map((l) => l.split(/\s+/));
  for (const [sum, file] of sums) {
    const served = fileForPath(`/originals/${file}`);
    expect(existsSync(served), file).toBe(true);
    expect(createHash('sha256').update(readFileSync(served)).digest('hex')).toBe(sum);
  }
});

test('each meeting page links the previous and next meeting by date', () => {
  const sorted = [...meetings()].sort((a, b) => a.date.localeCompare(b.date));
  sorted.forEach((m, i) => {
    const $ = page(`/meetings/${m.id}/`);
    expect($('a[rel=prev]').attr('href') ?? null).toBe(i > 0 ? `/meetings/${sorted[i - 1]!.id}/` : null);
    expect($('a[rel=next]').attr('href') ?? null).toBe(i < sorted.length - 1 ? `/meetings/${sorted[i + 1]!.id}/` : null);
  });
});

test('the 404 page offers search', () => {
  expect(page('/404.html')('main form[role=search][action="/search/"] input[name=q]').length).toBe(1);
});
