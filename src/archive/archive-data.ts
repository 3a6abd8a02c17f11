// The parts of a built archive that the browsing pages read, from the entries Astro's collections hand back.
import type { Archive } from './archive.ts';

export type ArchiveData = Pick<Archive, 'meetings' | 'readouts' | 'countries' | 'people' | 'topics'>;

type Entries<K extends keyof ArchiveData> = readonly { data: ArchiveData[K][number] }[];

export function archiveData(entries: { [K in keyof ArchiveData]: Entries<K> }): ArchiveData {
  return {
    meetings: entries.meetings.map((e) => e.data),
    readouts: entries.readouts.map((e) => e.data),
    countries: entries.countries.map((e) => e.data),
    people: entries.people.map((e) => e.data),
    topics: entries.topics.map((e) => e.data),
  };
}
