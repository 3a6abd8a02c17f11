// The verbatim source files, byte for byte, at permanent addresses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { contentDirFromEnv } from '../../archive/content-dir.ts';
import { originalName } from '../../archive/labels.ts';
import { collectionsData } from '../../loaders/collections.ts';

export const getStaticPaths = (async () => {
  // Each file once (a file may hold several readouts), keyed by the digest of its bytes: a rebuild copies it unchanged.
  const files = new Map((await collectionsData()).readouts.map((r) => [r.file, r.sha256]));
  return [...files].map(([file, sha256]) => ({ params: { file: originalName(file) }, props: { source: file }, cacheKey: sha256 }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const bytes = readFileSync(join(contentDirFromEnv(), 'readouts', (props as { source: string }).source));
  return new Response(bytes, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
