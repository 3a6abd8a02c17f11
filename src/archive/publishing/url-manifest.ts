// The record of every address the archive has published, and the plan that keeps each one working: an address may
// be added, never dropped. One that is no longer built needs a redirect, from content/redirects.yaml or worked out
// from the accounts themselves (an account is known by the verbatim file it publishes, wherever it moved).
import type { Redirect } from '../schema.ts';

/** Address → the verbatim file an account anchor publishes (undefined for every other address). */
export type Manifest = Map<string, string | undefined>;

/** Built files that are not addresses of the archive: hashed assets and the search index change every build. */
const NOT_ADDRESSES = /^(?:_astro\/|pagefind\/|_headers$|_redirects$)/;

/** The address a built file is served at ("meetings/x/index.html" → "/meetings/x/"), or undefined. */
export function addressOfFile(path: string): string | undefined {
  if (NOT_ADDRESSES.test(path)) return undefined;
  if (path === 'index.html') return '/';
  if (path.endsWith('/index.html')) return `/${path.slice(0, -'index.html'.length)}`;
  return `/${path}`;
}

export const pageOf = (address: string): string => address.split('#')[0]!;
const fragmentOf = (address: string): string | undefined => address.split('#')[1];
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** One address a line, sorted, so a change reads as a short diff; an account's line also names its file. */
export function formatManifest(manifest: Manifest): string {
  return [...manifest.keys()]
    .sort(compareText)
    .map((address) => (manifest.get(address) ? `${address} ${manifest.get(address)}` : address))
    .join('\n')
    .concat('\n');
}

export function parseManifest(text: string): Manifest {
  const manifest: Manifest = new Map();
  for (const line of text.split('\n')) {
    const [address, original] = line.trim().split(/\s+/);
    if (address) manifest.set(address, original);
  }
  return manifest;
}

/** What one build published. */
export interface BuiltAddresses {
  /** Pages, files and permanent anchors ("/meetings/x/#mofa-2"). */
  addresses: Set<string>;
  /** Account anchor → the verbatim file it publishes. */
  accounts: Map<string, string>;
}

export interface PageRedirect {
  from: string;
  to: string;
  /** Worked out from where the page's accounts went, rather than listed in redirects.yaml. */
  automatic: boolean;
  /** Each anchor of the old page and where it now is. */
  anchors: { id: string; to: string }[];
}

/** An old anchor id kept on its page, pointing at the element that now holds the passage. */
export interface Alias {
  page: string;
  id: string;
  target: string;
}

export interface AddressPlan {
  errors: string[];
  pages: PageRedirect[];
  /** Files (data, feeds, originals) that moved: only hosts' redirects can send them on. */
  files: { from: string; to: string }[];
  aliases: Alias[];
  /** The record to keep: every address ever published, with what this build added. */
  manifest: Manifest;
  added: string[];
}

/** A redirect page can send the reader on at once only when every anchor keeps its id on the new page. */
export function keepsFragments(redirect: PageRedirect): boolean {
  const target = pageOf(redirect.to);
  return !fragmentOf(redirect.to) && redirect.anchors.every((a) => a.to === `${target}#${a.id}`);
}

export function planAddresses(recorded: Manifest, built: BuiltAddresses, redirects: readonly Redirect[]): AddressPlan {
  const errors: string[] = [];
  const published = (address: string) => built.addresses.has(address);
  const explicit = new Map(redirects.map((r) => [r.from, r.to]));
  for (const r of redirects) {
    if (published(r.from)) errors.push(`content/redirects.yaml: ${r.from} is still published; a redirect would hide it`);
    if (!published(r.to)) errors.push(`content/redirects.yaml: ${r.from} redirects to ${r.to}, which this build does not publish`);
  }

  // Where each file's accounts now are. A file of several documents gives several accounts: the one meant is the one
  // that kept its id.
  const accountsOf = Map.groupBy(built.accounts.keys(), (address) => built.accounts.get(address)!);
  const accountNow = (address: string, original: string): string | undefined => {
    const now = accountsOf.get(original) ?? [];
    return now.length === 1 ? now[0] : now.find((a) => fragmentOf(a) === fragmentOf(address));
  };
  const movedAccount = new Map<string, string>();
  for (const [address, original] of recorded) {
    if (!original) continue;
    const now = accountNow(address, original);
    if (published(address)) {
      const shown = built.accounts.get(address);
      if (shown && shown !== original) errors.push(`${address} published the account of ${original} and now shows ${shown}: an anchor must keep its passage`);
    } else if (now) movedAccount.set(address, now);
  }

  // Old accounts of each page, longest id first so "state-remarks-p1" belongs to "state-remarks", not "state".
  const oldAccounts = new Map<string, string[]>();
  for (const [address, original] of recorded) {
    if (!original) continue;
    const page = pageOf(address);
    oldAccounts.set(page, [...(oldAccounts.get(page) ?? []), fragmentOf(address)!]);
  }
  for (const ids of oldAccounts.values()) ids.sort((a, b) => b.length - a.length);

  const pageTarget = new Map<string, { to: string; automatic: boolean }>();
  for (const address of recorded.keys()) {
    if (address.includes('#') || !address.endsWith('/') || published(address)) continue;
    const to = explicit.get(address);
    if (to) {
      pageTarget.set(address, { to, automatic: false });
      continue;
    }
    const accounts = oldAccounts.get(address) ?? [];
    const targets = new Set(accounts.map((id) => movedAccount.get(`${address}#${id}`)).map((a) => a && pageOf(a)));
    const [only] = targets;
    if (accounts.length && targets.size === 1 && only && published(only)) pageTarget.set(address, { to: only, automatic: true });
  }

  // Addresses named after a moved page follow it: its preview image (/og/<slug>.png) and its sub-pages.
  const slugMoves: [string, string][] = [];
  for (const [from, { to }] of pageTarget) {
    const [a, b] = [from, to].map((p) => /^(.*\/)([^/]+)\/$/.exec(p));
    if (a && b && !to.includes('#') && a[1] === b[1]) slugMoves.push([a[2]!, b[2]!]);
  }
  const followsSlug = (address: string): string | undefined => {
    for (const [a, b] of slugMoves) {
      const candidate = address.replace(new RegExp(`/${escapeRegExp(a)}(?=[/.])`), `/${b}`);
      if (candidate !== address && published(candidate)) return candidate;
    }
    return undefined;
  };
  for (const address of recorded.keys()) {
    if (address.includes('#') || !address.endsWith('/') || published(address) || pageTarget.has(address)) continue;
    const to = followsSlug(address);
    if (to) pageTarget.set(address, { to, automatic: true });
  }

  const anchorTarget = (address: string): string | undefined => {
    const to = explicit.get(address);
    if (to) return to;
    const page = pageOf(address);
    const id = fragmentOf(address)!;
    const account = oldAccounts.get(page)?.find((a) => id === a || id.startsWith(`${a}-`));
    const moved = account && movedAccount.get(`${page}#${account}`);
    if (moved) {
      const candidate = `${moved}${id.slice(account.length)}`;
      if (published(candidate)) return candidate;
    }
    const pageTo = pageTarget.get(page);
    if (pageTo && !fragmentOf(pageTo.to) && published(`${pageTo.to}#${id}`)) return `${pageTo.to}#${id}`;
    return undefined;
  };

  const pages = new Map<string, PageRedirect>();
  for (const [from, { to, automatic }] of pageTarget) pages.set(from, { from, to, automatic, anchors: [] });
  const files: AddressPlan['files'] = [];
  const aliases: Alias[] = [];
  for (const address of recorded.keys()) {
    if (published(address)) continue;
    const page = pageOf(address);
    if (!address.includes('#')) {
      if (pageTarget.has(address)) continue;
      const to = explicit.get(address) ?? followsSlug(address);
      if (to && !address.endsWith('/')) files.push({ from: address, to });
      else errors.push(`${address} was published and is gone: list it in content/redirects.yaml with where it went`);
      continue;
    }
    const to = anchorTarget(address);
    const id = fragmentOf(address)!;
    if (!to) {
      errors.push(`${address} was published and is gone: list it in content/redirects.yaml with where it went`);
    } else if (pages.has(page)) {
      pages.get(page)!.anchors.push({ id, to });
    } else if (published(page) && pageOf(to) === page) {
      aliases.push({ page, id, target: fragmentOf(to)! });
    } else {
      errors.push(`${address} moved to ${to} while its page stays: an anchor can only move within its page`);
    }
  }

  const manifest: Manifest = new Map(recorded);
  const added: string[] = [];
  for (const address of built.addresses) {
    if (!recorded.has(address)) added.push(address);
    manifest.set(address, built.accounts.get(address) ?? recorded.get(address));
  }
  const sorted = [...pages.values()].sort((a, b) => compareText(a.from, b.from));
  for (const p of sorted) p.anchors.sort((a, b) => compareText(a.id, b.id));
  return { errors, pages: sorted, files, aliases, manifest, added: added.sort(compareText) };
}
