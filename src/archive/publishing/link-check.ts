// Every internal link and #fragment of a built site must resolve. Pages are added one at a time as they are read;
// only their ids and each distinct link target are kept, so checking stays linear in the size of the site.
import type { PageScan } from './page-scan.ts';

export class LinkCheck {
  private readonly addresses = new Set<string>();
  private readonly ids = new Map<string, Set<string>>();
  /** Each distinct target, with the first page that links to it. */
  private readonly links = new Map<string, string>();

  /** A file served at `address` (an original, a feed, an image). */
  addFile(address: string): void {
    this.addresses.add(address);
  }

  addPage(address: string, scan: Pick<PageScan, 'ids' | 'links'>): void {
    this.addresses.add(address);
    this.ids.set(address, scan.ids);
    for (const link of scan.links) if (!this.links.has(link)) this.links.set(link, address);
  }

  /** "page: target (what is wrong)" for every link that does not resolve. */
  broken(): string[] {
    const problems: string[] = [];
    for (const [target, from] of this.links) {
      const [path, fragment] = splitFragment(target);
      if (!this.addresses.has(path)) problems.push(`${from}: ${target} (no such address)`);
      else if (fragment && !this.ids.get(path)?.has(fragment)) problems.push(`${from}: ${target} (no element with id "${fragment}")`);
    }
    return problems.sort();
  }

  get linkCount(): number {
    return this.links.size;
  }
}

function splitFragment(target: string): [string, string | undefined] {
  const at = target.indexOf('#');
  return at < 0 ? [target, undefined] : [target.slice(0, at), target.slice(at + 1) || undefined];
}
