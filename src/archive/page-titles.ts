// Titles of meeting pages: the meeting's title and its date, so that tabs, bookmarks and reference managers can
// tell apart meetings of one name. Two meetings of one name on one day are told apart by what differs between
// them (start time, place, channel), else by their order that day.
import { CHANNEL_LABELS, longDate } from './labels.ts';
import type { Meeting } from './schema.ts';

type Titled = Pick<Meeting, 'id' | 'title' | 'date' | 'channel' | 'startTime' | 'location'>;

/** "Japan–ROK Foreign Ministers’ Meeting, 17 March 2018". */
export const datedTitle = (m: Pick<Meeting, 'title' | 'date'>) => `${m.title}, ${longDate(m.date, { weekday: false })}`;

const DISTINCTIONS: ((m: Titled) => string | undefined)[] = [
  (m) => (m.startTime ? `${m.startTime.approximate ? 'around ' : ''}${m.startTime.time}` : undefined),
  (m) => m.location?.city ?? m.location?.text,
  (m) => CHANNEL_LABELS[m.channel].toLowerCase(),
];

/** A title per meeting id, unique across the meetings given. */
export function meetingPageTitles(meetings: Titled[]): Map<string, string> {
  const groups = new Map<string, Titled[]>();
  for (const m of meetings) groups.set(datedTitle(m), [...(groups.get(datedTitle(m)) ?? []), m]);
  const titles = new Map<string, string>();
  for (const [title, group] of groups) {
    if (group.length === 1) {
      titles.set(group[0]!.id, title);
      continue;
    }
    const distinction = DISTINCTIONS.find((d) => {
      const values = group.map(d);
      return values.every(Boolean) && new Set(values).size === group.length;
    });
    if (distinction) for (const m of group) titles.set(m.id, `${title}, ${distinction(m)}`);
    else {
      const ordered = [...group].sort((a, b) => (a.startTime?.time ?? '').localeCompare(b.startTime?.time ?? '') || a.id.localeCompare(b.id));
      ordered.forEach((m, i) => titles.set(m.id, `${title} (meeting ${i + 1} of ${group.length} that day)`));
    }
  }
  return titles;
}
