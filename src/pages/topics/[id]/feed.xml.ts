import type { APIRoute } from 'astro';
import { meetingsFeed, meetingsOfTopic, type FeedInput } from '../../../archive/feeds.ts';
import { topicPath } from '../../../archive/labels.ts';
import { byNewest, lookupOf } from '../../../archive/summaries.ts';
import { referencedTopics, topicFeedPath } from '../../../archive/topic-index.ts';
import { collectionsData } from '../../../loaders/collections.ts';

export async function getStaticPaths() {
  const { meetings, readouts, topics } = await collectionsData();
  const lookup = lookupOf({ countries: [], people: [], topics });
  const referenced = referencedTopics({ readouts });
  const fallbackUpdated = [...meetings].sort(byNewest)[0]?.date ?? '1970-01-01';
  return topics
    .filter((t) => referenced.has(t.id))
    .map((t) => ({
      params: { id: t.id },
      props: {
        path: topicFeedPath(t.id),
        page: topicPath(t.id),
        title: `Readout Archive: ${t.label}`,
        subtitle: `Meetings at which ${t.label} was raised, newest first.`,
        meetings: meetingsOfTopic(meetings, t.id),
        lookup,
        fallbackUpdated,
      },
    }));
}

export const GET: APIRoute<Omit<FeedInput, 'site'>> = ({ props, site }) =>
  new Response(meetingsFeed({ ...props, site: site! }), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
