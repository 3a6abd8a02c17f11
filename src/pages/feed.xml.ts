import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { meetingsFeed } from '../archive/feeds.ts';
import { lookupOf } from '../archive/summaries.ts';

export const GET: APIRoute = async ({ site }) => {
  const meetings = (await getCollection('meetings')).map((e) => e.data);
  const lookup = lookupOf({ countries: [], people: [], topics: (await getCollection('topics')).map((e) => e.data) });
  const xml = meetingsFeed({
    site: site!,
    path: '/feed.xml',
    page: '/meetings/',
    title: 'Readout Archive: meetings',
    subtitle: 'The newest meetings of foreign ministers in the archive, with every government’s account.',
    meetings,
    lookup,
    fallbackUpdated: '1970-01-01',
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
