// Derives the numbers the generator is calibrated on from a real corpus of State Department releases (one JSON
// object a line: title, published, html). Prints facts only (counts, shares, lengths), never text.
// Usage: node scripts/corpus/calibrate.ts <corpus.jsonl>
import { readFileSync } from 'node:fs';
import { COUNTRIES, TOPICS } from './world.ts';

interface Release { title: string; published: string; html: string }

const READOUT = /^(Deputy )?Secretary \S+[’'`]s .*\b(Meeting|Call|Calls|Videoconference|Video Call)\b/;
const REMARKS_BEFORE = /Before (Their|the|Our) (Meeting|Bilateral)/i;
const JOINT = /\bJoint Statement\b/i;

const paragraphsOf = (html: string) =>
  [...html.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '').replace(/&[a-z#0-9]+;/g, ' ').replace(/\s+/g, ' ').trim()).filter((p) => p.length > 0);

function quantiles(values: number[], qs: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  return qs.map((q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
}

export function calibrate(releases: Release[]) {
  const readouts = releases.filter((r) => READOUT.test(r.title) && !/^Deputy/.test(r.title));
  const lower = (s: string) => s.toLowerCase();
  const texts = readouts.map((r) => paragraphsOf(r.html));
  const body = texts.map((ps) => ps.filter((p) => !/^Office of the Spokesperson$|attributable to/i.test(p)));
  const topicShare = Object.fromEntries(
    TOPICS.map((t) => [t.id, readouts.filter((_, i) => t.phrases.some((ph) => lower(body[i]!.join(' ')).includes(lower(ph)))).length / readouts.length]),
  );
  const countryShare = Object.fromEntries(
    COUNTRIES.filter((c) => c.id !== 'united-states').map((c) => [c.id, readouts.filter((r) => [c.adjective, ...c.aliases].some((a) => r.title.includes(a))).length / readouts.length]),
  );
  const byDay = new Map<string, number>();
  for (const r of releases) if (REMARKS_BEFORE.test(r.title) || JOINT.test(r.title)) byDay.set(r.published.slice(0, 10), (byDay.get(r.published.slice(0, 10)) ?? 0) + 1);
  const paragraphLengths = body.flat().map((p) => p.length);
  return {
    releases: releases.length,
    readouts: readouts.length,
    callShare: readouts.filter((r) => /\bCalls?\b|Video/.test(r.title)).length / readouts.length,
    multilateralShare: readouts.filter((r) => /Trilateral|Counterparts|,.* and /.test(r.title)).length / readouts.length,
    /** Readouts with remarks before the meeting or a joint statement released the same day: a meeting told twice. */
    multiAccountShare: readouts.filter((r) => byDay.has(r.published.slice(0, 10)) && !/\bCalls?\b/.test(r.title)).length / readouts.length,
    bodyParagraphs: quantiles(body.map((b) => b.length), [0.1, 0.25, 0.5, 0.75, 0.9]),
    paragraphChars: quantiles(paragraphLengths, [0.1, 0.25, 0.5, 0.75, 0.9]),
    documentChars: quantiles(body.map((b) => b.join('\n\n').length), [0.1, 0.25, 0.5, 0.75, 0.9]),
    topicShare,
    countryShare,
  };
}

if (process.argv[2]) {
  const releases = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Release);
  console.log(JSON.stringify(calibrate(releases), null, 2));
}
