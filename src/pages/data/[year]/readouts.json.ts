// The readouts of one year's meetings: the whole-archive file split so that no file grows without bound.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { exportYears, readoutsExport } from '../../../archive/exports.ts';

export async function getStaticPaths() {
  return exportYears((await getCollection('meetings')).map((e) => e.data)).map((year) => ({ params: { year } }));
}

export const GET: APIRoute = async ({ site, params }) => {
  const readouts = (await getCollection('readouts')).map((e) => e.data);
  const meetings = (await getCollection('meetings')).map((e) => e.data);
  return new Response(JSON.stringify(readoutsExport(readouts, meetings, site!, params.year!)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
