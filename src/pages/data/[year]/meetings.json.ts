// The meetings of one year: the whole-archive file split so that no file grows without bound.
import type { APIRoute } from 'astro';
import { collectionsData } from '../../../loaders/collections.ts';
import { exportYears, meetingsExportJson } from '../../../archive/exports.ts';

export async function getStaticPaths() {
  return exportYears((await collectionsData()).meetings).map((year) => ({ params: { year } }));
}

export const GET: APIRoute = async ({ site, params }) => {
  const data = meetingsExportJson((await collectionsData()).meetings, site!, params.year!);
  return new Response(data, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
