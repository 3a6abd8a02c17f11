// What the browsing pages must list, worked out straight from the archive's data with no code from the pages.
import type { Archive } from '../../src/archive/archive.ts';
import type { Meeting, Readout } from '../../src/archive/schema.ts';

export interface Expected {
  years: Map<string, string[]>;
  countries: Map<string, { meetings: string[]; mentions: string[]; partners: { label: string; meetings: string[] }[] }>;
  people: Map<string, { meetings: string[]; mentions: string[] }>;
  /** Paragraph addresses, "/meetings/<id>/#<anchor>". */
  topics: Map<string, string[]>;
}

const FORMAT = { bilateral: 'bilateral', trilateral: 'trilateral', multilateral: 'multilateral' } as const;

export function expectedIndexes(a: Archive): Expected {
  const meetingOf = new Map<string, Meeting>();
  for (const m of a.meetings) for (const id of m.readouts) meetingOf.set(id, m);
  const shortName = new Map(a.countries.map((c) => [c.id, c.shortName]));

  const push = <K>(map: Map<K, string[]>, key: K, value: string) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  const years = new Map<string, string[]>();
  for (const m of a.meetings) push(years, m.date.slice(0, 4), m.id);

  const countryIds = new Set(a.readouts.flatMap((r) => [...r.countries, ...r.mentionedCountries]));
  const countries: Expected['countries'] = new Map();
  for (const c of countryIds) {
    const taking = a.meetings.filter((m) => m.countries.includes(c));
    const bySet = new Map<string, Meeting[]>();
    for (const m of taking) {
      const list = bySet.get(m.countries.join('|'));
      if (list) list.push(m);
      else bySet.set(m.countries.join('|'), [m]);
    }
    countries.set(c, {
      meetings: taking.map((m) => m.id),
      mentions: a.readouts.filter((r) => r.mentionedCountries.includes(c) && !meetingOf.get(r.id)!.countries.includes(c)).map((r) => r.id),
      partners: [...bySet.values()].map((ms) => ({ label: `${ms[0]!.countries.map((id) => shortName.get(id)).join('–')} ${FORMAT[ms[0]!.format]}`, meetings: ms.map((m) => m.id) })),
    });
  }

  const personIds = new Set([...a.meetings.flatMap((m) => m.participants.flatMap((p) => (p.person ? [p.person] : []))), ...a.readouts.flatMap((r) => r.mentionedPeople)]);
  const attends = (m: Meeting, p: string) => m.participants.some((q) => q.person === p);
  const people: Expected['people'] = new Map();
  for (const p of personIds) {
    people.set(p, {
      meetings: a.meetings.filter((m) => attends(m, p)).map((m) => m.id),
      mentions: a.readouts.filter((r) => r.mentionedPeople.includes(p) && !attends(meetingOf.get(r.id)!, p)).map((r) => r.id),
    });
  }

  const topics: Expected['topics'] = new Map();
  const byDate = (x: Readout, y: Readout) => meetingOf.get(x.id)!.date.localeCompare(meetingOf.get(y.id)!.date);
  for (const r of [...a.readouts].sort(byDate)) {
    for (const p of r.paragraphs) {
      for (const t of p.topics) push(topics, t, `/meetings/${meetingOf.get(r.id)!.id}/#${p.anchor}`);
    }
  }
  return { years, countries, people, topics };
}
