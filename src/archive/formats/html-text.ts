// A saved page or a feed's HTML body, read with a maintained HTML tokenizer (parse5's, linear however deep the
// nesting: a tree builder is not needed to know where a paragraph ends) into the lines a reader sees: one line per
// paragraph, heading or list item, a blank line between them, and for each line the line of the file it came from.
// What a page shows around its text and no reader needs (scripts, navigation, forms, share buttons, hidden inputs,
// tag lists) is left out of the lines, never out of the original, which is kept byte for byte.
import { SAXParser } from 'parse5-sax-parser';

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
const FURNITURE = new Set(['script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'textarea', 'svg', 'iframe', 'object', 'canvas', 'head', 'menu', 'dialog']);
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

export function htmlLines(text: string): HtmlLines {
  const out: HtmlLines = { lines: [], sourceLines: [] };
  let current = '';
  let currentLine = 0;
  // Open furniture elements, by tag name, so that their content is skipped until they close.
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
  const parser = new SAXParser({ sourceCodeLocationInfo: true });
  parser.on('startTag', (tag) => {
    const name = tag.tagName;
    const selfClosing = tag.selfClosing || VOID.has(name);
    if (furniture.length) {
      if (!selfClosing) furniture.push(name);
      return;
    }
    const attributes = Object.fromEntries(tag.attrs.map((a) => [a.name, a.value]));
    if (isFurniture(name, attributes)) {
      flush();
      if (!selfClosing) furniture.push(name);
      return;
    }
    if (BLOCK.has(name)) flush();
  });
  parser.on('endTag', (tag) => {
    if (furniture.length) {
      // A stray end tag inside furniture closes the nearest open element of its name, if any.
      // Only the nearest few are looked at, so that deep nesting stays linear.
      for (let at = furniture.length - 1; at >= Math.max(0, furniture.length - 64); at--) {
        if (furniture[at] === tag.tagName) {
          furniture.length = at;
          break;
        }
      }
      return;
    }
    if (BLOCK.has(tag.tagName)) flush();
  });
  parser.on('text', (t) => {
    if (furniture.length) return;
    if (!currentLine && t.text.trim()) currentLine = (t.sourceCodeLocation?.startLine ?? 1) + (t.text.slice(0, t.text.length - t.text.trimStart().length).match(/\n/g)?.length ?? 0);
    current += t.text;
  });
  // parse5's stream emits every event synchronously within end().
  parser.end(text);
  flush();
  return out;
}
