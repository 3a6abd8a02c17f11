// What a line of a State Department text is, wherever it stands: the .gov banner, the 2017-2021 archive notice, a
// breadcrumb, a kind label, a byline, a venue or city line, a date line, an attribution, a speaker label, a footer,
// or a reposting site's furniture. Each test looks at the line alone; the module decides by where it stands.
import { isoOf, MONTH_NAME_PATTERN } from '../dates.ts';
import type { DateRead } from '../dates.ts';
import { FURNITURE, readAnyDateLine } from './page-lines.ts';

/** The .gov banner and the lines that explain it, as state.gov and its archives print them. */
export const BANNER = /^(?:Flag$|An official website of the United States government\b|Here['’]s how you know$|Official websites use \.gov$|A \.gov website belongs to an official government organization\b|Secure \.gov websites use HTTPS$|A lock \(.{0,20}\) or https:\/\/ means\b)/i;

/** The 2017-2021 archive's notice (its link text is lost in saved text). */
const ARCHIVE_NOTICE = /^(?:You are viewing ARCHIVED CONTENT\b|Content in this archive site is NOT UPDATED\b|For current information, go to\b)/i;

/** Footers and page chrome of state.gov and of the sites that repost its texts. */
const SITE_FURNITURE = new RegExp(
  [
    String.raw`^U\.?\s?S\.? Department of State$`,
    String.raw`^The Lessons of 1989\b`,
    String.raw`^PRN:\s*\S+$`,
    String.raw`^UNITED24\b`,
    String.raw`^Weapons of Mass Destruction \(WMD\)$`,
    String.raw`^(?:image_pdfimage_print|print PRINT|Print Friendly.*)$`,
    String.raw`^\d+ MINUTE READ$`,
    String.raw`^(?:Share|Share this|Like this|Related|Loading\.\.\.|Email|Print)\s*:?$`,
  ].join('|'),
  'i',
);

/** Lines after which a page holds no more of the text: tag lists, newsletters, comment forms, source footers. */
const CLOSING = /^(?:Tags\b|NEWSLETTER$|Join the GlobalSecurity\.org mailing list|Leave a Reply$|Official news published at\b|\[\d+\] Url:|\/?Public Release\.|Latest articles?$|Related Articles?$|Breaking News$|top of page$)/i;

/** Breadcrumbs glued into one token: "HomeOffice of the SpokespersonPress Releases...". */
const BREADCRUMB = /^Home(?=\p{Lu})|^Home\s*[›>»|]/u;

/** A reposting site's own clock and weather: "71.5 F", "11 days ago", "Date: 2024-06". */
const WIDGET = /^(?:-?\d{1,3}(?:\.\d)?\s?°?\s?[FC]|\d+ (?:minutes?|hours?|days?|weeks?|months?) ago|Date:\s*\d{4}-\d{2})$/i;

export function isWidget(text: string): boolean {
  return WIDGET.test(text);
}

export function isFurniture(text: string): boolean {
  return BANNER.test(text) || ARCHIVE_NOTICE.test(text) || SITE_FURNITURE.test(text) || BREADCRUMB.test(text) || FURNITURE.test(text);
}

export function isClosing(text: string): boolean {
  return CLOSING.test(text);
}

/** Kind labels and the issuing office, in any case: "Readout", "MEDIA NOTE", "Office of the Spokesperson". */
export const KIND_LABEL = /^(?:Readout|Media Note|Joint Statement|Press Statement|Statement|Remarks|Fact Sheet|Press Availability|Joint Press Availability|Press Release|Interview|Special Briefing|Notice to the Press|Taken Question|Office of the Spokesperson|Office of the Secretary|Press Releases?)$/i;

/** Offices a byline or a header block names: "Secretary of State", "Department Spokesperson". */
export const OFFICE_TITLE = /^(?:(?:U\.S\.|US) )?(?:Secretary of State|(?:Deputy|Under|Assistant|Acting) Secretary(?: of State)?(?: for [\p{L} ,'’-]{3,80})?|(?:Principal )?(?:Deputy )?(?:Department )?Spokesperson|Counselor(?: of the Department)?|Special (?:Representative|Envoy|Coordinator)\b[\p{L} ,.'’()-]{0,100}|(?:U\.S\. )?Ambassador\b[\p{L} ,.'’-]{0,80}|Director of [\p{L} ,'’-]{3,80})$/iu;
/** A byline's office that speaks for the Department rather than taking part: its person is never a participant. */
export const SPOKESPERSON = /Spokesperson/i;

/** A byline on one line: "Antony J. Blinken, Secretary of State", "Ned Price, Department Spokesperson". */
export function readByline(text: string): { name: string; office: string } | undefined {
  const comma = text.indexOf(', ');
  if (comma < 3) return undefined;
  const name = text.slice(0, comma);
  const office = text.slice(comma + 2);
  return NAME_LINE.test(name) && OFFICE_TITLE.test(office) ? { name, office } : undefined;
}

/** A person's name alone on a line, as header blocks print it above the office: "John Kerry", "Rex W. Tillerson". */
export const NAME_LINE = /^\p{Lu}[\p{Ll}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+)){1,3}$/u;

/** Rooms, halls and hotels: "Benjamin Franklin Room", "THOMAS JEFFERSON ROOM", "Iikura Guest House". */
const VENUE = /\b(?:Room|Hall|Hotel|House|Offices?|Cent(?:er|re)|Building|Palace|Residence|Ministry|Embassy|Auditorium|Suite|Lounge|Library|Gardens?|Terrace|Salon|Chamber|Headquarters|Club|Marriott|Hilton|Hyatt|Sheraton|Westin|Ritz|InterContinental|Waldorf|Pavilion|Castle|Villa|Plaza|Tower|Airport|Base|Parliament|Capitol|Mansion|Lodge|Resort|Convention)\b/i;

export function isVenue(text: string): boolean {
  return text.length <= 80 && !/[.!?;:]$/.test(text.replace(/\b\p{Lu}\.$/u, '')) && VENUE.test(text) && !/\d{3,}/.test(text);
}

/** A place line: "Washington, DC", "Tokyp, Japan", "New York City, NY", "WASHINGTON, D.C.", "Seoul, South Korea". */
const PLACE_WORD = String.raw`(?:\p{Lu}[\p{L}'’-]*\.?(?:\p{Lu}\.)*|of|de|del|la|upon|on)`;
const PLACE_LINE = new RegExp(`^${PLACE_WORD}(?:\\s+${PLACE_WORD}){0,3}(?:,\\s*${PLACE_WORD}(?:\\s+${PLACE_WORD}){0,3})?$`, 'u');

export function isPlaceLine(text: string): boolean {
  return text.length <= 60 && PLACE_LINE.test(text) && /^\p{Lu}/u.test(text);
}

/** Header lines in capitals ("WASHINGTON, D.C.") read in the case places are written in. */
export function placeCase(text: string): string {
  if (text !== text.toUpperCase()) return text;
  return text.replace(/\p{Lu}[\p{Lu}'’-]*/gu, (word) => (word.length <= 2 ? word : word[0] + word.slice(1).toLowerCase()));
}

const KOREAN_DATE = /^(\d{4})년\s*(\d{1,2})월\s*(\d{1,2})일$/;
const WEEKDAY_DATE = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/i;

/**
 * A date line as the Department and its embassies print it ("July 14, 2023", "JULY 14, 2023", "2023년 2월 14일").
 * A date led by a weekday is a reposting site's own clock or weather widget, never the text's date.
 */
export function readStateDateLine(text: string): DateRead | 'widget' {
  const korean = KOREAN_DATE.exec(text);
  if (korean) {
    const iso = isoOf(Number(korean[1]), Number(korean[2]), Number(korean[3]));
    return iso ? { iso } : { impossible: text };
  }
  const read = readAnyDateLine(text);
  if (read && WEEKDAY_DATE.test(text)) return 'widget';
  return read;
}

/** "03/16/17 – ", "Press Releases: ", "#": what reposts and embassies put before a title. */
const TITLE_PREFIX = /^(?:#\s*|Press Releases?:\s*|\d{1,2}\/\d{1,2}\/\d{2,4}\s*[–—-]\s*)+/i;

export function cleanTitle(text: string): string {
  return text.replace(TITLE_PREFIX, '').trim();
}

/** Words a State title uses: what kind of text it is, or whose meeting. */
const TITLE_WORDS = /\b(?:Meetings?|Calls?|Remarks|Statement|Availability|Readout|Talks|Conversation|Travel|Visit|Dialogue|Trilateral|Conference|Briefing|Interview|Consultations?|Before Their|After Their|Secretary|Minister|Spoke|Met)\b/i;

/** Whether a line is a document title: title words, no closing punctuation, not a sentence of the body. */
export function isTitleLine(text: string): boolean {
  const title = cleanTitle(text);
  if (title.length < 12 || title.length > 300) return false;
  if (/[.!?:;,]$/.test(title)) return false;
  if (/\p{Script=Hangul}/u.test(title)) return title.length <= 80;
  if (!/^[\p{Lu}“"]/u.test(title)) return false;
  return TITLE_WORDS.test(title) && title.split(/\s+/).length >= 3;
}

export const BEGIN_TEXT = /^(?:Begin|Start) (?:text|quote)\s*[:.]?$/i;
export const END_TEXT = /^End (?:text|quote)\s*\.?$/i;
export const EXCERPT = /^\[(?:Read the full text[^\]]*|전문)\]$/i;
/** An excerpt's link to the full text, at the end of a paragraph on Korean embassy pages. */
export const TRAILING_EXCERPT = /(?<!\s)\s*\[(?:Read the full text[^\]]*|전문)\]$/i;

/**
 * Who a text is attributed to, in the wordings the Department and reposts use. The name runs from a visible character
 * to a visible character, so the spaces around it belong to one side only; after words and spaces alone (before a
 * line is cleaned) a space stands for the name, which is then empty.
 */
const ATTRIBUTIONS: RegExp[] = [
  /^(?:The (?:below|following) is|This is|Below is|The following statement is) attributable to(?:\s+(?=\S)|\s[\n\r\u2028\u2029]*(?=[^\S\n\r\u2028\u2029]\s*$))(\S(?:.*?\S)??|[^\S\n\r\u2028\u2029])\s*:?$/i,
  /^As stated by(?:\s+(?=\S)|\s[\n\r\u2028\u2029]*(?=[^\S\n\r\u2028\u2029]\s*:$))(\S(?:.*?\S)??|[^\S\n\r\u2028\u2029])\s*:$/i,
  /^(?:The )?U\.?S\.? Department of State released the following statement\s*:?$/i,
  /^((?:(?:State )?Department |Principal Deputy |Deputy )*Spokesperson\s+\p{Lu}[\p{L}.'’ -]{2,40})\s*:$/u,
];

export function readAttribution(text: string): { text: string; who?: string } | undefined {
  for (const re of ATTRIBUTIONS) {
    const m = re.exec(text);
    if (m) return { text, ...(m[1] ? { who: m[1].trim() } : {}) };
  }
  return undefined;
}

/** A speaker label: "SECRETARY BLINKEN:", "FOREIGN MINISTER HAYASHI:", "MR PRICE:", "QUESTION:". */
const SPEAKER = /^((?:[A-Z][A-Z.'’-]*)(?: [A-Z][A-Z.'’-]*){0,5}):(?:\s+(\S.*)?)?$/;

export function readTurn(text: string): { speaker: string; text: string } | undefined {
  const m = SPEAKER.exec(text);
  if (!m || /^(?:NOTE|PRN|UPDATE|EDITOR['’]S NOTE)$/.test(m[1]!)) return undefined;
  return { speaker: m[1]!, text: (m[2] ?? '').trim() };
}

/** Speakers who run or question a press event: never participants of the meeting. */
export const NOT_PRINCIPAL = /^(?:MODERATOR|QUESTION|PARTICIPANT|STAFF|INTERPRETER|OPERATOR|REPORTER|AUDIENCE MEMBER|M[RS]S?\.? [A-Z.'’-]+)$/;

/** Sentences that introduce a joint statement's quoted text. */
export const STATEMENT_INTRO = /^(?:The text of the following\b|The following is the (?:text of (?:the|a) )?joint statement\b|Below is the (?:text of the )?joint statement\b|The governments? of\b.{0,200}\b(?:issued|released) the (?:following |below )?joint statement\b|The following joint statement\b)/i;

/** A photo caption embassies print over the header: "... [State Department photo/ Public Domain]". */
export const CAPTION = /\[(?:State Department|U\.S\. Embassy|Embassy)[^\]]*photo[^\]]*\]$|\bphoto\/\s*Public Domain\]$/i;

/**
 * A whole page stored as one line ("HomeOffice of the SpokespersonPress Releases...<title> hide <title> Readout
 * Office of the Spokesperson June 12, 2021 The following is attributable to ...: <body> Tags ..."): the pieces,
 * in order, each to be read as a line of its own.
 */
export function splitRunTogether(text: string): string[] {
  if (!BREADCRUMB.test(text) && !/\shide\s/.test(text)) return [text];
  let rest = text;
  const pieces: string[] = [];
  const hide = /(?<!\s)\s+hide\s+/.exec(rest);
  if (hide) {
    pieces.push(rest.slice(0, hide.index));
    rest = rest.slice(hide.index + hide[0].length);
  }
  let tail: string | undefined;
  const tags = /(?<=[.!?"”’)])\s+(Tags\s+\p{Lu}.*)$/u.exec(rest);
  if (tags) {
    tail = tags[1];
    rest = rest.slice(0, tags.index);
  }
  // Starts only where its spaces start: a long run of spaces is read once.
  const date = new RegExp(`(?<!\\s)\\s+((?:${MONTH_NAME_PATTERN})\\.? \\d{1,2}, \\d{4})\\s+`, 'i');
  rest = rest
    .replace(/(?<!\s)\s+(Readout|Media Note|Joint Statement|Press Statement|Remarks)(?=\s+(?:Office of the Spokesperson|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b))/i, '\n$1')
    .replace(/(?<!\s)\s+(Office of the Spokesperson)\s+/i, '\n$1\n')
    .replace(date, '\n$1\n')
    .replace(/(?<!\s)\s*((?:The (?:below|following)|This) is attributable to [^:\n]{3,100}:)\s*/i, '\n$1\n');
  pieces.push(...rest.split('\n'));
  if (tail) pieces.push(tail);
  return pieces.map((p) => p.trim()).filter(Boolean);
}
