// How fast the archive reads its content: the real sources, a generated corpus, and hostile input.
// Run with `npm run bench:read`; numbers are for comparing changes on one machine, not pass/fail thresholds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { generateCorpus } from '../scripts/generate-corpus.ts';
import { buildArchive, type ArchiveInput } from '../src/archive/archive.ts';
import { readContentDir } from '../src/archive/content-dir.ts';

const encoder = new TextEncoder();

function inputFromCorpus(readouts: number): ArchiveInput {
  const { files } = generateCorpus({ readouts, seed: 7 });
  const text = (path: string) => files.get(path)!;
  return {
    contentDir: 'corpus',
    sources: [...files].filter(([path]) => path.startsWith('readouts/')).map(([path, body]) => ({ name: path.slice('readouts/'.length), bytes: encoder.encode(body) })),
    sourcesYaml: text('sources.yaml'),
    curated: { countries: text('countries.yaml'), people: text('people.yaml'), topics: text('topics.yaml') },
  };
}

const real = readContentDir(join(import.meta.dirname, '..', 'content'));
const corpus = inputFromCorpus(2_000);
const seed = readFileSync(join(import.meta.dirname, '..', 'content', 'readouts', '002_b2fbf85e53d0a9e2.txt'), 'utf8');
// A lead padded with 200,000 zero-width no-break spaces: once quadratic, now linear.
const hostile = { ...real, sources: [{ name: 'hostile.txt', bytes: encoder.encode(seed.replace('held a bilateral meeting', `held${'\uFEFF'.repeat(200_000)} a bilateral meeting`)) }], sourcesYaml: '{}' };
// "visiting x" repeated to 900 KB in a lead: each "visiting" must not rescan the rest of the text.
const visiting = { ...real, sources: [{ name: 'visiting.txt', bytes: encoder.encode(seed.replace('during his visit to Indonesia', `visiting ${'x visiting '.repeat(85_000)}Indonesia`)) }], sourcesYaml: '{}' };

describe('buildArchive', () => {
  bench('the five source files', () => {
    buildArchive(real);
  });
  bench('a generated corpus of 2,000 readouts', () => {
    buildArchive(corpus);
  }, { iterations: 3, time: 0 });
  bench('a lead with 200,000 odd spaces', () => {
    buildArchive(hostile);
  }, { iterations: 3, time: 0 });
  bench('a 900 KB lead of repeated "visiting"', () => {
    buildArchive(visiting);
  }, { iterations: 3, time: 0 });
});
