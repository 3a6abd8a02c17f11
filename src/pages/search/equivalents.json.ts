import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { equivalentNames } from '../../archive/search/equivalents.ts';

// Fetched by the search page to expand queries; a separate file keeps the page light and is cached on its own.
export const GET: APIRoute = async () => {
  const data = equivalentNames((await getCollection('countries')).map((e) => e.data), (await getCollection('people')).map((e) => e.data));
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
