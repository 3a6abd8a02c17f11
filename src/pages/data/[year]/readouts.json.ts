// The readouts of one year's meetings: the whole-archive file split so that no file grows without bound.
import type { APIRoute } from 'astro';
import { collectionsData } from '../../../loaders/collections.ts';
import { exportYears, readoutsExportJson } from '../../../archive/exports.ts';

export async function getStaticPaths() {
  return exportYears((await collectionsData()).meetings).map((year) => ({ params: { year } }));
}

export const GET: APIRoute = async ({ site, params }) => {
  const readouts = (await collectionsData()).readouts;
  const meetings = (await collectionsData()).meetings;
  return new Response(readoutsExportJson(readouts, meetings, site!, params.year!), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
