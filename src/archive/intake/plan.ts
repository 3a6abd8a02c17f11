// Where each imported document goes: a new numbered file, or nowhere when the archive already holds it. A file in
// the archive is never overwritten: importing the same item again changes nothing.
import { slugOf } from '../enrichment/world-countries.ts';

export interface Held {
  /** File names in readouts/. */
  names: string[];
  /** SHA-256 of each file in readouts/, by name. */
  sha256: Map<string, string>;
  /** Source addresses recorded in sources.yaml, by file name. */
  urls: Map<string, string>;
}

export interface Candidate {
  sha256: string;
  extension: 'html' | 'txt';
  url?: string;
  title?: string;
}

export type Placement = { name: string } | { skip: string };

/** The slug of an address's last path segment, or of the title: "secretary-blinkens-call-with-...". */
function stemOf(candidate: Candidate): string {
  const fromUrl = candidate.url ? new URL(candidate.url).pathname.split('/').filter(Boolean).at(-1) : undefined;
  const stem = slugOf(fromUrl?.replace(/\.[a-z]+$/i, '') ?? candidate.title ?? 'readout');
  return stem.slice(0, 60).replace(/-+$/, '') || 'readout';
}

export class Planner {
  private next: number;
  private readonly width: number;
  private readonly byHash = new Map<string, string>();
  private readonly byUrl = new Map<string, string>();

  constructor(held: Held) {
    const numbers = held.names.map((n) => /^(\d+)_/.exec(n)).filter((m): m is RegExpExecArray => Boolean(m));
    this.next = Math.max(-1, ...numbers.map((m) => Number(m[1]))) + 1;
    this.width = Math.max(3, ...numbers.map((m) => m[1]!.length));
    for (const [name, hash] of held.sha256) this.byHash.set(hash, name);
    for (const [name, url] of held.urls) this.byUrl.set(url, name);
  }

  place(candidate: Candidate): Placement {
    const same = this.byHash.get(candidate.sha256);
    if (same) return { skip: `already in the archive as ${same}` };
    const other = candidate.url ? this.byUrl.get(candidate.url) : undefined;
    if (other) return { skip: `another text of ${candidate.url} is already in the archive as ${other}; it is not replaced` };
    const name = `${String(this.next++).padStart(this.width, '0')}_${stemOf(candidate)}.${candidate.extension}`;
    this.byHash.set(candidate.sha256, name);
    if (candidate.url) this.byUrl.set(candidate.url, name);
    return { name };
  }
}
