import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { collectionsData } from '../../../loaders/collections.ts';
import { countryFeedPath, referencedCountries } from '../../../archive/country-index.ts';
import { meetingsFeed, meetingsOfCountry, type FeedInput } from '../../../archive/feeds.ts';
import { countryPath } from '../../../archive/labels.ts';
import { byNewest, lookupOf } from '../../../archive/summaries.ts';

export async function getStaticPaths() {
  const meetings = (await collectionsData()).meetings;
  const readouts = (await collectionsData()).readouts;
  const countries = (await getCollection('countries')).map((e) => e.data);
  const lookup = lookupOf({ countries, people: [], topics: (await getCollection('topics')).map((e) => e.data) });
  const referenced = referencedCountries({ readouts });
  const fallbackUpdated = [...meetings].sort(byNewest)[0]?.date ?? '1970-01-01';
  return countries
    .filter((c) => referenced.has(c.id))
    .map((c) => ({
      params: { id: c.id },
      props: {
        path: countryFeedPath(c.id),
        page: countryPath(c.id),
        title: `Readout Archive: ${c.name}`,
        subtitle: `Meetings that ${c.name} took part in or that its accounts name, newest first.`,
        meetings: meetingsOfCountry(meetings, c.id),
        lookup,
        fallbackUpdated,
      },
    }));
}

export const GET: APIRoute<Omit<FeedInput, 'site'>> = ({ props, site }) =>
  new Response(meetingsFeed({ ...props, site: site! }), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
