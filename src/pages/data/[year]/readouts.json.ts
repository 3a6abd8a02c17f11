// The readouts of one year's meetings: the whole-archive file split so that no file grows without bound.
import type { APIRoute } from 'astro';
import { collectionsData } from '../../../loaders/collections.ts';
import { readoutsExportJson, yearRoutes } from '../../../archive/exports.ts';

// Each year's key digests its records, so a rebuild writes only the years whose records changed.
export async function getStaticPaths() {
  const { meetings, readouts } = await collectionsData();
  return yearRoutes(meetings, readouts);
}

export const GET: APIRoute = async ({ site, params }) => {
  const readouts = (await collectionsData()).readouts;
  const meetings = (await collectionsData()).meetings;
  return new Response(readoutsExportJson(readouts, meetings, site!, params.year!), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
