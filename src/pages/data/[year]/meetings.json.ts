// The meetings of one year: the whole-archive file split so that no file grows without bound.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { exportYears, meetingsExport } from '../../../archive/exports.ts';

export async function getStaticPaths() {
  return exportYears((await getCollection('meetings')).map((e) => e.data)).map((year) => ({ params: { year } }));
}

export const GET: APIRoute = async ({ site, params }) => {
  const data = meetingsExport((await getCollection('meetings')).map((e) => e.data), site!, params.year!);
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
