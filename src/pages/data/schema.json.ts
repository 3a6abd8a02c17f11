import type { APIRoute } from 'astro';
import { exportsJsonSchema } from '../../archive/exports.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(exportsJsonSchema(new URL('/data/schema.json', site).href), null, 2), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
