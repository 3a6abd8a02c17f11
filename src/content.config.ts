import { defineCollection } from 'astro:content';
import { countrySchema, personSchema, topicSchema } from './archive/schema.ts';
import { archiveLoader } from './loaders/archive.ts';

// Readouts and meetings are validated by their loader against readoutSchema and meetingSchema, and held in memory
// for the pages; the store keeps their ids and digests only (src/loaders/archive.ts says why).
export const collections = {
  meetings: defineCollection({ loader: archiveLoader('meetings') }),
  readouts: defineCollection({ loader: archiveLoader('readouts') }),
  countries: defineCollection({ loader: archiveLoader('countries'), schema: countrySchema }),
  people: defineCollection({ loader: archiveLoader('people'), schema: personSchema }),
  topics: defineCollection({ loader: archiveLoader('topics'), schema: topicSchema }),
};
