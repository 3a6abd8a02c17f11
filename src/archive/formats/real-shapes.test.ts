// Fixtures in the shape of real published pages (tests/fixtures/formats/<publisher>/), written in our own words,
// each with the facts read off the real page it imitates. The parser must give those facts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { formatDiagnostic } from '../diagnostics.ts';
import { buildFrom } from '../testing.ts';

interface ExpectedParticipant {
  name: string;
  office?: string | null;
  country?: string | null;
}

interface ExpectedDocument {
  date: string;
  publishedDate?: string | null;
  kind?: string;
  channel?: string;
  startTime?: string | null;
  durationMinutes?: number | null;
  place?: string | null;
  placeCountry?: string | null;
  /** Photo captions as a reader sees them, without the slideshow's counters and photo labels. */
  captions?: string[];
  participants: ExpectedParticipant[];
}

interface Fixture {
  seenAt: string[];
  features: string[];
  publisher: string;
  /** Facts the archive records in sources.yaml for this page (what the page itself cannot say). */
  sources?: Record<string, unknown>;
  /** For texts in the shape of a feed's body: the feed's title and publication time, which the import records. */
  feed?: { title: string; published: string };
  documents?: ExpectedDocument[];
  refused?: boolean;
  why?: string;
}

const ROOT = join(import.meta.dirname, '..', '..', '..', 'tests', 'fixtures', 'formats');
const fold = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

function fixtures(): { publisher: string; name: string; text: string; fixture: Fixture }[] {
  return readdirSync(ROOT).flatMap((publisher) =>
    readdirSync(join(ROOT, publisher))
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => {
        const name = f.replace(/\.json$/, '');
        return {
          publisher,
          name,
          text: readFileSync(join(ROOT, publisher, `${name}.txt`), 'utf8'),
          fixture: JSON.parse(readFileSync(join(ROOT, publisher, f), 'utf8')) as Fixture,
        };
      }),
  );
}

const all = fixtures();

for (const folder of [...new Set(all.map((f) => f.publisher))]) {
  const fixturesOf = all.filter((f) => f.publisher === folder);
  describe(`${fixturesOf[0]!.fixture.publisher} pages as published`, () => {
    for (const { name, text, fixture } of fixturesOf) {
      const file = `${name}.txt`;
      const sourcesYaml = fixture.sources ? stringify({ [file]: fixture.sources }) : '{}';
      if (fixture.refused) {
        test(`${name} is refused with file, line and what is missing (${fixture.why})`, () => {
          const result = buildFrom({ [file]: text }, sourcesYaml);
          expect(result.ok).toBe(false);
          const errors = result.ok ? [] : result.diagnostics.filter((d) => d.severity === 'error');
          expect(errors.length).toBeGreaterThan(0);
          for (const e of errors) expect(formatDiagnostic(e)).toMatch(new RegExp(`^content/readouts/${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.txt:\\d+: `));
        });
        continue;
      }
      const undated = fixture.documents!.some((d) => !d.date);
      if (undated) {
        test(`${name} gives no year anywhere, so it is refused until sources.yaml gives the publication date`, () => {
          const result = buildFrom({ [file]: text }, sourcesYaml);
          expect(result.ok).toBe(false);
          const errors = result.ok ? [] : result.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
          expect(errors.some((e) => e.startsWith(`content/readouts/${file}:`) && e.includes('content/sources.yaml'))).toBe(true);
        });
        continue;
      }
      test(`${name} gives the facts read off the real page`, () => {
        // What an editor (or the import, for a feed) records for a page that does not carry its own date or title.
        const first = fixture.documents![0]!;
        const recorded = fixture.sources ?? (fixture.feed ? { date: first.publishedDate ?? first.date, title: fixture.feed.title } : undefined);
        let result = buildFrom({ [file]: text }, recorded ? stringify({ [file]: recorded }) : '{}');
        if (!result.ok && !recorded && result.diagnostics.some((d) => d.severity === 'error' && d.message.includes('content/sources.yaml'))) {
          result = buildFrom({ [file]: text }, stringify({ [file]: { date: first.publishedDate ?? first.date } }));
        }
        if (!result.ok) throw new Error(result.diagnostics.map(formatDiagnostic).join('\n'));
        const readouts = result.archive.readouts;
        const expected = fixture.documents!;
        expect(readouts.map((r) => r.publisher)).toEqual(expected.map(() => fixture.publisher));
        expect(readouts).toHaveLength(expected.length);
        expected.forEach((want, i) => {
          const got = readouts[i]!;
          const facts = {
            date: got.date,
            ...(want.kind ? { kind: got.kind } : {}),
            ...(want.channel ? { channel: got.channel } : {}),
            ...(want.publishedDate ? { publishedDate: got.publishedDate } : {}),
            startTime: got.startTime?.time ?? null,
            durationMinutes: got.durationMinutes ?? null,
          };
          expect(facts, `document ${i + 1}`).toEqual({
            date: want.date,
            ...(want.kind ? { kind: want.kind } : {}),
            ...(want.channel ? { channel: want.channel } : {}),
            ...(want.publishedDate ? { publishedDate: want.publishedDate } : {}),
            startTime: want.startTime ?? null,
            durationMinutes: want.durationMinutes ?? null,
          });
          if (want.place) {
            const where = [got.location?.city, got.location?.text].filter(Boolean).map((s) => fold(s!));
            expect(where.some((w) => w.includes(fold(want.place!))), `place ${JSON.stringify(got.location)} names ${want.place}`).toBe(true);
          }
          if (want.placeCountry) expect(got.location?.country, 'country of the place').toBe(want.placeCountry);
          if (want.captions) expect(got.captions, 'photo captions').toEqual(want.captions);
          // The archive may keep the style written before a name ("Secretary Blinken" for "Blinken"): same person.
          const wanted = want.participants.map((p) => [fold(p.name), p.country ?? null]);
          const people = got.participants.map((p, k) => {
            const name = fold(p.name);
            const w = wanted[k]?.[0] as string | undefined;
            return [w && name.endsWith(` ${w}`) ? w : name, p.country ?? null];
          });
          expect(people, 'participants and their countries').toEqual(wanted);
        });
      });
    }
  });
}

test('every layout feature listed in docs/formats.md has a fixture', () => {
  const table = readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'formats.md'), 'utf8');
  const listed = [...table.matchAll(/^\| `?([a-z]+-[a-z0-9-]+)`? \|/gm)].map((m) => m[1]!);
  const covered = new Set(all.flatMap((f) => f.fixture.features));
  expect(listed.length).toBeGreaterThan(0);
  expect(listed.filter((id) => !covered.has(id))).toEqual([]);
});
