// A meeting's neighbours: the meetings before and after it, and the ones most like it.
// Built once for the whole archive so that each page's lookup stays cheap at a hundred thousand readouts.
import type { Meeting } from './schema.ts';
import { byCodePoint } from './compare.ts';

const chronological = (a: Meeting, b: Meeting) => byCodePoint(a.date, b.date) || byCodePoint(a.id, b.id);
const people = (m: Meeting) => m.participants.flatMap((p) => (p.person ? [p.person] : []));
const daysApart = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
/**
 * How many meetings on each side in time a participant or a topic contributes as candidates. A fixed window keeps
 * each lookup at O(log n) however many meetings a minister holds; scanning all of them made the pages quadratic.
 */
const WINDOW = 10;

/** First index in a chronological list whose meeting is not before `meeting`. */
function lowerBound(list: Meeting[], meeting: Meeting): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (chronological(list[mid]!, meeting) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class MeetingNeighbours {
  private readonly sorted: Meeting[];
  private readonly position = new Map<string, number>();
  private readonly byPerson = new Map<string, Meeting[]>();
  private readonly byTopic = new Map<string, Meeting[]>();

  constructor(meetings: Meeting[]) {
    this.sorted = [...meetings].sort(chronological);
    this.sorted.forEach((m, i) => {
      this.position.set(m.id, i);
      for (const p of people(m)) (this.byPerson.get(p) ?? this.byPerson.set(p, []).get(p)!).push(m);
      for (const t of m.topics) (this.byTopic.get(t) ?? this.byTopic.set(t, []).get(t)!).push(m);
    });
  }

  previous(id: string): Meeting | undefined {
    const i = this.position.get(id);
    return i ? this.sorted[i - 1] : undefined;
  }

  next(id: string): Meeting | undefined {
    const i = this.position.get(id);
    return i === undefined ? undefined : this.sorted[i + 1];
  }

  /**
   * Up to `limit` meetings sharing participants or topics, a shared participant weighing twice a shared topic;
   * ties go to the meeting closest in time, then to the id. Candidates are the nearest meetings in time of each
   * participant and topic, so a minister's meetings years apart are not weighed against each other.
   */
  related(meeting: Meeting, limit = 3): Meeting[] {
    const candidates = new Set<Meeting>();
    const around = (list: Meeting[] | undefined) => {
      if (!list) return;
      const centre = lowerBound(list, meeting);
      for (let i = Math.max(0, centre - WINDOW); i < Math.min(list.length, centre + WINDOW + 1); i++) candidates.add(list[i]!);
    };
    for (const p of people(meeting)) around(this.byPerson.get(p));
    for (const t of meeting.topics) around(this.byTopic.get(t));
    candidates.delete(meeting);
    const ownPeople = new Set(people(meeting));
    const ownTopics = new Set(meeting.topics);
    return [...candidates]
      .filter((m) => m.id !== meeting.id)
      .map((m) => ({
        m,
        score: people(m).filter((p) => ownPeople.has(p)).length * 2 + m.topics.filter((t) => ownTopics.has(t)).length,
        distance: daysApart(m.date, meeting.date),
      }))
      .filter((s) => s.score > 0)
      .sort((a, b) => b.score - a.score || a.distance - b.distance || byCodePoint(a.m.id, b.m.id))
      .slice(0, limit)
      .map((s) => s.m);
  }
}
