import type { APIRoute } from 'astro';
import { collectionsData } from '../../loaders/collections.ts';
import { meetingsExportJson } from '../../archive/exports.ts';

export const GET: APIRoute = async ({ site }) => {
  const data = meetingsExportJson((await collectionsData()).meetings, site!);
  return new Response(data, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
