// Which sentences of a meeting's accounts report the same thing, across publishers.
import type { PublisherId, Readout } from '../schema.ts';
import { splitSentences } from './sentences.ts';
import { cosine, weightedBags, type Bag } from './similarity.ts';
import type { TermReader } from './tokens.ts';

export interface AlignedSentence {
  /** Readout id and the sentence's position in that account, from 0: the sentence's address. */
  readout: string;
  index: number;
  publisher: PublisherId;
  /** Anchor of the paragraph on the meeting page. */
  paragraph: string;
  text: string;
  topics: string[];
}

export interface AlignedGroup {
  /** In the order of the accounts, then of the text. */
  sentences: AlignedSentence[];
  /** Publishers with a sentence in the group; one only means the passage is found in that publisher's accounts only. */
  publishers: PublisherId[];
}

export interface Link {
  /** Positions of the two sentences among the meeting's, accounts in order. */
  a: AlignedSentence;
  b: AlignedSentence;
  score: number;
  step: 'pair' | 'join';
}

export interface Alignment {
  /** One column per publisher, in the order of the accounts. */
  publishers: PublisherId[];
  /** Every sentence of every account in exactly one group, groups in reading order. */
  groups: AlignedGroup[];
  /** Every link made, with its score: what the groups were built from. */
  links: Link[];
}

export interface AlignOptions {
  /** Least similarity for two sentences that are each other's best match. */
  link: number;
  /** Least similarity, over what a sentence's partners leave unsaid, for a sentence to join another's group. */
  join: number;
}

/** Chosen on the gold alignment of 14 July 2023 (docs/alignment.md). */
export const DEFAULT_OPTIONS: AlignOptions = { link: 0.1, join: 0.14 };

interface Unit extends AlignedSentence {
  /** Position among all sentences of the meeting, accounts in order. */
  position: number;
  bag: Bag;
}

function sentencesOf(accounts: readonly Readout[], reader: TermReader): Unit[] {
  const units: Omit<Unit, 'bag'>[] = [];
  const terms: string[][] = [];
  for (const account of accounts) {
    let index = 0;
    for (const paragraph of account.paragraphs) {
      for (const { text } of splitSentences(paragraph.text)) {
        const read = reader.read(text, account.date);
        units.push({ readout: account.id, index: index++, publisher: account.publisher, paragraph: paragraph.anchor, text, topics: read.topics, position: units.length });
        terms.push(read.terms);
      }
    }
  }
  const bags = weightedBags(terms);
  return units.map((u, i) => ({ ...u, bag: bags[i]! }));
}

function plain({ readout, index, publisher, paragraph, text, topics }: Unit): AlignedSentence {
  return { readout, index, publisher, paragraph, text, topics };
}

/** The part of a bag its partners do not already share: what is left for another sentence to match. */
function leftOver(bag: Bag, partners: readonly Unit[]): Bag {
  const said = new Set(partners.flatMap((p) => Object.keys(p.bag)));
  return Object.fromEntries(Object.entries(bag).filter(([term]) => !said.has(term)));
}

/** Dot product over the terms of `part`, scaled as the cosine of the whole bags would be. */
function partialCosine(a: Bag, part: Bag, whole: Bag): number {
  const norm = (b: Bag) => Math.sqrt(Object.values(b).reduce((s, v) => s + v * v, 0));
  let dot = 0;
  for (const [term, weight] of Object.entries(part)) dot += weight * (a[term] ?? 0);
  const denominator = norm(a) * norm(whole);
  return denominator ? dot / denominator : 0;
}

class Groups {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]!]!;
    return i;
  }
  join(a: number, b: number): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/**
 * Aligns the accounts of one meeting. Two steps, both deterministic:
 * 1. sentences of two publishers that are each other's best match, at least `link` alike, are paired;
 * 2. a sentence still without a partner of another publisher joins its best match there when it matches what that
 *    sentence's partners leave unsaid at least `join` (so a second sentence reporting the same point joins, and one
 *    that only repeats the words the pair already shares does not).
 * Groups are what the links connect; accounts of one publisher are never compared with each other.
 */
export function alignAccounts(accounts: readonly Readout[], reader: TermReader, options: AlignOptions = DEFAULT_OPTIONS): Alignment {
  const units = sentencesOf(accounts, reader);
  const publishers = [...new Set(accounts.map((a) => a.publisher))];
  const groups = new Groups(units.length);
  const sim = units.map((a) => units.map((b) => (a.publisher === b.publisher ? 0 : cosine(a.bag, b.bag))));
  const best = (u: Unit, publisher: PublisherId): Unit | undefined => {
    let found: Unit | undefined;
    for (const other of units) if (other.publisher === publisher && sim[u.position]![other.position]! > (found ? sim[u.position]![found.position]! : 0)) found = other;
    return found;
  };
  const partners = new Map<number, Unit[]>();
  const links: Link[] = [];
  const link = (a: Unit, b: Unit, score: number, step: Link['step']) => {
    links.push({ a: plain(a), b: plain(b), score, step });
    groups.join(a.position, b.position);
    partners.set(a.position, [...(partners.get(a.position) ?? []), b]);
    partners.set(b.position, [...(partners.get(b.position) ?? []), a]);
  };

  for (const u of units) {
    for (const p of publishers) {
      const v = p === u.publisher ? undefined : best(u, p);
      if (v && u.position < v.position && best(v, u.publisher) === u && sim[u.position]![v.position]! >= options.link) link(u, v, sim[u.position]![v.position]!, 'pair');
    }
  }
  const joins: [Unit, Unit, number][] = [];
  for (const u of units) {
    for (const p of publishers) {
      if (p === u.publisher || (partners.get(u.position) ?? []).some((x) => x.publisher === p)) continue;
      const v = best(u, p);
      if (!v) continue;
      const said = (partners.get(v.position) ?? []).filter((x) => x.publisher === u.publisher);
      const score = partialCosine(u.bag, leftOver(v.bag, said), v.bag);
      if (score >= options.join) joins.push([u, v, score]);
    }
  }
  for (const [u, v, score] of joins) link(u, v, score, 'join');

  return { publishers, groups: readingOrder(units, groups, publishers[0]!), links };
}

/**
 * Groups holding a sentence of the first publisher come in its order; every other group follows the group that
 * holds the sentence before it in its own account (or precedes the one holding the sentence after it).
 */
function readingOrder(units: readonly Unit[], groups: Groups, spine: PublisherId): AlignedGroup[] {
  const members = new Map<number, Unit[]>();
  for (const u of units) {
    const root = groups.find(u.position);
    members.set(root, [...(members.get(root) ?? []), u]);
  }
  const all = [...members.values()];
  const rows = all.filter((g) => g.some((u) => u.publisher === spine));
  const first = (g: Unit[]) => Math.min(...g.filter((u) => u.publisher === spine).map((u) => u.position));
  rows.sort((a, b) => first(a) - first(b));
  const rowOf = (u: Unit) => rows.findIndex((g) => g.includes(u));
  for (const group of all.filter((g) => !g.some((u) => u.publisher === spine)).sort((a, b) => a[0]!.position - b[0]!.position)) {
    const head = group[0]!;
    const account = units.filter((u) => u.readout === head.readout);
    const before = Math.max(-1, ...account.filter((u) => u.index < head.index).map(rowOf));
    const after = account.filter((u) => u.index > head.index).map(rowOf).filter((r) => r >= 0);
    rows.splice(before >= 0 ? before + 1 : after.length ? Math.min(...after) : rows.length, 0, group);
  }
  return rows.map((g) => ({
    sentences: g.map(plain),
    publishers: [...new Set(g.map((u) => u.publisher))],
  }));
}
