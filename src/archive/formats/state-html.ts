// The State Department's press-release feed carries each release as an HTML body: `<p>` paragraphs, `<b>` or
// `<strong>` speaker labels, entities (`&#8217;`, `&nbsp;`), `<span style>` wrappers, `<wbr />`, hidden `<input>`s
// and at times an unclosed last paragraph. Read with the archive's HTML reader (`html-text.ts`), each paragraph
// becomes one piece of text that keeps the line it came from, so that messages point into the stored file.
import { htmlLines } from './html-text.ts';

export interface HtmlParagraph {
  text: string;
  /** 1-based lines of the file where the paragraph starts and ends. */
  start: number;
  end: number;
}

/** Whether a file holds a feed's HTML body rather than page text. */
export function isFeedHtml(lines: readonly string[]): boolean {
  const head = lines.slice(0, 40).join('\n');
  return /<p(?:\s[^>]*)?>/i.test(head) && /<\/p>|<p(?:\s[^>]*)?>\s*$/im.test(head);
}

/** The paragraphs of an HTML body, entities decoded and tags dropped; empty paragraphs are left out. */
export function htmlParagraphs(lines: readonly string[]): HtmlParagraph[] {
  const { lines: text, sourceLines } = htmlLines(lines.join('\n'));
  return text.flatMap((t, i) => (t ? [{ text: t, start: sourceLines[i]!, end: sourceLines[i]! }] : []));
}
