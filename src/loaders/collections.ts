// The archive as the pages read it: readouts and meetings held in memory by their loaders, the curated collections
// from Astro's store. Loaded once per build, shared by every route.
import { getCollection } from 'astro:content';
import type { ArchiveData } from '../archive/archive-data.ts';
import { heldCollections } from './held.ts';

let loaded: Promise<ArchiveData> | undefined;

export function collectionsData(): Promise<ArchiveData> {
  loaded ??= (async () => ({
    ...heldCollections(),
    countries: (await getCollection('countries')).map((e) => e.data),
    people: (await getCollection('people')).map((e) => e.data),
    topics: (await getCollection('topics')).map((e) => e.data),
  }))();
  // A failure is not kept: under `astro dev` the next request tries again once the content is mended.
  loaded.catch(() => (loaded = undefined));
  return loaded;
}
