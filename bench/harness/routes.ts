// Time per kind of page, read off the build log's "├─ /path (+12ms)" lines: whether a kind of page costs the same
// at every size (linear) or more per page as the archive grows.

export interface RouteTime {
  pages: number;
  ms: number;
  /** Pages an incremental build copied from its last output instead of writing them. */
  cached?: number;
}

/** Astro writes a page's time as "12ms", "1.23s" or "1m 5s". */
const PAGE_LINE = /[├└]─ (\/\S*) \(\+(?:(\d+)m )?(\d+(?:\.\d+)?)(ms|s)\)/;
const CACHED_LINE = /[├└]─ (\/\S*) +\((?:cached|restored)\)/;
/** Path segments that name a kind of page rather than one page of it. */
const KEEP = /^(?:index\.html|compare|page|feed\.xml|readouts|meetings)$|^(?:meetings|readouts)\.(?:json|csv)$/;

/**
 * "/meetings/2023-07-14-japan-us-rok/compare/index.html" → "/meetings/*\/compare/index.html". The first segment
 * names a section, unless it is a page of its own named with a number (the floor's one page per source file).
 */
export function routeKind(path: string): string {
  const segments = path.split('/');
  const last = segments.length - 1;
  const named = (seg: string, i: number) => seg === '' || (i === 1 && (i === last || !/\d{3}/.test(seg))) || KEEP.test(seg);
  const kind = (seg: string, i: number) => (named(seg, i) ? seg : /^\d{4}$/.test(seg) ? '<year>' : i === last && seg.includes('.') ? `*${seg.slice(seg.lastIndexOf('.'))}` : '*');
  return segments.map(kind).join('/');
}

export class RouteTimes {
  readonly kinds: Record<string, RouteTime> = {};

  /** One line of the build's log, its colour codes already removed (`measure` does that). */
  line(line: string): void {
    const c = CACHED_LINE.exec(line);
    if (c) {
      const t = (this.kinds[routeKind(c[1]!)] ??= { pages: 0, ms: 0 });
      t.cached = (t.cached ?? 0) + 1;
      return;
    }
    const m = PAGE_LINE.exec(line);
    if (!m) return;
    const kind = routeKind(m[1]!);
    const t = (this.kinds[kind] ??= { pages: 0, ms: 0 });
    t.pages += 1;
    t.ms += Number(m[2] ?? 0) * 60_000 + Number(m[3]) * (m[4] === 's' ? 1000 : 1);
  }
}
