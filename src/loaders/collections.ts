// The archive as the pages read it, from Astro's collections: loaded once per build, shared by every route.
import { getCollection } from 'astro:content';
import { archiveData, type ArchiveData } from '../archive/archive-data.ts';

let loaded: Promise<ArchiveData> | undefined;

export function collectionsData(): Promise<ArchiveData> {
  loaded ??= (async () =>
    archiveData({
      meetings: await getCollection('meetings'),
      readouts: await getCollection('readouts'),
      countries: await getCollection('countries'),
      people: await getCollection('people'),
      topics: await getCollection('topics'),
    }))();
  return loaded;
}
