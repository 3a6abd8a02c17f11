import type { APIRoute } from 'astro';
import { collectionsData } from '../../loaders/collections.ts';
import { meetingsExport } from '../../archive/exports.ts';

export const GET: APIRoute = async ({ site }) => {
  const data = meetingsExport((await collectionsData()).meetings, site!);
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
