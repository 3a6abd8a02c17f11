// What a line of a saved page is, wherever it stands: a date line, page furniture, a photo caption, a numbered point.
import { isoOf, MONTH_NAME_PATTERN, monthNumber, type DateRead } from '../dates.ts';

const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const MONTH_FIRST_LINE = new RegExp(`^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?(${MONTH_NAME_PATTERN})\\.?\\s+${DAY},?\\s+(\\d{4})$`, 'i');
const DAY_FIRST_LINE = new RegExp(`^${DAY}\\s+(${MONTH_NAME_PATTERN})\\.?,?\\s+(\\d{4})$`, 'i');
const ISO_LINE = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})\.?$/;

/** A whole line that is a date: "July 14, 2023", "JULY 14, 2023", "22 September, 2009", "2023-11-26". */
export function readAnyDateLine(line: string): DateRead {
  const text = line.trim();
  let parts: [number, number, number] | undefined;
  let m = MONTH_FIRST_LINE.exec(text);
  if (m) parts = [Number(m[3]), monthNumber(m[1]!)!, Number(m[2])];
  else if ((m = DAY_FIRST_LINE.exec(text))) parts = [Number(m[3]), monthNumber(m[2]!)!, Number(m[1])];
  else if ((m = ISO_LINE.exec(text))) parts = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!parts) return undefined;
  const iso = isoOf(...parts);
  return iso ? { iso } : { impossible: text };
}

/** Navigation, share buttons, language links, "Back to ..." and "Page Top": on the page, never in the text. */
export const FURNITURE = new RegExp(
  [
    String.raw`^Back to .{1,100}$`,
    String.raw`^(?:Page Top|Back to Top|Top of Page|To Top|Go to Top|Top)$`,
    String.raw`^(?:Japanese|English|日本語|한국어|Korean|Japanese Page|Print|Share|Tweet|Facebook|Twitter|X|LINE|Email|E-mail|Copy Link|Font Size|Text Size|Sitemap|Site Map|Home|Main Menu|Menu|Search|Close|Open|Related Links?|Related Information|Related Articles?|Reference|Open a New Window|List|Previous|Next|Prev|Go to List)$`,
    String.raw`^(?:\(PDF\)|PDF|\[PDF\]).{0,40}$`,
  ].join('|'),
  'i',
);

/** The series a page is filed under: "Japan-Republic of Korea Relations", "Press Releases". */
export const SERIES = /^(?:[\p{L}.'’ -]{2,80} Relations|Press Releases?|Press Conferences?|Statements?|Speeches and Statements|Foreign Minister['’]s Visits?|Prime Minister['’]s Visits?|Regional Affairs|Diplomatic Bluebook|Index)$/iu;

/** Photo credits and captions MOFA prints above the lead. */
export const PHOTO = /^(?:[•・]\s*)?\(Photo\b|^Photo\s*(?:\d+\s*)?[:)]|\(Photo(?:\s*\d+)?\)|\(Photo: |^Photograph\b/i;

/** Words a document title uses: what kind of event or document it is. */
export const TITLE_WORDS = /\b(?:Meetings?|Talks?|Summit|Visit|Conferences?|Conversation|Consultations?|Dialogue|Statements?|Press Release|Calls?|Telephone|Luncheon|Dinner|Overview|Outline|Summary|Readout|Remarks|Communiqu[eé]|Declaration|Exchange|Dialogues?)\b/;

export interface Numbered {
  number?: string;
  text: string;
  top?: string;
}

/** "1. text", "1.Text", "(1) text", "2. (1) text", "1 Heading", "• text": the number as printed, and the text. */
export function readNumbered(line: string, top: string | undefined): Numbered {
  // Full-width digits and stops ("１．") read as their ASCII forms; only the numbering is normalised.
  const head = line.slice(0, 10).normalize('NFKC');
  let text = head.length === 10 || line.length < 10 ? head + line.slice(10) : line;
  text = text.replace(/^[•・▪◦●○■□◆◇*-]\s+(?=\S)/u, '');
  // The text starts at its first non-space, so the spaces before it are read one way only (lines come trimmed).
  let m = /^(\d{1,2})\.\s*\((\d{1,2})\)\s*(\S.*)$/.exec(text);
  if (m) return { number: `${m[1]}-${m[2]}`, text: m[3]!, top: m[1] };
  m = /^(\d{1,2})\.(?:\s+|(?=\p{Lu}))(\S.*)$/u.exec(text);
  if (m) return { number: m[1], text: m[2]!, top: m[1] };
  m = /^\((\d{1,2})\)\s*(\S.*)$/.exec(text);
  if (m) return { number: top ? `${top}-${m[1]}` : m[1], text: m[2]!, top };
  // "1 Heading" with no period: a short heading line numbered like a point.
  m = /^(\d{1,2})\s+([A-Z][^.]{0,100})$/.exec(text);
  if (m) return { number: m[1], text: m[2]!, top: m[1] };
  return { text, top };
}
