import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { readoutCsvRows, readoutsCsv } from '../../archive/exports.ts';

export const GET: APIRoute = async ({ site }) => {
  const readouts = (await getCollection('readouts')).map((e) => e.data);
  const meetings = (await getCollection('meetings')).map((e) => e.data);
  return new Response(readoutsCsv(readoutCsvRows(readouts, meetings, site!)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
