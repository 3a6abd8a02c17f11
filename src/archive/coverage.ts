// Which publisher's accounts of a meeting raise which topic, down to the paragraphs.
import type { Meeting, PublisherId, Readout } from './schema.ts';

export interface CoverageRow {
  topic: string;
  /** Paragraph anchors per publisher; empty where that publisher's accounts do not raise the topic. */
  cells: Record<PublisherId, string[]>;
}

/** Rows for every topic of the meeting; meaningful when more than one publisher gave an account. */
export function coverage(meeting: Pick<Meeting, 'topics' | 'publishers'>, accounts: Readout[]): CoverageRow[] {
  return meeting.topics.map((topic) => {
    const cells = Object.fromEntries(meeting.publishers.map((p) => [p, [] as string[]])) as Record<PublisherId, string[]>;
    for (const account of accounts) {
      for (const paragraph of account.paragraphs) {
        if (paragraph.topics.includes(topic)) cells[account.publisher]?.push(paragraph.anchor);
      }
    }
    return { topic, cells };
  });
}
