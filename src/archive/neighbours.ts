// A meeting's neighbours: the meetings before and after it, and the ones most like it.
// Built once for the whole archive so that each page's lookup stays cheap at a hundred thousand readouts.
import type { Meeting } from './schema.ts';
import { byCodePoint } from './compare.ts';

const chronological = (a: Meeting, b: Meeting) => byCodePoint(a.date, b.date) || byCodePoint(a.id, b.id);
const people = (m: Meeting) => m.participants.flatMap((p) => (p.person ? [p.person] : []));
/**
 * How many meetings on each side in time a participant or a topic contributes as candidates. A fixed window keeps
 * each lookup at O(log n) however many meetings a minister holds; scanning all of them made the pages quadratic.
 */
const WINDOW = 10;

/** First index in an ascending list of positions that is not below `position`. */
function lowerBound(list: number[], position: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class MeetingNeighbours {
  private readonly sorted: Meeting[];
  private readonly position = new Map<string, number>();
  /** Per meeting, by position: its curated people and its day number, worked out once. */
  private readonly peopleAt: string[][];
  private readonly dayAt: number[];
  /** Positions of each person's and each topic's meetings, ascending (so chronological). */
  private readonly byPerson = new Map<string, number[]>();
  private readonly byTopic = new Map<string, number[]>();

  constructor(meetings: Meeting[]) {
    this.sorted = [...meetings].sort(chronological);
    this.peopleAt = this.sorted.map(people);
    this.dayAt = this.sorted.map((m) => Date.parse(m.date) / 86_400_000);
    this.sorted.forEach((m, i) => {
      this.position.set(m.id, i);
      for (const p of this.peopleAt[i]!) (this.byPerson.get(p) ?? this.byPerson.set(p, []).get(p)!).push(i);
      for (const t of m.topics) (this.byTopic.get(t) ?? this.byTopic.set(t, []).get(t)!).push(i);
    });
  }

  private insertionPoint(meeting: Meeting): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (chronological(this.sorted[mid]!, meeting) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
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
    const known = this.position.get(meeting.id);
    // A meeting not in the archive is placed where its date would sort.
    const at = known ?? this.insertionPoint(meeting);
    const candidates = new Set<number>();
    const around = (list: number[] | undefined) => {
      if (!list) return;
      const centre = lowerBound(list, at);
      for (let i = Math.max(0, centre - WINDOW); i < Math.min(list.length, centre + WINDOW + 1); i++) candidates.add(list[i]!);
    };
    const ownPeople = people(meeting);
    for (const p of ownPeople) around(this.byPerson.get(p));
    for (const t of meeting.topics) around(this.byTopic.get(t));
    if (known !== undefined) candidates.delete(known);
    const peopleSet = new Set(ownPeople);
    const topicSet = new Set(meeting.topics);
    const day = Date.parse(meeting.date) / 86_400_000;
    const scored: { i: number; score: number; distance: number }[] = [];
    for (const i of candidates) {
      const m = this.sorted[i]!;
      if (m.id === meeting.id) continue;
      let score = 0;
      for (const p of this.peopleAt[i]!) if (peopleSet.has(p)) score += 2;
      for (const t of m.topics) if (topicSet.has(t)) score += 1;
      if (score > 0) scored.push({ i, score, distance: Math.abs(this.dayAt[i]! - day) });
    }
    return scored
      .sort((a, b) => b.score - a.score || a.distance - b.distance || byCodePoint(this.sorted[a.i]!.id, this.sorted[b.i]!.id))
      .slice(0, limit)
      .map((s) => this.sorted[s.i]!);
  }
}
