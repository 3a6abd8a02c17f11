import { defineCollection } from 'astro:content';
import { countrySchema, meetingSchema, personSchema, readoutSchema, topicSchema } from './archive/schema.ts';
import { archiveLoader } from './loaders/archive.ts';

export const collections = {
  meetings: defineCollection({ loader: archiveLoader('meetings'), schema: meetingSchema }),
  readouts: defineCollection({ loader: archiveLoader('readouts'), schema: readoutSchema }),
  countries: defineCollection({ loader: archiveLoader('countries'), schema: countrySchema }),
  people: defineCollection({ loader: archiveLoader('people'), schema: personSchema }),
  topics: defineCollection({ loader: archiveLoader('topics'), schema: topicSchema }),
};
