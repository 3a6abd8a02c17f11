import type { APIRoute } from 'astro';
import { meetingsFeed } from '../archive/feeds.ts';
import { lookupOf } from '../archive/summaries.ts';
import { collectionsData } from '../loaders/collections.ts';

export const GET: APIRoute = async ({ site }) => {
  const { meetings, topics } = await collectionsData();
  const lookup = lookupOf({ countries: [], people: [], topics });
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
