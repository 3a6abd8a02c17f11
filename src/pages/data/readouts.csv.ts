import type { APIRoute } from 'astro';
import { collectionsData } from '../../loaders/collections.ts';
import { readoutCsvRows, readoutsCsv } from '../../archive/exports.ts';

export const GET: APIRoute = async ({ site }) => {
  const readouts = (await collectionsData()).readouts;
  const meetings = (await collectionsData()).meetings;
  return new Response(readoutsCsv(readoutCsvRows(readouts, meetings, site!)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
