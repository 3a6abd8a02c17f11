// Generates a content folder of invented readouts in both publishers' formats, for scale tests and benchmarks.
// The same options always give the same bytes. Build the site from it with READOUT_CONTENT_DIR=<folder>.
// Usage: node scripts/generate-corpus.ts <folder> [--readouts 10000] [--seed 1] [--from 1995] [--to 2024]
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { buildRoster, dayOf, planMeetings, type PlannedMeeting, type Roster } from './corpus/plan.ts';
import { Random } from './corpus/random.ts';
import { writeMofa, writeState, type WrittenText } from './corpus/texts.ts';
import { COUNTRIES, TOPICS } from './corpus/world.ts';

export interface CorpusOptions {
  /** How many readouts (documents), exactly. */
  readouts: number;
  seed?: number;
  firstYear?: number;
  lastYear?: number;
}

export interface Corpus {
  /** Path inside the content folder ("readouts/000001_mofa.txt", "sources.yaml", ...) to its text. */
  files: Map<string, string>;
  meetings: PlannedMeeting[];
}

/** Marks a folder as written by this script, so it may be overwritten and never anything else. */
const MARKER = '.generated-corpus';

function countriesYaml(): string {
  return stringify(COUNTRIES.map(({ id, iso, name, shortName, slugToken, aliases, cities }) => ({ id, iso, name, shortName, slugToken, aliases, cities })), { lineWidth: 0 });
}

function peopleYaml(roster: Roster): string {
  return stringify(
    roster.people.map((p) => ({
      id: p.id,
      name: p.name,
      family: p.family,
      given: p.given,
      nameOrder: p.nameOrder,
      aliases: p.aliases,
      country: p.country,
      offices: [{ title: p.title, country: p.country, from: p.from, ...(p.to ? { to: p.to } : {}), styles: p.styles }],
    })),
    { lineWidth: 0 },
  );
}

function topicsYaml(): string {
  return stringify(TOPICS.map(({ id, label, description, phrases, related }) => ({ id, label, description, phrases, related })), { lineWidth: 0 });
}

export function generateCorpus({ readouts, seed = 1, firstYear = 1995, lastYear = 2024 }: CorpusOptions): Corpus {
  if (!Number.isInteger(readouts) || readouts < 1) throw new Error(`readouts must be a positive integer, not ${readouts}`);
  if (firstYear > lastYear) throw new Error(`the first year (${firstYear}) is after the last (${lastYear})`);
  const random = new Random(seed);
  const firstDay = dayOf(`${firstYear}-01-01`);
  const lastDay = dayOf(`${lastYear}-12-31`);
  const roster = buildRoster(random, firstDay, lastDay);
  const meetings = planMeetings(random, roster, readouts, firstDay, lastDay);

  const files = new Map<string, string>();
  const sources: string[] = [];
  const sums: string[] = [];
  let n = 0;
  const seen = new Set<string>();
  const add = (publisher: 'mofa' | 'state', write: () => WrittenText) => {
    const name = `${String(++n).padStart(6, '0')}_${publisher}.txt`;
    // The archive refuses a text it already holds; short undated texts can come out alike, so they are written again.
    let written: WrittenText;
    let text: string;
    let sum: string;
    let tries = 0;
    do {
      if (++tries > 50) throw new Error(`could not write a text for ${name} unlike every earlier one`);
      written = write();
      text = `${written.text}\n`;
      sum = createHash('sha256').update(text).digest('hex');
    } while (seen.has(sum));
    seen.add(sum);
    files.set(`readouts/${name}`, text);
    sums.push(`${sum}  ${name}`);
    const facts = Object.entries(written.facts).map(([key, value]) => `  ${key}: ${JSON.stringify(value)}`);
    if (facts.length) sources.push(`${name}:\n${facts.join('\n')}\n`);
  };
  for (const meeting of meetings) {
    if (meeting.accounts.includes('mofa')) add('mofa', () => writeMofa(random, meeting));
    if (meeting.accounts.some((a) => a !== 'mofa')) add('state', () => writeState(random, meeting));
  }
  files.set('sources.yaml', `# Generated: facts the texts do not carry.\n${sources.length ? sources.join('\n') : '{}\n'}`);
  files.set('countries.yaml', countriesYaml());
  files.set('people.yaml', peopleYaml(roster));
  files.set('topics.yaml', topicsYaml());
  files.set('checksums.sha256', `${sums.join('\n')}\n`);
  return { files, meetings };
}

/**
 * One more readout for a corpus of the same options, as an editor adding the day's text would: a meeting with the
 * same office holders, named to sort after every generated file. Its facts, if any, go into sources.yaml.
 */
export function extraReadout({ seed = 1, firstYear = 1995, lastYear = 2024 }: Omit<CorpusOptions, 'readouts'>, n = 1): { name: string; text: string; facts: WrittenText['facts'] } {
  const firstDay = dayOf(`${firstYear}-01-01`);
  const lastDay = dayOf(`${lastYear}-12-31`);
  const roster = buildRoster(new Random(seed), firstDay, lastDay);
  const random = new Random(seed * 7919 + n);
  const [meeting] = planMeetings(random, roster, 1, firstDay, lastDay);
  const mofa = meeting!.accounts[0] === 'mofa';
  const written = mofa ? writeMofa(random, meeting!) : writeState(random, meeting!);
  return { name: `added_${String(n).padStart(4, '0')}_${mofa ? 'mofa' : 'state'}.txt`, text: `${written.text}\n`, facts: written.facts };
}

/** Writes a corpus into `dir`, which must be empty, missing, or an earlier generated corpus. */
export function writeCorpus(dir: string, corpus: Corpus): void {
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    if (!existsSync(join(dir, MARKER))) throw new Error(`${dir} is not empty and was not written by generate-corpus; refusing to overwrite it`);
    rmSync(join(dir, 'readouts'), { recursive: true, force: true });
  }
  mkdirSync(join(dir, 'readouts'), { recursive: true });
  writeFileSync(join(dir, MARKER), 'Written by scripts/generate-corpus.ts; safe to delete.\n');
  for (const [path, text] of corpus.files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { readouts: { type: 'string', default: '10000' }, seed: { type: 'string', default: '1' }, from: { type: 'string', default: '1995' }, to: { type: 'string', default: '2024' } },
  });
  const dir = positionals[0];
  if (!dir) {
    console.error('usage: node scripts/generate-corpus.ts <folder> [--readouts 10000] [--seed 1] [--from 1995] [--to 2024]');
    process.exit(2);
  }
  const corpus = generateCorpus({ readouts: Number(values.readouts), seed: Number(values.seed), firstYear: Number(values.from), lastYear: Number(values.to) });
  writeCorpus(resolve(dir), corpus);
  console.log(`wrote ${values.readouts} readouts of ${corpus.meetings.length} meetings to ${resolve(dir)}`);
}
