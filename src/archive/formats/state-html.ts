// The State Department's press-release feed carries each release as an HTML body: `<p>` paragraphs, `<b>` or
// `<strong>` speaker labels, entities (`&#8217;`, `&nbsp;`), `<span style>` wrappers, `<wbr />`, hidden `<input>`s
// and at times an unclosed last paragraph. Read with a maintained HTML parser, each paragraph becomes one piece of
// text that keeps the lines it came from, so that messages and line spans point into the stored file.
import { Parser } from 'htmlparser2';

export interface HtmlParagraph {
  text: string;
  /** 1-based lines of the file where the paragraph starts and ends. */
  start: number;
  end: number;
}

/** Tags that end one paragraph and begin another. */
const BLOCK = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'table', 'tr', 'td', 'th', 'section', 'article', 'header', 'footer', 'hr']);
/** Tags whose content is never text a reader sees. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template']);

/** Whether a file holds a feed's HTML body rather than page text. */
export function isFeedHtml(lines: readonly string[]): boolean {
  const head = lines.slice(0, 40).join('\n');
  return /<p(?:\s[^>]*)?>/i.test(head) && /<\/p>|<p(?:\s[^>]*)?>\s*$/im.test(head);
}

/** The paragraphs of an HTML body, entities decoded and tags dropped; empty paragraphs are left out. */
export function htmlParagraphs(lines: readonly string[]): HtmlParagraph[] {
  const source = lines.join('\n');
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) lineStarts.push(i + 1);
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

  const paragraphs: HtmlParagraph[] = [];
  let text = '';
  let start = 0;
  let end = 0;
  let hidden = 0;
  const flush = () => {
    const clean = text.replace(/[\s\u200b\u2060\ufeff]+/g, ' ').trim();
    if (clean) paragraphs.push({ text: clean, start, end: Math.max(start, end) });
    text = '';
    start = 0;
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (HIDDEN.has(name)) hidden++;
        if (BLOCK.has(name)) flush();
      },
      onclosetag(name) {
        if (HIDDEN.has(name)) hidden = Math.max(0, hidden - 1);
        if (BLOCK.has(name)) {
          flush();
        }
      },
      ontext(chunk) {
        if (hidden) return;
        const at = lineAt(parser.startIndex);
        if (!text.trim() && chunk.trim()) start = at + (chunk.match(/^\s*/)![0].match(/\n/g)?.length ?? 0);
        text += chunk;
        if (chunk.trim()) end = lineAt(parser.endIndex);
      },
    },
    { decodeEntities: true },
  );
  parser.write(source);
  parser.end();
  flush();
  return paragraphs;
}
