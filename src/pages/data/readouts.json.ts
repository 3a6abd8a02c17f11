import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { readoutsExport } from '../../archive/exports.ts';

export const GET: APIRoute = async ({ site }) => {
  const readouts = (await getCollection('readouts')).map((e) => e.data);
  const meetings = (await getCollection('meetings')).map((e) => e.data);
  return new Response(JSON.stringify(readoutsExport(readouts, meetings, site!)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
