// A page's key for incremental builds: a digest of everything the page is made from, so an unchanged key means an
// unchanged page and the build may reuse the last one. Maps and sets count by their entries, which JSON would drop.
import { createHash } from 'node:crypto';

const entries = (_key: string, value: unknown): unknown =>
  value instanceof Map ? { map: [...value] } : value instanceof Set ? { set: [...value] } : value;

/** One key for the given parts, in order; pass a key made once for data every page shares rather than the data. */
export function cacheKey(...parts: unknown[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(JSON.stringify(part, entries) ?? 'undefined').update('\u0000');
  return hash.digest('base64url');
}

/**
 * Routes with a key each, digesting the route's params and props and any `extra` the page reads besides its props:
 * a browse page is made from those alone, so an unchanged key means an unchanged page.
 */
export function keyedRoutes<R extends { params: object; props: object }>(routes: readonly R[], extra?: (route: R) => unknown): { params: R['params']; props: R['props']; cacheKey: string }[] {
  return routes.map((r) => ({ params: r.params, props: r.props, cacheKey: cacheKey(r.params, r.props, extra?.(r)) }));
}
