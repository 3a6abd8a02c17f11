// A saved page or a feed's HTML body, read with a maintained HTML parser into the lines a reader sees: one line per
// paragraph, heading or list item, a blank line between them, and for each line the line of the file it came from.
// What a page shows around its text and no reader needs (scripts, navigation, forms, share buttons, hidden inputs,
// tag lists) is left out of the lines, never out of the original, which is kept byte for byte.
import { Parser } from 'htmlparser2';

export interface HtmlLines {
  lines: string[];
  /** For each line, the 1-based line of the HTML file where its text starts. */
  sourceLines: number[];
}

/** Tags that end one block of text and begin another. */
const BLOCK = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'tr', 'td', 'th',
  'section', 'article', 'main', 'figure', 'figcaption', 'hr', 'title', 'caption', 'address', 'center',
]);
/** Tags whose content is never the text of a readout. */
const FURNITURE = new Set(['script', 'style', 'noscript', 'template', 'nav', 'form', 'button', 'select', 'textarea', 'svg', 'iframe', 'object', 'canvas', 'head', 'menu', 'dialog']);
/** Classes and ids of page furniture on the publishers' sites. */
const FURNITURE_NAME = /(?:^|[\s_-])(?:breadcrumbs?|share|sharing|social|skip|menu|navbar|nav|gnb|lnb|snb|site-header|site-footer|footer|usa-banner|banner|tags?|related|print|sns|pagination|cookie|modal|sr-only|visually-hidden)(?:$|[\s_-])/i;

function isFurniture(name: string, attributes: Record<string, string>): boolean {
  if (FURNITURE.has(name)) return true;
  if ('hidden' in attributes || attributes['aria-hidden'] === 'true') return true;
  if (name === 'input') return true;
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(attributes.style ?? '')) return true;
  return FURNITURE_NAME.test(`${attributes.class ?? ''} ${attributes.id ?? ''} ${attributes.role === 'navigation' ? 'nav' : ''}`);
}

/** Elements that never have content or a closing tag: they must not open a furniture scope. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** Whether bytes look like HTML rather than page text: markup in the first lines. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4000);
  return /^\s*(?:<!doctype html|<html|<head|<body|<p[\s>]|<div[\s>]|<article[\s>])/i.test(head) || (head.match(/<\/?(?:p|div|span|br|b|strong|a|li|h\d)(?:\s[^>]*)?>/gi)?.length ?? 0) >= 3;
}

export function htmlLines(text: string): HtmlLines {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const lineAt = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };

  const out: HtmlLines = { lines: [], sourceLines: [] };
  let current = '';
  let currentLine = 0;
  // Depths of open furniture elements, by tag name, so that their content is skipped until they close.
  const furniture: string[] = [];
  const flush = () => {
    const clean = current.replace(/[\s\u200b\u2060\ufeff\u200e\u200f]+/g, ' ').trim();
    if (clean) {
      if (out.lines.length) {
        out.lines.push('');
        out.sourceLines.push(currentLine);
      }
      out.lines.push(clean);
      out.sourceLines.push(currentLine);
    }
    current = '';
    currentLine = 0;
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (furniture.length) {
          if (!VOID.has(name)) furniture.push(name);
          return;
        }
        if (isFurniture(name, attributes)) {
          flush();
          if (!VOID.has(name)) furniture.push(name);
          return;
        }
        if (BLOCK.has(name)) flush();
      },
      onclosetag(name) {
        if (furniture.length) {
          if (!VOID.has(name)) furniture.pop();
          return;
        }
        if (BLOCK.has(name)) flush();
      },
      ontext(data) {
        if (furniture.length) return;
        if (!currentLine && data.trim()) currentLine = lineAt(parser.startIndex + (data.length - data.trimStart().length));
        current += data;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(text);
  parser.end();
  flush();
  return out;
}
