// The archive as the pages read it: readouts and meetings held in memory by their loaders, the curated collections
// from Astro's store. Loaded once per build, shared by every route.
import { getCollection } from 'astro:content';
import type { ArchiveData } from '../archive/archive-data.ts';
import { heldCollections } from './archive.ts';

let loaded: Promise<ArchiveData> | undefined;

export function collectionsData(): Promise<ArchiveData> {
  loaded ??= (async () => ({
    ...heldCollections(),
    countries: (await getCollection('countries')).map((e) => e.data),
    people: (await getCollection('people')).map((e) => e.data),
    topics: (await getCollection('topics')).map((e) => e.data),
  }))();
  return loaded;
}
