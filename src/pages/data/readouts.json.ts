import type { APIRoute } from 'astro';
import { collectionsData } from '../../loaders/collections.ts';
import { readoutsExportJson } from '../../archive/exports.ts';

export const GET: APIRoute = async ({ site }) => {
  const readouts = (await collectionsData()).readouts;
  const meetings = (await collectionsData()).meetings;
  return new Response(readoutsExportJson(readouts, meetings, site!), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
