// The index by topic: every paragraph tagged with it, oldest first, so a reader sees how the wording changed.
import { bucketBy } from './buckets.ts';
import { PUBLISHER_SHORT, meetingPath, topicPath } from './labels.ts';
import { PhraseMatcher } from './enrichment/matchers.ts';
import { PAGE_SIZE, pageOfIndex, pageUrl } from './paginate.ts';
import type { ArchiveData } from './archive-data.ts';
import type { Meeting, Paragraph, Readout, Topic } from './schema.ts';
import { byOldest, type Lookup } from './summaries.ts';

export const topicFeedPath = (id: string) => `${topicPath(id)}feed.xml`;
export const yearAnchor = (year: string) => `year-${year}`;

export interface Segment {
  text: string;
  /** A phrase that tagged the paragraph with the topic. */
  mark: boolean;
}

export interface Quotation {
  date: string;
  meetingId: string;
  meetingTitle: string;
  publisher: string;
  /** The account's own title. */
  title: string;
  /** "2", "2-1" as printed, when numbered. */
  number?: string;
  speaker?: string;
  /** The paragraph on its meeting page. */
  url: string;
  segments: Segment[];
}

export interface YearCount {
  year: string;
  paragraphs: number;
  meetings: number;
  /** Where the year's first quotation is, when it has any. */
  url?: string;
}

export interface TopicEntry {
  topic: Topic;
  url: string;
  /** Oldest first. */
  quotations: Quotation[];
  /** Every year from the first mention to the last. */
  years: YearCount[];
  meetings: number;
  related: { id: string; label: string; url?: string }[];
}

/** Splits text into runs, marking the matches of the phrases (matched as topics are tagged). */
export function highlight(text: string, matcher: PhraseMatcher<true>): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const m of matcher.findAll(text)) {
    if (m.index > at) out.push({ text: text.slice(at, m.index), mark: false });
    out.push({ text: m.text, mark: true });
    at = m.index + m.text.length;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}

/** Topics that tag at least one paragraph. */
export function referencedTopics(data: Pick<ArchiveData, 'readouts'>): Set<string> {
  return new Set(data.readouts.flatMap((r) => r.paragraphs.flatMap((p) => p.topics)));
}

/** Every paragraph with a topic, with its readout and meeting, in the meetings' order, then the text's. */
function* taggedParagraphs(meetings: readonly Meeting[], readouts: ReadonlyMap<string, Readout>): Generator<{ meeting: Meeting; readout: Readout; p: Paragraph }> {
  for (const meeting of meetings) {
    for (const id of meeting.readouts) {
      const readout = readouts.get(id)!;
      for (const p of readout.paragraphs) if (p.topics.length) yield { meeting, readout, p };
    }
  }
}

/** One entry per topic that tags any paragraph, in the order of topics.yaml. */
export function topicIndex(data: ArchiveData, lookup: Lookup, size = PAGE_SIZE): TopicEntry[] {
  const referenced = referencedTopics(data);
  const readouts = new Map(data.readouts.map((r) => [r.id, r]));
  const chronological = [...data.meetings].sort(byOldest);
  const tagged = bucketBy(taggedParagraphs(chronological, readouts), ({ p }) => p.topics);
  return data.topics
    .filter((t) => referenced.has(t.id))
    .map((topic) => {
      const matcher = new PhraseMatcher(topic.phrases.map((phrase) => ({ phrase, value: true as const })), { caseSensitive: false });
      const quotations: Quotation[] = [];
      const meetingsPerYear = new Map<string, number>();
      let lastMeeting: string | undefined;
      for (const { meeting, readout, p } of tagged.get(topic.id) ?? []) {
        if (meeting.id !== lastMeeting) {
          lastMeeting = meeting.id;
          meetingsPerYear.set(meeting.date.slice(0, 4), (meetingsPerYear.get(meeting.date.slice(0, 4)) ?? 0) + 1);
        }
        quotations.push({
          date: meeting.date,
          meetingId: meeting.id,
          meetingTitle: meeting.title,
          publisher: PUBLISHER_SHORT[readout.publisher],
          title: readout.title,
          ...(p.number ? { number: p.number } : {}),
          ...(p.speaker ? { speaker: p.speaker } : {}),
          url: `${meetingPath(meeting.id)}#${p.anchor}`,
          segments: highlight(p.text, matcher),
        });
      }
      const base = topicPath(topic.id);
      const firstIndex = new Map<string, number>();
      const perYear = new Map<string, number>();
      quotations.forEach((q, i) => {
        const year = q.date.slice(0, 4);
        if (!firstIndex.has(year)) firstIndex.set(year, i);
        perYear.set(year, (perYear.get(year) ?? 0) + 1);
      });
      const years: YearCount[] = [];
      if (quotations.length) {
        for (let y = Number(quotations[0]!.date.slice(0, 4)); y <= Number(quotations[quotations.length - 1]!.date.slice(0, 4)); y++) {
          const year = String(y);
          const index = firstIndex.get(year);
          years.push({ year, paragraphs: perYear.get(year) ?? 0, meetings: meetingsPerYear.get(year) ?? 0, ...(index === undefined ? {} : { url: `${pageUrl(base, pageOfIndex(index, size))}#${yearAnchor(year)}` }) });
        }
      }
      return {
        topic,
        url: base,
        quotations,
        years,
        meetings: [...meetingsPerYear.values()].reduce((a, b) => a + b, 0),
        related: topic.related.map((id) => ({ id, label: lookup.topics.get(id)?.label ?? id, ...(referenced.has(id) ? { url: topicPath(id) } : {}) })),
      };
    });
}
