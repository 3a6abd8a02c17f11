// Ministry of Foreign Affairs of Japan. Pages carry, in varying order, a series ("Japan-Republic of Korea
// Relations", "Press Releases"), a title, a date line, photo captions, then the lead that says who met whom and the
// points; a "Back to ..." or "Page Top" line may close them. Each block is recognised by what it is, not where.
import { cleanCaption, hasSlideCounter } from './captions.ts';
import { isoOf, resolveMonthDay } from '../dates.ts';
import { cleanLine } from '../source-text.ts';
import { span, type ParsedDocument, type ParsedParagraph, type ParseInput, type PublisherFormat } from './format.ts';
import { readLead, type LeadReading } from './lead-sentence.ts';
import { FURNITURE, PHOTO, readAnyDateLine, readNumbered, SERIES, TITLE_WORDS } from './page-lines.ts';
import { stripWebArtefacts } from './web-artefacts.ts';

/** "Back to Japan-Republic of Korea Relations": the series, from its first non-space (lines are trimmed, so one follows). */
const BACK_TO = /^Back to\s+(\S.*)$/;
/** Lines after which only links follow: the text has ended. */
const CLOSING = /^(?:Related Links?|Related Information|Related Articles?|Page Top|Back to Top)$/i;
/** How far into a page the lead may start: past this, a sentence saying who met is part of the text, not its lead. */
const LEAD_WINDOW = 25;
/** Offices MOFA writes for Japan's own people without saying "of Japan". */
const JAPANESE_OFFICE = /^(?:(?:Senior |Parliamentary )?(?:State |Vice-)?Minister for Foreign Affairs|Prime Minister|Chief Cabinet Secretary|Minister of (?:Defense|Economy, Trade and Industry|Finance))$/;
const JOINT = /\bJoint (?:Statement|Press (?:Release|Statement)|Communiqu[eé]|Declaration)\b/i;

interface Header {
  series?: string;
  title?: string;
  pageDate?: string;
  captions: string[];
  lines: ParsedDocument['lines'];
}

/** How many blank lines stand right before line i (0-based). */
function blankRun(clean: string[], i: number): number {
  let n = 0;
  while (i - n - 1 >= 0 && clean[i - n - 1] === '') n++;
  return n;
}

/** A caption line as shown, without the slideshow's labels and counters; a bare "(Photo 2)" adds none. */
function addCaption(header: Header, line: string): void {
  const caption = cleanCaption(line);
  if (caption) header.captions.push(caption);
}

function readHeader(clean: string[], end: number, input: ParseInput): Header | undefined {
  const header: Header = { captions: [], lines: {} };
  const titleParts: { text: string; line: number }[] = [];
  let titleDone = false;
  for (let i = 0; i < end; i++) {
    const text = clean[i]!;
    if (text === '') {
      if (titleParts.length) titleDone = true;
      continue;
    }
    const date = readAnyDateLine(text);
    if (date && 'impossible' in date) {
      input.diagnostics.error(input.file, i + 1, `impossible date "${date.impossible}": no such day`);
      return undefined;
    }
    if (date) {
      if (!header.pageDate) {
        header.pageDate = date.iso;
        header.lines.publishedDate = span(i + 1);
      }
      if (titleParts.length) titleDone = true;
      continue;
    }
    if (SERIES.test(text) && !header.series) {
      header.series = text;
      header.lines.series = span(i + 1);
      continue;
    }
    if (FURNITURE.test(text)) continue;
    if (PHOTO.test(text) || hasSlideCounter(text)) {
      addCaption(header, text);
      header.lines.captions ??= span(i + 1);
      header.lines.captions.end = i + 1;
      continue;
    }
    const titleLike = TITLE_WORDS.test(text) && text.length <= 200 && !/[.:]$/.test(text);
    // Before the date, title lines; after it, a title only straight under the date (captions follow it).
    const underDate = header.lines.publishedDate?.start === i - blankRun(clean, i);
    if (!titleDone && (header.pageDate ? titleLike && underDate && titleParts.length === 0 : titleParts.length || titleLike) && text.length <= 200) {
      titleParts.push({ text, line: i + 1 });
      continue;
    }
    if (titleParts.length) titleDone = true;
    addCaption(header, text);
    header.lines.captions ??= span(i + 1);
    header.lines.captions.end = i + 1;
  }
  if (titleParts.length) {
    header.title = titleParts.map((p) => p.text).join(' ');
    header.lines.title = span(titleParts[0]!.line, titleParts.at(-1)!.line);
  }
  return header;
}

/** The first line near the top that says who met whom, read with a reference date for its timing. */
function findLead(clean: string[], refDate: string): { index: number; number?: string; text: string; lead: LeadReading } | undefined {
  let seen = 0;
  for (let i = 0; i < clean.length && seen < LEAD_WINDOW; i++) {
    const raw = clean[i]!;
    if (raw === '' || FURNITURE.test(raw) || PHOTO.test(raw)) continue;
    seen++;
    if (raw.length < 50 || readAnyDateLine(raw)) continue;
    const numbered = readNumbered(stripWebArtefacts(raw), undefined);
    const lead = readLead(numbered.text, refDate);
    if (lead) return { index: i, ...(numbered.number ? { number: numbered.number } : {}), text: numbered.text, lead };
  }
  return undefined;
}

function parse(input: ParseInput): ParsedDocument[] {
  const { file, lines, facts, diagnostics } = input;
  const clean = lines.map(cleanLine);
  const fallbackDate = facts.date ?? '2000-01-01';
  const found = findLead(clean, fallbackDate);
  const header = readHeader(clean, found?.index ?? clean.length, input);
  if (!header) return [];
  if (!found) {
    const seen = [header.title && `a title (line ${header.lines.title!.start})`, header.pageDate && `a date (line ${header.lines.publishedDate!.start})`, header.series && `a series (line ${header.lines.series!.start})`].filter(Boolean);
    diagnostics.error(
      file,
      header.lines.publishedDate?.start ?? header.lines.title?.start ?? 1,
      `${seen.length ? `found ${seen.join(', ')}, but` : 'found'} no lead saying who met whom in the first ${LEAD_WINDOW} lines of text (expected a sentence like "On July 14, Mr. X, Minister for Foreign Affairs, held a meeting with Mr. Y, Minister of ...")`,
    );
    return [];
  }
  const fieldLines = header.lines;
  const leadLine = found.index + 1;
  fieldLines.lead = span(leadLine);
  const { lead } = found;

  // The page date is the publication date; the lead's day is the meeting's, in the page's year or the one before.
  if (facts.date && header.pageDate && facts.date !== header.pageDate) {
    diagnostics.error(file, fieldLines.publishedDate!.start, `the text is dated ${header.pageDate} but content/sources.yaml says ${facts.date}`);
  }
  const published = header.pageDate ?? facts.date;
  let date: string | undefined;
  if (lead.day) {
    date = lead.day.year ? isoOf(lead.day.year, lead.day.month, lead.day.day) : published ? resolveMonthDay(lead.day.month, lead.day.day, published) : undefined;
    if (!date && (lead.day.year || published)) {
      diagnostics.error(file, leadLine, `impossible meeting date (month ${lead.day.month}, day ${lead.day.day}) in the lead`);
      return [];
    }
    fieldLines.date = span(leadLine);
  } else if (published) {
    date = published;
    fieldLines.date = fieldLines.publishedDate ?? span(leadLine);
    diagnostics.warn(file, leadLine, 'the lead does not say on what day the meeting took place; the page date is used');
  }
  if (!date) {
    const why = lead.day ? `the lead gives the day (month ${lead.day.month}, day ${lead.day.day}) but no year` : 'the lead gives no day';
    diagnostics.error(file, leadLine, `no date: the page has no date line and ${why}; add date: YYYY-MM-DD (the publication date) for this file in content/sources.yaml`);
    return [];
  }
  // With the year known, read the timing again so that a Japan-time date in a parenthesis lands in the right year.
  const timing = readLead(found.text, date)?.timing ?? lead.timing;

  const paragraphs: ParsedParagraph[] = [{ role: 'lead', ...(found.number ? { number: found.number } : {}), text: stripWebArtefacts(found.text), lines: span(leadLine) }];
  let top = found.number;
  let backTo: string | undefined;
  for (let j = found.index + 1; j < clean.length; j++) {
    const raw = clean[j]!;
    if (raw === '') continue;
    const back = BACK_TO.exec(raw);
    const restIsFurniture = () => clean.slice(j + 1).every((line) => line === '' || FURNITURE.test(line) || SERIES.test(line));
    if (back && restIsFurniture()) {
      backTo = back[1];
      fieldLines.backTo = span(j + 1);
      break;
    }
    if (CLOSING.test(raw)) break;
    if (FURNITURE.test(raw) && (restIsFurniture() || raw.length < 30)) continue;
    const text = stripWebArtefacts(raw);
    if (text === '') continue;
    if (/^\((?!\d{1,2}\)).*\)$/.test(text) && paragraphs.length === 1) {
      paragraphs.push({ role: 'note', text, lines: span(j + 1) });
      continue;
    }
    const numbered = readNumbered(text, top);
    top = numbered.top;
    paragraphs.push({
      ...(numbered.number ? { number: numbered.number } : {}),
      role: numbered.number ? 'point' : 'body',
      text: numbered.text,
      lines: span(j + 1),
    });
  }
  if (header.series && backTo && backTo !== header.series) {
    diagnostics.warn(file, fieldLines.backTo!.start, `the closing line says "Back to ${backTo}" but the series line says "${header.series}"`);
  }
  fieldLines.participants = span(leadLine);
  if (lead.place || lead.occasion) fieldLines.location = span(leadLine);

  const named = [header.title, header.series, ...header.captions].join(' ');
  const kind: ParsedDocument['kind'] = JOINT.test(named) ? 'joint-statement' : lead.channel === 'telephone' ? 'telephone-talk' : 'readout';
  const channel = lead.channel === 'in-person' && /\bTelephone\b|\bPhone\b/i.test(header.title ?? '') ? 'telephone' : lead.channel === 'in-person' && /\bVideo\b|\bTeleconference\b|\bOnline\b/i.test(header.title ?? '') ? 'video' : lead.channel;
  return [
    {
      publisher: 'mofa-japan',
      document: 1,
      kind: kind === 'readout' && channel === 'telephone' ? 'telephone-talk' : kind,
      ...((facts.title ?? header.title) ? { title: facts.title ?? header.title } : {}),
      ...(header.series ? { series: header.series } : {}),
      date,
      ...(published ? { publishedDate: published } : {}),
      dateFrom: header.pageDate || lead.day?.year ? 'text' : 'sources.yaml',
      ...timing,
      ...(lead.place ? { place: lead.place } : {}),
      ...(lead.occasion ? { occasion: lead.occasion } : {}),
      channel,
      participants: lead.participants.map((p, i) => ({
        name: p.name,
        ...(p.office ? { office: p.office } : {}),
        ...(i < lead.subjects && p.office && JAPANESE_OFFICE.test(p.office) ? { ownCountry: 'japan' } : {}),
        line: leadLine,
      })),
      captions: header.captions,
      paragraphs,
      partial: false,
      lines: fieldLines,
    },
  ];
}

const MOFA_OWN_MINISTER = /\bMinister for Foreign Affairs(?: of Japan)?\b|\bPrime Minister of Japan\b|\bJapan-[A-Z][\w.]*(?:-[A-Z][\w.]*)* (?:Foreign Ministers|Summit)|\bThe (?:overview|outline|summary)(?: of the (?:meeting|talk|talks|call))? (?:is|was) as follows\b/;

/** Wording only MOFA's own pages use: its minister introduced by office after the name, its "overview" formula. */
const MOFA_SURELY = /\b(?:overview|outline|summary)\b[^.]{0,60}\b(?:is|was|are) as follows\b|\bfollowing is (?:a|the) summary of the meeting\b|, Minister for Foreign Affairs(?: of Japan)?,|^Back to (?:[\p{L}.'’ -]+ Relations|Press Releases|Index)$/iu;

export const mofaJapan: PublisherFormat = {
  id: 'mofa-japan',
  description: 'a MOFA Japan page (series, title and date lines such as "July 14, 2023", a lead "On July 14, ... Mr. X, Minister for Foreign Affairs, held a meeting with ...", numbered points)',
  detect(lines) {
    const head = lines.slice(0, 60).map(cleanLine);
    const hasBackTo = lines.some((l) => BACK_TO.test(cleanLine(l)) && !/\bstate\.gov\b/i.test(l));
    const hasDate = head.some((l) => {
      const d = readAnyDateLine(l);
      return d !== undefined && !/^\d{4}/.test(l);
    });
    const ownVoice = head.some((l) => MOFA_OWN_MINISTER.test(l));
    const surely = head.some((l) => MOFA_SURELY.test(l));
    const series = head.slice(0, 5).some((l) => / Relations$|^Press Releases$/.test(l));
    if ((hasDate || hasBackTo || series) && (surely || (ownVoice && hasBackTo))) return 3;
    return surely || (hasDate && (ownVoice || hasBackTo)) || (ownVoice && (hasBackTo || series)) ? 2 : 0;
  },
  parse,
};
