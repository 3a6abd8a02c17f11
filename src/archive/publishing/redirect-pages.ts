// What a redirect is published as: a static page any host serves (a refresh plus a visible link, no script, so the
// CSP has nothing to allow), a line of _redirects for hosts that answer with a real 301, and alias ids for anchors
// that moved within a page.
import { keepsFragments, type Alias, type AddressPlan, type PageRedirect } from './url-manifest.ts';

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The page left at an old address. It sends the reader on at once only when every old anchor has the same id on the
 * new page; otherwise a refresh would open the wrong passage, so it lists each anchor, under its old id, with a link
 * to where it went (a link to "#mofa-2" lands on that entry).
 */
export function redirectPage(redirect: PageRedirect, origin: string): string {
  const to = escapeHtml(redirect.to);
  const refresh = keepsFragments(redirect) ? `<meta http-equiv="refresh" content="0; url=${to}">\n` : '';
  const anchors = redirect.anchors.length
    ? `<ul>\n${redirect.anchors.map((a) => `<li id="${escapeHtml(a.id)}"><a href="${escapeHtml(a.to)}">#${escapeHtml(a.id)}</a> is now <a href="${escapeHtml(a.to)}">${escapeHtml(a.to)}</a></li>`).join('\n')}\n</ul>\n`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Moved to ${to}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
${refresh}<link rel="canonical" href="${escapeHtml(new URL(redirect.to, origin).href)}">
</head>
<body>
<main>
<h1>This page has moved</h1>
<p>It is now at <a href="${to}">${to}</a>.</p>
${anchors}</main>
</body>
</html>
`;
}

/**
 * _redirects (Netlify, Cloudflare Pages): a permanent redirect for every moved page whose anchors keep their ids
 * (browsers carry the #fragment over a 301) and every moved file. A page whose anchors changed ids is left to its
 * redirect page, since a host never sees the fragment it would have to translate.
 */
export function redirectsFile(plan: Pick<AddressPlan, 'pages' | 'files'>): string {
  const lines = [
    ...plan.pages.filter(keepsFragments).map((p) => `${p.from} ${p.to} 301`),
    ...plan.files.map((f) => `${f.from} ${f.to} 301`),
  ];
  return lines.length ? `${lines.join('\n')}\n` : '';
}

export const ALIAS_CLASS = 'anchor-alias';
/** Alias elements exactly as insertAliases writes them. */
const ALIAS_ELEMENT = new RegExp(`<span id="[^"]*" class="${ALIAS_CLASS}"></span>`, 'g');

/**
 * Puts an empty element with each old id at the start of the element that now holds its passage. Aliases already on
 * the page (a page kept from the last build) are taken out first, so the page ends with exactly these.
 */
export function insertAliases(html: string, aliases: readonly Pick<Alias, 'id' | 'target'>[]): { html: string; missing: string[] } {
  let out = html.replace(ALIAS_ELEMENT, '');
  const missing: string[] = [];
  for (const alias of aliases) {
    const at = out.indexOf(` id="${escapeHtml(alias.target)}"`);
    const end = at < 0 ? -1 : out.indexOf('>', at);
    if (end < 0) {
      missing.push(alias.target);
      continue;
    }
    out = `${out.slice(0, end + 1)}<span id="${escapeHtml(alias.id)}" class="${ALIAS_CLASS}"></span>${out.slice(end + 1)}`;
  }
  return { html: out, missing };
}
