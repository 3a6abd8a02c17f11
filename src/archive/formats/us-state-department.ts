// U.S. Department of State: a banner line, then documents (title, optional date, body) apart by two blank lines.
import { addDays, DATE_LINE, MONTH_DAY, monthNumber, readDateLine, resolveMonthDay } from '../dates.ts';
import { span, type NamedParticipant, type ParsedDocument, type ParsedParagraph, type ParseInput, type PublisherFormat } from './format.ts';
import { readChannel, readPlaceAndOccasion } from './lead.ts';
import type { ReadoutKind } from '../schema.ts';
import { sentenceEnd } from '../sentences.ts';
import { cleanLine, toBlocks, type Block } from '../source-text.ts';

const BANNER = /^(?:An official website of the United States government|Here['’]s how you know|Official websites use \.gov)/i;
const BEGIN_TEXT = /^Begin (?:text|quote)\s*:?$/i;
const END_TEXT = /^End (?:text|quote)\.?$/i;
const EXCERPT = /^\[Read the full text[^\]]*\]$/i;
const ATTRIBUTION = /^The (?:below|following) is attributable to (.+?):?$/i;
const SPEAKER = /^((?:[A-Z][A-Z.'’-]*)(?: [A-Z][A-Z.'’-]*){0,5}):\s+(.+)$/;
/** Short lines around a title's date: labels the site prints ("READOUT", "Office of the Spokesperson", a byline, a place). */
const LABEL = /^(?:Readout|Media Note|Joint Statement|Press Statement|Remarks|Fact Sheet|Office of the Spokesperson|[A-Z][\p{L}.'’ -]{0,60}, (?:Secretary of State|Deputy Secretary of State|Under Secretary\b[^,]{0,60}|Spokesperson)|[A-Z][\p{L}.]*(?: [A-Z][\p{L}.]*){0,3}, [A-Z][\p{L}.]*(?: [A-Z][\p{L}.]*){0,3})$/iu;
/** People in a title: "Secretary Blinken", "Japanese Foreign Minister Hayashi", "Republic of Korea Foreign Minister Park Jin". */
const TITLE_PEOPLE_SPLIT = /,\s*(?:and\s+)?|\s+and\s+|\s+with\s+/;

/** Splits the file into documents at runs of two or more blank lines, never inside "Begin text" ... "End text". */
function splitDocuments(lines: string[], from: number): { start: number; end: number }[] {
  const documents: { start: number; end: number }[] = [];
  let start = -1;
  let blankRun = 0;
  let inQuote = false;
  for (let i = from; i < lines.length; i++) {
    const text = cleanLine(lines[i]!);
    if (text === '') {
      blankRun++;
      continue;
    }
    if (start === -1) start = i;
    else if (blankRun >= 2 && !inQuote) {
      documents.push({ start, end: i });
      start = i;
    }
    blankRun = 0;
    if (BEGIN_TEXT.test(text)) inQuote = true;
    else if (END_TEXT.test(text)) inQuote = false;
  }
  if (start !== -1) documents.push({ start, end: lines.length });
  return documents;
}

function kindOf(title: string, hasQuote: boolean, hasTurns: boolean, channel: ParsedDocument['channel']): ReadoutKind {
  if (/^Joint Statement\b/i.test(title) || hasQuote) return 'joint-statement';
  if (hasTurns || /\bRemarks\b|\bBefore Their Meeting\b|\bPress Availability\b/i.test(title)) return 'remarks';
  if (channel === 'telephone') return 'telephone-talk';
  if (/^(?:Press|Media) (?:Statement|Note)\b/i.test(title)) return 'press-statement';
  return 'readout';
}

/** People named in a title, as written ("Secretary Blinken", "Republic of Korea Foreign Minister Park Jin"). */
function titlePeople(title: string, line: number): NamedParticipant[] {
  const core = title
    .replace(/^(?:Joint Statement|Readout|Remarks)\s+(?:by|of|from)\s+/i, '')
    .replace(/['’]s\s+(?:Meeting|Call|Telephone Call|Trilateral Meeting|Bilateral Meeting)\b/i, ',')
    .replace(/\s+at\s+(?:a|the)\s+[^,]*?\s+with\s+/i, ', ')
    .replace(/\s+(?:Before|After|Following)\s+(?:Their|the|a)\b.*$/i, '');
  return core
    .split(TITLE_PEOPLE_SPLIT)
    .map((s) => s.trim().replace(/^(?:and|with)\s+/i, ''))
    .filter((s) => /\b(?:Secretary|Minister|President|Prime Minister|Spokesperson|Ambassador|Deputy)\b/.test(s) && /\p{Lu}[\p{L}'’-]+$/u.test(s))
    .map((name) => ({ name, line }));
}

const TIME_OPENING = /^(?:Today|Yesterday|Tonight|This (?:morning|afternoon|evening)|Earlier today|On [^,]{3,30}),\s+/i;
const OBJECT_END = /\s+(?:on|at|in|to|during|about|regarding|for|following|ahead of)\s|,\s+(?:who|which|where|to|as)\b|;|$/;

/** People in a readout's first sentence: "Secretary ... met today with ... and ... on the sidelines ...". */
function leadPeople(text: string, line: number): NamedParticipant[] {
  const sentence = text.slice(0, sentenceEnd(text)).replace(TIME_OPENING, '');
  const m = /^(.+?)\s+(?:met|spoke|held|had|talked)\b(?:\s+[\w-]+){0,4}?\s+with\s+/.exec(sentence);
  if (!m) return [];
  const objects = sentence.slice(m[0].length);
  const end = OBJECT_END.exec(objects);
  return [...m[1]!.split(TITLE_PEOPLE_SPLIT), ...objects.slice(0, end ? end.index : undefined).split(TITLE_PEOPLE_SPLIT)]
    .map((s) => s.trim().replace(/^the\s+/, ''))
    .filter((s) => /\p{Lu}/u.test(s))
    .map((name) => ({ name, line }));
}

// Only a day the sentence gives the meeting itself counts ("On July 13, ...", "met on July 13"), not any date in it.
const MEETING_DAY = new RegExp(`^On\\s+${MONTH_DAY.source}|\\b(?:met|spoke|talked|held)\\b[^.]{0,80}?\\bon\\s+${MONTH_DAY.source}`, 'i');

function meetingDay(text: string): { month: string; day: string } | undefined {
  const m = MEETING_DAY.exec(text);
  return m ? { month: (m[1] ?? m[3])!, day: (m[2] ?? m[4])! } : undefined;
}

function relativeDay(text: string): { offset: number; word: string } | undefined {
  const m = /\b(today|yesterday|this (?:morning|afternoon|evening)|tonight)\b/i.exec(text);
  if (!m) return undefined;
  return { offset: /yesterday/i.test(m[1]!) ? -1 : 0, word: m[1]! };
}

function parseDocument(input: ParseInput, lines: string[], range: { start: number; end: number }, documentNumber: number): ParsedDocument | undefined {
  const { file, facts, diagnostics } = input;
  const blocks = toBlocks(lines, range.start, range.end);
  const titleBlock = blocks[0]!;
  const title = titleBlock.lines[0]!;
  const titleLine = titleBlock.start;
  const fieldLines: ParsedDocument['lines'] = { title: span(titleLine) };
  if (title.length > 300 || /[.:]$/.test(title)) {
    diagnostics.error(file, titleLine, `expected a document title, found a sentence: "${title.slice(0, 80)}..."`);
    return undefined;
  }

  // After the title come labels, a byline, a place and the date, in any order and blocks; the body follows.
  let publishedDate: string | undefined;
  const bodyBlocks: Block[] = [];
  const headerLines = [
    ...titleBlock.lines.slice(1).map((text, i) => ({ text, line: titleLine + 1 + i, block: 0 })),
    ...blocks.slice(1).flatMap((b, i) => b.lines.map((text, j) => ({ text, line: b.start + j, block: i + 1 }))),
  ];
  let bodyFrom = headerLines.length;
  for (let i = 0; i < headerLines.length; i++) {
    const { text, line } = headerLines[i]!;
    const date = readDateLine(text);
    if (date && 'impossible' in date) {
      diagnostics.error(file, line, `impossible date "${date.impossible}": no such day`);
      return undefined;
    }
    if (date && !publishedDate) {
      publishedDate = date.iso;
      fieldLines.publishedDate = span(line);
    } else if (!(text.length <= 80 && LABEL.test(text))) {
      bodyFrom = i;
      break;
    }
  }
  const bodyStart = headerLines[bodyFrom];
  if (bodyStart) {
    // The block where the body starts may begin with header lines; keep only its remainder.
    const first = bodyStart.block === 0 ? titleBlock : blocks[bodyStart.block]!;
    const offset = bodyStart.line - first.start;
    bodyBlocks.push({ start: bodyStart.line, end: first.end, lines: first.lines.slice(offset) });
    bodyBlocks.push(...blocks.slice(bodyStart.block + 1));
  }

  const paragraphs: ParsedParagraph[] = [];
  let partial = false;
  let inQuote = false;
  let hasQuote = false;
  let attribution: string | undefined;
  let speaker: string | undefined;
  let hasTurns = false;
  for (const block of bodyBlocks) {
    const text = block.lines.join(' ');
    if (BEGIN_TEXT.test(text)) {
      inQuote = hasQuote = true;
      fieldLines.beginText = span(block.start);
      continue;
    }
    if (END_TEXT.test(text)) {
      inQuote = false;
      fieldLines.endText = span(block.start);
      continue;
    }
    if (EXCERPT.test(text)) {
      partial = true;
      fieldLines.partial = span(block.start);
      continue;
    }
    const lines = span(block.start, block.end);
    const attributed = ATTRIBUTION.exec(text);
    if (attributed) {
      attribution = attributed[1]!.trim();
      fieldLines.attribution = lines;
      paragraphs.push({ role: 'note', text, lines });
      continue;
    }
    const turn = SPEAKER.exec(text);
    if (turn && !inQuote) {
      speaker = turn[1]!;
      hasTurns = true;
      paragraphs.push({ role: 'turn', speaker, text: turn[2]!, lines });
      continue;
    }
    if (!inQuote && !hasQuote && /^The text of the following\b/i.test(text)) {
      paragraphs.push({ role: 'note', text, lines });
      continue;
    }
    paragraphs.push({ role: speaker ? 'turn' : 'body', ...(speaker ? { speaker } : {}), text, lines });
  }
  if (inQuote) diagnostics.warn(file, fieldLines.beginText?.start, '"Begin text" has no matching "End text"');
  if (paragraphs.length === 0) {
    diagnostics.error(file, titleLine, `the document "${title.slice(0, 80)}" has no text after its title`);
    return undefined;
  }

  const first = paragraphs.find((p) => p.role !== 'note') ?? paragraphs[0]!;
  const channel = readChannel(title) === 'telephone' || /\b(?:spoke|talked) (?:by|over the|on the) (?:tele)?phone\b|\b(?:tele)?phone call\b/i.test(first.text) ? 'telephone' : readChannel(title);
  const kind = kindOf(title, hasQuote, hasTurns, channel);

  // The date: a date line is the publication date; "today"/"yesterday" count from it; else sources.yaml.
  if (publishedDate && facts.date && publishedDate !== facts.date) {
    diagnostics.error(file, fieldLines.publishedDate!.start, `the text is dated ${publishedDate} but content/sources.yaml says ${facts.date}`);
  }
  const published = publishedDate ?? facts.date;
  const relative = relativeDay(first.text);
  if (!published) {
    const why = relative ? `the text says only "${relative.word}"` : 'the text gives no date';
    diagnostics.error(file, titleLine, `no date for "${title.slice(0, 80)}": ${why}; add date: YYYY-MM-DD for this file in content/sources.yaml`);
    return undefined;
  }
  let date = published;
  const explicit = meetingDay(first.text);
  if (relative) {
    date = addDays(published, relative.offset);
    fieldLines.date = first.lines;
  } else if (explicit) {
    date = resolveMonthDay(monthNumber(explicit.month)!, Number(explicit.day), published) ?? published;
    fieldLines.date = first.lines;
  } else {
    fieldLines.date = fieldLines.publishedDate ?? span(titleLine);
  }

  const participants = kind === 'readout' || kind === 'telephone-talk' ? leadPeople(first.text, first.lines.start) : [];
  if (participants.length === 0) participants.push(...titlePeople(title, titleLine));
  fieldLines.participants = span(participants[0]?.line ?? titleLine);
  const where = readPlaceAndOccasion(first.text);
  if (where.place || where.occasion) fieldLines.location = first.lines;

  return {
    publisher: 'us-state-department',
    document: documentNumber,
    kind,
    title,
    date,
    ...(published ? { publishedDate: published } : {}),
    dateFrom: publishedDate ? 'text' : 'sources.yaml',
    ...(where.place ? { place: where.place } : {}),
    ...(where.occasion ? { occasion: where.occasion } : {}),
    channel,
    participants,
    ...(attribution ? { attribution } : {}),
    captions: [],
    paragraphs,
    partial,
    lines: fieldLines,
  };
}

function parse(input: ParseInput): ParsedDocument[] {
  const { lines } = input;
  let from = 0;
  while (from < lines.length && (cleanLine(lines[from]!) === '' || BANNER.test(cleanLine(lines[from]!)))) from++;
  const documents: ParsedDocument[] = [];
  for (const range of splitDocuments(lines, from)) {
    const parsed = parseDocument(input, lines, range, documents.length + 1);
    if (parsed) documents.push(parsed);
    else if (input.diagnostics.errors.length === 0) input.diagnostics.error(input.file, range.start + 1, 'could not read this document');
  }
  return documents;
}

export const usStateDepartment: PublisherFormat = {
  id: 'us-state-department',
  description: 'a U.S. Department of State text ("An official website of the United States government" banner, then title, date and body)',
  detect(lines) {
    const clean = lines.slice(0, 6).map(cleanLine).filter(Boolean);
    if (clean.some((l) => BANNER.test(l))) return 3;
    const attributable = lines.some((l) => ATTRIBUTION.test(cleanLine(l)));
    const secretaryTitle = /\bSecretary\b/.test(clean[0] ?? '') && (clean[1] === undefined || DATE_LINE.test(clean[1]));
    return attributable || secretaryTitle ? 2 : 0;
  },
  parse,
};
