// What the compare page shows: aligned rows with one cell per publisher, wording differences, and a summary by topic.
import { KIND_LABELS } from '../labels.ts';
import type { Meeting, PublisherId, Readout } from '../schema.ts';
import { alignAccounts, type AlignedSentence } from './align.ts';
import type { TermReader } from './tokens.ts';
import { wordingAgainst, type Segment } from './wording.ts';

export interface Passage {
  readout: string;
  /** Position of the sentence in its account, from 0. */
  index: number;
  /** Anchor of its paragraph on the meeting page. */
  paragraph: string;
  /** Which account and paragraph: "Joint statement, paragraph 2". */
  label: string;
  text: string;
  segments: Segment[];
  topics: string[];
}

export interface CompareRow {
  /** Anchor on the compare page: "passage-3". */
  id: string;
  number: number;
  /** One cell per publisher, in the order of the columns; empty where that publisher says nothing of it. */
  cells: { publisher: PublisherId; passages: Passage[] }[];
  /** The only publisher with a passage here, when there is one only. */
  only?: PublisherId;
  topics: string[];
}

export interface TopicCoverage {
  topic: string;
  publishers: PublisherId[];
  /** Rows where the topic is raised. */
  rows: string[];
}

export interface CompareView {
  publishers: PublisherId[];
  rows: CompareRow[];
  /** Topics more than one publisher's accounts raise, in the order of first mention. */
  shared: TopicCoverage[];
  /** Topics only one publisher's accounts raise. */
  onlyIn: { publisher: PublisherId; topics: TopicCoverage[] }[];
}

export const comparePath = (meetingId: string) => `/meetings/${meetingId}/compare/`;

/** A meeting has a compare view when more than one publisher gave an account of it. */
export function hasCompareView(meeting: Pick<Meeting, 'publishers'>): boolean {
  return meeting.publishers.length > 1;
}

function paragraphLabel(readout: Readout, anchor: string): string {
  const i = readout.paragraphs.findIndex((p) => p.anchor === anchor);
  const p = readout.paragraphs[i]!;
  const which = p.speaker ? `${p.speaker.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase())}, turn ${i + 1}` : p.number ? `paragraph ${p.number.replace('-', '.')}` : p.role === 'lead' ? 'opening paragraph' : `paragraph ${i + 1}`;
  return `${KIND_LABELS[readout.kind]}, ${which}`;
}

export function compareView(accounts: readonly Readout[], reader: TermReader): CompareView {
  const alignment = alignAccounts(accounts, reader);
  const byId = new Map(accounts.map((r) => [r.id, r]));
  const rows = alignment.groups.map((group, i): CompareRow => {
    const textOf = (sentences: AlignedSentence[]) => sentences.map((s) => s.text).join(' ');
    const cells = alignment.publishers.map((publisher) => {
      const mine = group.sentences.filter((s) => s.publisher === publisher);
      const others = textOf(group.sentences.filter((s) => s.publisher !== publisher));
      return {
        publisher,
        passages: mine.map((s) => ({
          readout: s.readout,
          index: s.index,
          paragraph: s.paragraph,
          label: paragraphLabel(byId.get(s.readout)!, s.paragraph),
          text: s.text,
          segments: wordingAgainst(s.text, others),
          topics: s.topics,
        })),
      };
    });
    return {
      id: `passage-${i + 1}`,
      number: i + 1,
      cells,
      ...(group.publishers.length === 1 ? { only: group.publishers[0]! } : {}),
      topics: [...new Set(group.sentences.flatMap((s) => s.topics))],
    };
  });

  const coverage = new Map<string, TopicCoverage>();
  for (const row of rows) {
    for (const topic of row.topics) {
      const entry = coverage.get(topic) ?? coverage.set(topic, { topic, publishers: [], rows: [] }).get(topic)!;
      entry.rows.push(row.id);
      for (const cell of row.cells) if (cell.passages.some((p) => p.topics.includes(topic)) && !entry.publishers.includes(cell.publisher)) entry.publishers.push(cell.publisher);
    }
  }
  const all = [...coverage.values()].map((c) => ({ ...c, publishers: alignment.publishers.filter((p) => c.publishers.includes(p)) }));
  return {
    publishers: alignment.publishers,
    rows,
    shared: all.filter((c) => c.publishers.length > 1),
    onlyIn: alignment.publishers.map((publisher) => ({ publisher, topics: all.filter((c) => c.publishers.length === 1 && c.publishers[0] === publisher) })),
  };
}
