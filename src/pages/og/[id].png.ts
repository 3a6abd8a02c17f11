// One preview image per meeting, drawn at build time.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { longDate, PUBLISHER_SHORT } from '../../archive/labels.ts';
import { previewCard } from '../../archive/preview-card.ts';
import type { Meeting } from '../../archive/schema.ts';

export const getStaticPaths = (async () => {
  const countries = new Map((await getCollection('countries')).map((e) => [e.id, e.data]));
  return (await getCollection('meetings')).map(({ data: meeting }) => ({
    params: { id: meeting.id },
    props: { meeting, countryNames: meeting.countries.map((c) => countries.get(c)?.name ?? c) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ meeting: Meeting; countryNames: string[] }> = async ({ props: { meeting, countryNames } }) => {
  const place = meeting.location ? ` · ${meeting.location.city ?? meeting.location.text}` : '';
  const accounts = meeting.readouts.length;
  const png = await previewCard({
    title: meeting.title,
    date: `${longDate(meeting.date)}${place}`,
    countries: countryNames.join(' · '),
    footer: `Readout Archive · ${accounts} account${accounts === 1 ? '' : 's'}: ${meeting.publishers.map((p) => PUBLISHER_SHORT[p]).join(', ')}`,
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
