// Ministry of Foreign Affairs of the Republic of Korea: English press releases (mofa.go.kr, its mirrors on
// overseas.mofa.go.kr and asean.mofa.go.kr, the pre-2013 mofat.go.kr board, and reposts elsewhere). A page carries,
// around its text, Korean navigation, a numbered list of social-media links, a board label, the title (twice on
// "Ministry News"), a "Date / 2020-02-15 / hit / 1645" block; then numbered points, the first being the lead, with
// bullets (°, ◦, o, O), lettered items and "*" notes. Each line is recognised by what it is, not where it stands.
import { isoOf, resolveMonthDay } from '../dates.ts';
import { cleanLine } from '../source-text.ts';
import { span, type ParsedDocument, type ParsedParagraph, type ParseInput, type PublisherFormat } from './format.ts';
import { FURNITURE, readAnyDateLine, readNumbered } from './page-lines.ts';
import { readRokLead, rokTiming, type RokLead } from './rok-lead.ts';
import { readAttendees } from './rok-people.ts';

/** The skip links every mofa.go.kr page opens with. */
const KOREAN_NAV = /^(?:바로가기 메뉴|본문 바로가기|주메뉴 바로가기|메뉴 바로가기|검색창 열기|검색창 닫기|전체메뉴(?: 열기| 닫기)?)$/u;
/** Previous and next release links at the foot of the old board. */
const PREV_NEXT = /^(?:이전글|다음글)(?:\s|$)/u;
const SITE_NAME = /^Ministry of Foreign Affairs,?\s+Republic of Korea$/i;
const SOCIAL = /^(?:\d{1,2}\.\s*)?Ministry of\s+Foreign Affairs,?\s+Republic of Korea\s+(?:facebook|instagram|twitter|x|youtube|blog|naver blog|flickr|kakao\w*)$/i;
const WIDGETS = /^(?:KOR|ENG|SCREEN SIZE|Font Size|Print|List|Top|Share)$/i;
const DATE_LABEL = /^Date$/i;
const HIT_LABEL = /^hits?$/i;
const DATE_INLINE = /^Date\s*(?::\s*)?(\d{4}-\d{1,2}-\d{1,2})$/i;
/** "date 2010-10-09 18:00 name Spokesperson's Office" under the title on the old mofat.go.kr board. */
const LEGACY_DATE = /^date\s+(\d{4}-\d{1,2}-\d{1,2})(?:\s+\d{1,2}:\d{2})?(?:\s+name\s+\S.*)?$/i;
const SIGNATURE = /^Spokesperson\b.{0,80}\bof MOFAT?$/i;
const TRANSLATION = /^\*\s*(?:unofficial|provisional)\s+translation\.?$/i;
const BOARD = /^(?:Press Releases?|Ministry News|Spokesperson['’]s (?:Press )?Briefings?|Speeches(?: and Statements)?|Statements?)$/i;
/** The ROK's own minister named office-first at the start of a line: how ROK releases open, and no one else's. */
const ROK_WORDING = /^(?:\d{1,2}\.\s*)?(?:Vice\s+)?Minister of Foreign Affairs(?: and Trade)?\s+\p{Lu}\p{Ll}+,?\s+\p{Lu}/u;
/**
 * Explanations after a lead that list who attended: "Those at the dinner were ...", "Present were: ...". The list
 * starts at its first non-space, so the spaces and colon before it are read one way only (lines come trimmed).
 */
const ATTENDEES = /^(?:Those (?:at|attending|present at) the [\w\s'’-]{1,40}? (?:were|included)|(?:The )?(?:attendees|participants) (?:were|included)|Attending (?:the [\w\s'’-]{1,40} )?were|Present were)(?:\s*:\s+|\s+)(\S.*?)\.?$/i;

type LineKind = 'blank' | 'furniture' | 'date' | 'board' | 'text';

interface Line {
  kind: LineKind;
  text: string;
  /** For date lines: the publication date read. */
  iso?: string;
}

function classify(clean: string[]): Line[] {
  const out: Line[] = [];
  let afterHit = false;
  for (const text of clean) {
    const wasHit: boolean = afterHit;
    afterHit = false;
    if (text === '') {
      out.push({ kind: 'blank', text });
      afterHit = wasHit;
      continue;
    }
    if (HIT_LABEL.test(text)) afterHit = true;
    // "hit" is a view counter: the number under it is no point and no date.
    const furniture =
      KOREAN_NAV.test(text) || PREV_NEXT.test(text) || SITE_NAME.test(text) || SOCIAL.test(text) || WIDGETS.test(text) || DATE_LABEL.test(text) ||
      HIT_LABEL.test(text) || (wasHit && /^[\d,]+$/.test(text)) || SIGNATURE.test(text) || TRANSLATION.test(text) || FURNITURE.test(text);
    if (furniture) {
      out.push({ kind: 'furniture', text });
      continue;
    }
    const inline = DATE_INLINE.exec(text) ?? LEGACY_DATE.exec(text);
    const date = inline ? readAnyDateLine(inline[1]!) : readAnyDateLine(text);
    if (date) {
      out.push({ kind: 'date', text, ...('iso' in date ? { iso: date.iso } : {}) });
      continue;
    }
    out.push({ kind: BOARD.test(text) ? 'board' : 'text', text });
  }
  return out;
}

interface Block {
  text: string;
  /** 1-based first and last line. */
  start: number;
  end: number;
}

/** A line that opens a paragraph of its own even with no blank line before it. */
const OPENS_BLOCK = /^(?:\d{1,2}\.\s*\S|\(\d{1,2}\)|[°◦○•·▪■□◆◇‣∙–*※-]\s*\S|[oO]\s+\p{Lu}|[a-z][.)]\s+\S)/u;

/** Text lines grouped into paragraphs: hard line breaks inside a paragraph (the old board) are joined. */
function blocks(lines: Line[]): Block[] {
  const out: Block[] = [];
  let open: Block | undefined;
  lines.forEach((line, i) => {
    if (line.kind !== 'text') {
      open = undefined;
      return;
    }
    const previous = lines[i - 1]?.text ?? '';
    // Short lines in a row are separate (image alt text); a long line cut mid-sentence goes on in the next.
    const wrapped = open && open.end === i && !OPENS_BLOCK.test(line.text) && previous.length >= 50 && (!/[.!?:"”)]$/.test(previous) || /^\p{Ll}/u.test(line.text));
    if (wrapped) {
      open!.text += ` ${line.text}`;
      open!.end = i + 1;
      return;
    }
    open = { text: line.text, start: i + 1, end: i + 1 };
    out.push(open);
  });
  return out;
}

const isNumbered = (text: string) => /^\d{1,2}\.\s*\S/.test(text);
const isProse = (text: string) => /[.!?"”]$/.test(text) && text.split(/\s+/).length >= 12;
const fold = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

const BULLET = /^(?:[°◦○•·▪■□◆◇‣∙–-]|[oO](?=\s+\p{Lu}))\s*(\S.*)$/u;
const NOTE = /^[*※]\s*(\S.*)$/u;
const LETTERED = /^([a-z])[.)]\s+(\S.*)$/;

/** A paragraph after the lead, by what it is: a note, a numbered point, a bullet, a lettered item or plain text. */
function bodyParagraph(block: Block, top: string | undefined): { paragraph: ParsedParagraph; top: string | undefined } {
  const lines = span(block.start, block.end);
  const note = NOTE.exec(block.text);
  if (note) return { paragraph: { role: 'note', text: note[1]!, lines }, top };
  const bullet = BULLET.exec(block.text);
  if (bullet) return { paragraph: { role: 'point', text: bullet[1]!, lines }, top };
  const lettered = LETTERED.exec(block.text);
  if (lettered) return { paragraph: { number: top ? `${top}-${lettered[1]}` : lettered[1]!, role: 'point', text: lettered[2]!, lines }, top };
  const numbered = readNumbered(block.text, top);
  return {
    paragraph: { ...(numbered.number ? { number: numbered.number } : {}), role: numbered.number ? 'point' : 'body', text: numbered.text, lines },
    top: numbered.top,
  };
}

interface Header {
  title?: string;
  series?: string;
  pageDate?: string;
  captions: string[];
  lines: ParsedDocument['lines'];
}

function describe(header: Header): string {
  const seen = [
    header.title && `a title (line ${header.lines.title!.start})`,
    header.pageDate && `a date (line ${header.lines.publishedDate!.start})`,
    header.series && `a board label (line ${header.lines.series!.start})`,
  ].filter(Boolean);
  return seen.length ? `found ${seen.join(', ')}, but` : 'found';
}

function parse(input: ParseInput): ParsedDocument[] {
  const { file, lines, facts, diagnostics } = input;
  const classified = classify(lines.map(cleanLine));
  const header: Header = { captions: [], lines: {} };
  classified.forEach((line, i) => {
    if (line.kind === 'board' && !header.series) {
      header.series = line.text;
      header.lines.series = span(i + 1);
    }
  });

  const all = blocks(classified);
  const contentAt = all.findIndex((b) => isNumbered(b.text) || isProse(b.text));
  const headerBlocks = contentAt === -1 ? all : all.slice(0, contentAt);
  const headerEnd = contentAt === -1 ? classified.length : all[contentAt]!.start - 1;
  for (const block of headerBlocks) {
    if (!header.title) {
      header.title = block.text;
      header.lines.title = span(block.start, block.end);
    } else if (fold(block.text) !== fold(header.title)) {
      // Image alt text on reposts ("mofa china"), photo names on older pages ("world1").
      header.captions.push(block.text);
      header.lines.captions ??= span(block.start);
      header.lines.captions.end = block.end;
    }
  }
  const readPageDate = (from: number, to: number): boolean => {
    for (let i = from; i < to; i++) {
      const line = classified[i]!;
      if (line.kind !== 'date') continue;
      if (!line.iso) {
        diagnostics.error(file, i + 1, `impossible date "${line.text}": no such day`);
        return false;
      }
      if (!header.pageDate) {
        header.pageDate = line.iso;
        header.lines.publishedDate = span(i + 1);
      }
    }
    return true;
  };
  if (!readPageDate(0, headerEnd)) return [];

  if (contentAt === -1) {
    diagnostics.error(file, header.lines.title?.start ?? 1, `${describe(header)} no text: no numbered points and no paragraph saying who met whom`);
    return [];
  }
  // The lead is the first point; an unnumbered paragraph before it may hold it instead (a repost's own opening).
  let leadAt = -1;
  let lead: RokLead | undefined;
  for (let k = contentAt; k < Math.min(all.length, contentAt + 2); k++) {
    const block = all[k]!;
    const read = readRokLead(readNumbered(block.text, undefined).text);
    if (read && 'announcement' in read) {
      diagnostics.error(
        file,
        block.start,
        `${describe(header)} the first paragraph announces what is yet to happen ("${read.announcement}"), not a meeting that took place: an announcement is not a meeting account and is not recorded`,
      );
      return [];
    }
    if (read) {
      leadAt = k;
      lead = read;
      break;
    }
    if (isNumbered(block.text)) break;
  }
  if (!lead) {
    const first = all[contentAt]!;
    diagnostics.error(
      file,
      first.start,
      `${describe(header)} no lead saying who met whom: the first point does not say that an official met, spoke with or held a meeting with someone (expected a sentence like "1. Minister of Foreign Affairs X held a meeting with Y on July 14")`,
    );
    return [];
  }
  const leadBlock = all[leadAt]!;
  const leadLine = leadBlock.start;
  if (!readPageDate(headerEnd, leadLine - 1)) return [];
  for (const block of all.slice(contentAt, leadAt)) {
    header.captions.push(block.text);
    header.lines.captions ??= span(block.start);
    header.lines.captions.end = block.end;
  }

  const leadNumbered = readNumbered(leadBlock.text, undefined);
  const paragraphs: ParsedParagraph[] = [{ role: 'lead', ...(leadNumbered.number ? { number: leadNumbered.number } : {}), text: leadNumbered.text, lines: span(leadBlock.start, leadBlock.end) }];
  let top = leadNumbered.top;
  const leadEnd = leadBlock.end;
  classified.forEach((line, i) => {
    // A date line below the lead is part of the text, not the page's date.
    if (i + 1 > leadEnd && line.kind === 'date') paragraphs.push({ role: 'body', text: line.text, lines: span(i + 1) });
  });
  for (const block of all.slice(leadAt + 1)) {
    const read = bodyParagraph(block, top);
    top = read.top;
    paragraphs.push(read.paragraph);
  }
  paragraphs.sort((a, b) => a.lines.start - b.lines.start);

  // Who attended, when the lead names them only as a group: the note under it lists them.
  let calls: { name: string; office?: string; line: number }[][] = lead.calls.map((call) => call.map((p) => ({ ...p, line: leadLine })));
  let participantsLine = leadLine;
  if (lead.unnamedCounterparts) {
    const list = paragraphs.slice(1, 4).find((p) => p.role === 'note' && ATTENDEES.test(p.text));
    const attendees = list ? readAttendees(ATTENDEES.exec(list.text)![1]!) : [];
    if (attendees.length) {
      participantsLine = list!.lines.start;
      calls = calls.map((call) => [...call, ...attendees.map((p) => ({ ...p, line: participantsLine }))]);
    } else {
      diagnostics.warn(file, leadLine, `the lead names no counterpart ("${lead.unnamedCounterparts}") and no list of attendees follows it`);
    }
  }

  // The page's date is the publication date; the lead's day is the meeting's, in that year or the one before.
  const fieldLines = header.lines;
  if (facts.date && header.pageDate && facts.date !== header.pageDate) {
    diagnostics.error(file, fieldLines.publishedDate!.start, `the text is dated ${header.pageDate} but content/sources.yaml says ${facts.date}`);
    return [];
  }
  const published = header.pageDate ?? facts.date;
  const eventYear = /\b(19[5-9]\d|20\d\d)\b/.exec(lead.occasion ?? '')?.[1];
  let date: string | undefined;
  let dateFrom: ParsedDocument['dateFrom'] = header.pageDate ? 'text' : 'sources.yaml';
  if (lead.day) {
    const { month, day, year } = lead.day;
    if (year) {
      date = isoOf(year, month, day);
      dateFrom = 'text';
    } else if (published) {
      date = resolveMonthDay(month, day, published);
    } else if (eventYear) {
      // "for the World Economic Forum on ASEAN 2018": the meeting was held at an event whose name gives the year.
      date = isoOf(Number(eventYear), month, day);
      dateFrom = 'text';
      diagnostics.warn(file, leadLine, `the page has no date; the year ${eventYear} is read from the event the lead names ("${lead.occasion}")`);
    }
    if (!date && (year || published || eventYear)) {
      diagnostics.error(file, leadLine, `impossible meeting date (month ${month}, day ${day}) in the lead`);
      return [];
    }
    fieldLines.date = span(leadLine);
  } else if (published) {
    date = published;
    fieldLines.date = fieldLines.publishedDate ?? span(leadLine);
    diagnostics.warn(file, leadLine, 'the lead does not say on what day the meeting took place; the publication date is used');
  }
  if (!date) {
    const why = lead.day ? `the lead gives the day (month ${lead.day.month}, day ${lead.day.day}) but no year` : 'the lead gives no day';
    diagnostics.error(file, leadLine, `no date: the page has no date block ("Date" / "2020-02-15") and ${why}; add date: YYYY-MM-DD (the publication date) for this file in content/sources.yaml`);
    return [];
  }

  const timing = rokTiming(lead.sentence, date);
  const title = header.title ?? '';
  const titleChannel = /\b(?:Telephone|Phone)\b/i.test(title) ? 'telephone' : /\b(?:Video|Virtual|Videoconference)\b/i.test(title) ? 'video' : undefined;
  const channel = lead.channelStated ? lead.channel : (titleChannel ?? lead.channel);
  fieldLines.lead = span(leadLine, leadBlock.end);
  fieldLines.participants = span(leadLine, participantsLine);
  if (lead.place || lead.occasion) fieldLines.location = span(leadLine);

  return calls.map((participants, n) => ({
    publisher: 'rok-mofa',
    document: n + 1,
    kind: channel === 'telephone' ? 'telephone-talk' : 'readout',
    ...((facts.title ?? header.title) ? { title: facts.title ?? header.title } : {}),
    ...(header.series ? { series: header.series } : {}),
    date,
    ...(published ? { publishedDate: published } : {}),
    dateFrom,
    ...timing,
    ...(lead.place ? { place: lead.place } : {}),
    ...(lead.occasion ? { occasion: lead.occasion } : {}),
    channel,
    participants,
    captions: header.captions,
    paragraphs,
    partial: false,
    lines: { ...fieldLines },
  }));
}

export const rokMofa: PublisherFormat = {
  id: 'rok-mofa',
  description: 'a ROK MOFA press release (Korean navigation, a "Date 2023-11-26" block, "Minister of Foreign Affairs X held ...")',
  detect(lines) {
    const head = lines.slice(0, 80).map(cleanLine);
    const dateHit = head.some((l, i) => HIT_LABEL.test(l) && head.slice(Math.max(0, i - 3), i).some((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)));
    const own =
      dateHit ||
      head.some((l) => KOREAN_NAV.test(l) || SITE_NAME.test(l) || SOCIAL.test(l) || LEGACY_DATE.test(l) || /\bmofat?\.go\.kr\b/i.test(l)) ||
      lines.some((l) => PREV_NEXT.test(cleanLine(l)) || SIGNATURE.test(cleanLine(l)));
    if (own) return 3;
    return head.some((l) => ROK_WORDING.test(l)) ? 2 : 0;
  },
  parse,
};
