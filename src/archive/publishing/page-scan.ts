// Reads what the address checks need out of one built HTML page in a single pass over its tags: the ids, the
// permanent anchors (accounts and paragraphs), the internal links and the Content Security Policy. Pages are read one
// at a time and dropped, so a build of any size holds only these small summaries.
import { ALIAS_CLASS } from './redirect-pages.ts';

export interface PermanentAnchor {
  id: string;
  /** For an account: the verbatim file it publishes ("/originals/003_x.txt"), which tells where it went later. */
  original?: string;
}

export interface PageScan {
  ids: Set<string>;
  anchors: PermanentAnchor[];
  /** Internal links as written, made site-absolute ("/meetings/x/#mofa-2", "/og/x.png"). */
  links: string[];
  csp?: string;
  /** Whether the page carries alias ids, put there by an earlier build's address check. */
  aliases?: true;
}

// A tag is "<name ...>"; built pages escape ">" inside attribute values, so the first ">" ends the tag.
const TAG = /<([a-zA-Z][a-zA-Z0-9-]*)(\s[^>]*)?>/g;
const ATTRIBUTE = /([^\s=/"'>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
const RAW_TEXT = new Set(['script', 'style']);
/** A tag that may carry an id: one of its attributes is named id (a value that reads so only costs a full read). */
const ID_ATTRIBUTE = /(?:^|\s)id\s*=/i;
const LINK_ATTRIBUTES = new Set(['href', 'src']);
/** Elements whose ids are permanent addresses: a meeting page's accounts and their paragraphs. */
const PERMANENT_CLASSES = new Set(['account', 'paragraph']);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" };
const decode = (value: string): string => value.replace(/&(amp|lt|gt|quot|apos|#39|#x27);/g, (_, name: string) => ENTITIES[name]!);

function attributesOf(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const m of text.matchAll(ATTRIBUTE)) attributes.set(m[1]!.toLowerCase(), decode(m[2] ?? m[3] ?? m[4] ?? ''));
  return attributes;
}

/**
 * Resolves a link found on the page at `pagePath` to a site path with its fragment, or undefined when it leaves the
 * site (another origin, mailto:, data:). `origin` is the site's own origin: canonical and preview addresses use it.
 */
export function internalTarget(raw: string, pagePath: string, origin: string): string | undefined {
  const value = raw.trim();
  if (!value || value.startsWith('//')) return undefined;
  try {
    const url = new URL(value, new URL(pagePath, origin));
    if (url.origin !== origin) return undefined;
    return `${decodeURI(url.pathname)}${url.hash ? `#${decodeURIComponent(url.hash.slice(1))}` : ''}`;
  } catch {
    // A malformed address is kept as written, so the link check reports it.
    return value;
  }
}

export interface ScanOptions {
  /**
   * Whether to list the page's internal links (default true). The build's address check needs only ids, anchors and
   * the policy: without links, a tag with no id is passed over unread, unless it may be an account's original.
   */
  links?: boolean;
}

export function scanPage(html: string, pagePath: string, origin: string, { links = true }: ScanOptions = {}): PageScan {
  const scan: PageScan = { ids: new Set(), anchors: [], links: [] };
  let account: PermanentAnchor | undefined;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const name = m[1]!.toLowerCase();
    if (!links && !ID_ATTRIBUTE.test(m[2] ?? '') && name !== 'meta' && !(name === 'a' && account && !account.original)) {
      if (RAW_TEXT.has(name)) skipRawText(html, name);
      continue;
    }
    const attributes = attributesOf(m[2] ?? '');
    const id = attributes.get('id');
    if (id) {
      scan.ids.add(id);
      const classes = (attributes.get('class') ?? '').split(/\s+/);
      if (classes.includes(ALIAS_CLASS)) scan.aliases = true;
      const permanent = classes.find((c) => PERMANENT_CLASSES.has(c));
      if (permanent) {
        const anchor: PermanentAnchor = { id };
        scan.anchors.push(anchor);
        if (permanent === 'account') account = anchor;
      }
    }
    if (name === 'meta' && attributes.get('http-equiv')?.toLowerCase() === 'content-security-policy') scan.csp = attributes.get('content');
    // Preview images and canonical links name the site by its full address.
    const values = [...LINK_ATTRIBUTES].map((a) => attributes.get(a)).concat(name === 'meta' ? [attributes.get('content')] : []);
    for (const value of values) {
      if (value === undefined || (name === 'meta' && !value.startsWith(origin))) continue;
      if (!links && name !== 'a') continue;
      const target = internalTarget(value, pagePath, origin);
      if (target === undefined) continue;
      if (links) scan.links.push(target);
      if (account && !account.original && name === 'a' && target.startsWith('/originals/') && !target.endsWith('/')) account.original = target;
    }
    if (RAW_TEXT.has(name)) skipRawText(html, name);
  }
  return scan;
}

/** Script and style bodies are not markup: the scan goes on from their end tag. */
function skipRawText(html: string, name: string): void {
  const end = html.indexOf(`</${name}`, TAG.lastIndex);
  TAG.lastIndex = end < 0 ? html.length : end;
}
