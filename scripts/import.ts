// Takes in pages as published: a saved HTML page (or page text), or a feed export in JSON Lines.
// Usage: npm run import -- <source> [--to <content folder>] [--url <address>] [--date YYYY-MM-DD]
// Each document is written byte for byte into readouts/, what its body cannot say goes into sources.yaml, and
// checksums.sha256 is brought up to date. Importing the same item again changes nothing.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { buildArchive, sha256 } from '../src/archive/archive.ts';
import { contentDirFromEnv } from '../src/archive/content-dir.ts';
import { formatDiagnostic } from '../src/archive/diagnostics.ts';
import { captureDate } from '../src/archive/intake/capture-date.ts';
import { classifyRelease } from '../src/archive/intake/classify.ts';
import { readFeed } from '../src/archive/intake/feed.ts';
import { Planner } from '../src/archive/intake/plan.ts';
import { htmlLines } from '../src/archive/formats/html-text.ts';
import type { SourceFacts } from '../src/archive/schema.ts';

const CURATED = ['countries.yaml', 'people.yaml', 'topics.yaml'] as const;
const REPOSITORY_CONTENT = resolve(import.meta.dirname, '..', 'content');

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

const args = process.argv.slice(2);
const source = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!source) {
  console.error('usage: npm run import -- <saved page .html/.txt | feed .jsonl> [--to <content folder>] [--url <address>] [--date YYYY-MM-DD]');
  process.exit(2);
}
const to = resolve(option('--to') ?? contentDirFromEnv());
const readouts = join(to, 'readouts');
mkdirSync(readouts, { recursive: true });
for (const name of CURATED) if (!existsSync(join(to, name))) copyFileSync(join(REPOSITORY_CONTENT, name), join(to, name));
if (!existsSync(join(to, 'sources.yaml'))) writeFileSync(join(to, 'sources.yaml'), '{}\n');

interface Item {
  label: string;
  bytes: Uint8Array;
  extension: 'html' | 'txt';
  facts: Partial<SourceFacts> & { title?: string; sourceUrl?: string };
}

const skipped: { label: string; reason: string }[] = [];
const failed: { label: string; messages: string[] }[] = [];
const imported: { label: string; name: string }[] = [];
const items: Item[] = [];

if (extname(source) === '.jsonl') {
  for (const entry of readFeed(readFileSync(source, 'utf8'))) {
    if ('error' in entry) {
      failed.push({ label: `${basename(source)}:${entry.line}`, messages: [`${source}:${entry.line}: ${entry.error}`] });
      continue;
    }
    const { item } = entry;
    const decision = classifyRelease(item.title, htmlLines(item.html).lines.join('\n'));
    if (!decision.take) {
      skipped.push({ label: item.title, reason: decision.reason });
      continue;
    }
    items.push({
      label: item.title,
      bytes: new TextEncoder().encode(item.html),
      extension: 'html',
      facts: { publisher: 'us-state-department', title: item.title.replace(/\s+/g, ' ').trim(), sourceUrl: item.url, publishedAt: item.published },
    });
  }
} else {
  const url = option('--url');
  const date = option('--date');
  items.push({
    label: basename(source),
    bytes: new Uint8Array(readFileSync(source)),
    extension: /\.html?$/i.test(source) ? 'html' : 'txt',
    facts: { ...(url ? { sourceUrl: url } : {}), ...(date ? { date } : {}) },
  });
}

const names = readdirSync(readouts).filter((n) => /\.(?:txt|html)$/.test(n));
const sourcesText = readFileSync(join(to, 'sources.yaml'), 'utf8');
const recorded = (parse(sourcesText) ?? {}) as Record<string, { sourceUrl?: string }>;
const planner = new Planner({
  names,
  sha256: new Map(names.map((n) => [n, sha256(readFileSync(join(readouts, n)))])),
  urls: new Map(Object.entries(recorded).flatMap(([n, f]) => (f?.sourceUrl ? [[n, f.sourceUrl] as [string, string]] : []))),
});
const curated = Object.fromEntries(CURATED.map((n) => [n.replace('.yaml', ''), readFileSync(join(to, n), 'utf8')])) as { countries: string; people: string; topics: string };
const added: Record<string, Item['facts']> = {};

for (const item of items) {
  const placement = planner.place({ sha256: sha256(item.bytes), extension: item.extension, url: item.facts.sourceUrl, title: item.facts.title });
  if ('skip' in placement) {
    skipped.push({ label: item.label, reason: placement.skip });
    continue;
  }
  // A document is written only when the archive can read it; otherwise the editor gets every reason, at file:line.
  const facts = { ...Object.fromEntries(Object.entries(item.facts).filter(([, v]) => v !== undefined)), capturedAt: captureDate() };
  const check = buildArchive({ contentDir: relative(process.cwd(), to) || '.', sources: [{ name: placement.name, bytes: item.bytes }], sourcesYaml: stringify({ [placement.name]: facts }), curated });
  if (!check.ok) {
    failed.push({ label: item.label, messages: check.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic) });
    continue;
  }
  writeFileSync(join(readouts, placement.name), item.bytes);
  added[placement.name] = facts;
  imported.push({ label: item.label, name: placement.name });
}

if (Object.keys(added).length) {
  const base = sourcesText.trim() === '{}' ? '' : sourcesText.endsWith('\n') ? sourcesText : `${sourcesText}\n`;
  writeFileSync(join(to, 'sources.yaml'), `${base}${stringify(added, { lineWidth: 0 })}`);
}
const all = readdirSync(readouts).filter((n) => /\.(?:txt|html)$/.test(n)).sort();
writeFileSync(join(to, 'checksums.sha256'), all.map((n) => `${sha256(readFileSync(join(readouts, n)))}  ${n}\n`).join(''));

const reasons = new Map<string, number>();
for (const s of skipped) reasons.set(s.reason.replace(/ as .*$| of https?:\/\/\S+.*$/, ''), (reasons.get(s.reason.replace(/ as .*$| of https?:\/\/\S+.*$/, '')) ?? 0) + 1);
console.log(`imported ${imported.length}, skipped ${skipped.length}, failed ${failed.length} (into ${relative(process.cwd(), to) || '.'})`);
console.log('');
console.log('imported');
for (const i of imported) console.log(`  ${i.name}  ${i.label}`);
console.log('skipped');
for (const [reason, count] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`  ${String(count).padStart(5)}  ${reason}`);
if (process.argv.includes('--verbose')) for (const s of skipped) console.log(`         ${s.label}: ${s.reason}`);
console.log('failed');
for (const f of failed) {
  console.log(`  ${f.label}`);
  for (const m of f.messages) console.log(`    ${m}`);
}
if (failed.length) process.exitCode = 1;
