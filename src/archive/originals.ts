// The list of verbatim source files: one row per file, with its checksum and the meetings it gives accounts of.
import { PUBLISHER_SHORT, meetingPath, originalPath } from './labels.ts';
import { meetingsByReadout } from './readout-refs.ts';
import type { Meeting, Readout } from './schema.ts';
import { byOldest } from './summaries.ts';

export interface OriginalFile {
  file: string;
  url: string;
  sha256: string;
  publisher: string;
  /** How many documents the file holds. */
  documents: number;
  meetings: { id: string; title: string; date: string; url: string }[];
}

/** Every source file once, by name. */
export function originalFiles(readouts: readonly Readout[], meetings: readonly Meeting[]): OriginalFile[] {
  const meetingOf = meetingsByReadout(meetings);
  const files = new Map<string, { readout: Readout; documents: number; meetings: Map<string, Meeting> }>();
  for (const r of readouts) {
    const entry = files.get(r.file) ?? { readout: r, documents: 0, meetings: new Map<string, Meeting>() };
    entry.documents++;
    const meeting = meetingOf.get(r.id);
    if (meeting) entry.meetings.set(meeting.id, meeting);
    files.set(r.file, entry);
  }
  return [...files.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([file, e]) => ({
      file,
      url: originalPath(file),
      sha256: e.readout.sha256,
      publisher: PUBLISHER_SHORT[e.readout.publisher],
      documents: e.documents,
      meetings: [...e.meetings.values()].sort(byOldest).map((m) => ({ id: m.id, title: m.title, date: m.date, url: meetingPath(m.id) })),
    }));
}
