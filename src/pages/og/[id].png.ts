// One preview image per meeting, drawn at build time on every core and reused from the cache when unchanged.
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { longDate, PUBLISHER_SHORT } from '../../archive/labels.ts';
import { cardKey, type CardText } from '../../archive/publishing/cards/card.ts';
import { sharedPreviewPool } from '../../archive/publishing/cards/pool.ts';
import type { Meeting } from '../../archive/schema.ts';
import { collectionsData } from '../../loaders/collections.ts';

function cardText(meeting: Meeting, countryNames: string[]): CardText {
  const place = meeting.location ? ` · ${meeting.location.city ?? meeting.location.text}` : '';
  const accounts = meeting.readouts.length;
  return {
    title: meeting.title,
    date: `${longDate(meeting.date)}${place}`,
    countries: countryNames.join(' · '),
    footer: `Readout Archive · ${accounts} account${accounts === 1 ? '' : 's'}: ${meeting.publishers.map((p) => PUBLISHER_SHORT[p]).join(', ')}`,
  };
}

export const getStaticPaths = (async () => {
  const data = await collectionsData();
  const countries = new Map(data.countries.map((c) => [c.id, c]));
  const pool = sharedPreviewPool();
  return data.meetings.map((meeting) => {
    // Every card is queued now, so the workers draw ahead while the pages before them are written.
    const text = cardText(meeting, meeting.countries.map((c) => countries.get(c)?.name ?? c));
    const png = pool.card(text);
    png.catch(() => {}); // Awaited by the page below; this only keeps an early failure from going unhandled meanwhile.
    return { params: { id: meeting.id }, props: { png }, cacheKey: cardKey(text) };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ png: Promise<string> }> = async ({ props: { png } }) =>
  new Response(new Uint8Array(readFileSync(await png)), { headers: { 'Content-Type': 'image/png' } });
