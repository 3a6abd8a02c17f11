import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { meetingsExport } from '../../archive/exports.ts';

export const GET: APIRoute = async ({ site }) => {
  const data = meetingsExport((await getCollection('meetings')).map((e) => e.data), site!);
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
