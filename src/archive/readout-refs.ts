// A link to one account of a meeting, for lists of readouts that mention a country or a person.
import { KIND_LABELS, meetingPath, PUBLISHER_SHORT } from './labels.ts';
import type { Meeting, Paragraph, Readout } from './schema.ts';

export interface ReadoutRef {
  id: string;
  meetingId: string;
  meetingTitle: string;
  date: string;
  /** The account's own title, as published or composed. */
  title: string;
  publisher: string;
  kind: string;
  /** The first paragraph that makes the mention, on the meeting page. */
  url: string;
}

/** Each readout's meeting, by readout id. */
export function meetingsByReadout(meetings: readonly Meeting[]): Map<string, Meeting> {
  const map = new Map<string, Meeting>();
  for (const meeting of meetings) for (const id of meeting.readouts) map.set(id, meeting);
  return map;
}

export function readoutRef(readout: Readout, meeting: Meeting, mentions: (p: Paragraph) => boolean): ReadoutRef {
  const paragraph = readout.paragraphs.find(mentions);
  return {
    id: readout.id,
    meetingId: meeting.id,
    meetingTitle: meeting.title,
    date: readout.date,
    title: readout.title,
    publisher: PUBLISHER_SHORT[readout.publisher],
    kind: KIND_LABELS[readout.kind],
    url: `${meetingPath(meeting.id)}#${paragraph?.anchor ?? readout.anchor}`,
  };
}
