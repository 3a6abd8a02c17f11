// U.S. Department of State: pages of state.gov and its archives, embassy republications, reposts, and the press
// feed's HTML bodies. A file holds one or more documents (readouts, calls, remarks, joint statements); each is read
// by what its blocks are, wherever they stand: a title, a header of labels, byline, venue, city and date, then a body
// of an attribution, a lead, paragraphs, speaker turns or a quoted statement. Banners, notices and footers are left out.
import { addDays, isoOf, resolveMonthDay } from '../dates.ts';
import { firstSentence } from '../sentences.ts';
import { countrySpans, countryWordMask, isCountryWord } from './country-words.ts';
import { cleanLine } from '../source-text.ts';
import { span, type NamedParticipant, type ParsedDocument, type ParsedParagraph, type ParseInput, type PublisherFormat } from './format.ts';
import type { ReadoutKind } from '../schema.ts';
import { htmlParagraphs, isFeedHtml } from './state-html.ts';
import { announcesTravel, leadSentence, readStateLead, readVisit, type StateLead } from './state-lead.ts';
import {
  BANNER,
  BEGIN_TEXT,
  CAPTION,
  cleanTitle,
  END_TEXT,
  EXCERPT,
  isClosing,
  isFurniture,
  isPlaceLine,
  isTitleLine,
  isVenue,
  isWidget,
  KIND_LABEL,
  NAME_LINE,
  NOT_PRINCIPAL,
  OFFICE_TITLE,
  placeCase,
  readAttribution,
  readByline,
  readStateDateLine,
  readTurn,
  SPOKESPERSON,
  splitRunTogether,
  STATEMENT_INTRO,
  TRAILING_EXCERPT,
} from './state-lines.ts';
import { asParticipant, isBareOffice, isStyleWord, readStatePerson, titlePeople, type StatePerson } from './state-people.ts';
import { correctPlaceTypo } from './state-places.ts';

/** A paragraph of the file: a line of page text, a piece of a run-together line, or a feed `<p>`. */
interface Item {
  text: string;
  start: number;
  end: number;
  /** Blank lines right before it in the file. */
  blankBefore: number;
  kind: ItemKind;
}

type ItemKind =
  | 'furniture'
  | 'closing'
  | 'widget'
  | 'date'
  | 'caption'
  | 'label'
  | 'byline'
  | 'office'
  | 'venue'
  | 'place'
  | 'title'
  | 'attribution'
  | 'turn'
  | 'begin'
  | 'end'
  | 'excerpt'
  | 'text'
  | 'other';

/** Marks that are invisible on the page but stored in the text (U+200E after an attribution's colon). */
const INVISIBLE = /[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

function classify(text: string): ItemKind {
  if (isClosing(text)) return 'closing';
  if (isFurniture(text)) return 'furniture';
  if (EXCERPT.test(text)) return 'excerpt';
  if (BEGIN_TEXT.test(text)) return 'begin';
  if (END_TEXT.test(text)) return 'end';
  if (readAttribution(text)) return 'attribution';
  if (readTurn(text)) return 'turn';
  const date = readStateDateLine(text);
  if (date === 'widget' || isWidget(text)) return 'widget';
  if (date) return 'date';
  if (CAPTION.test(text)) return 'caption';
  if (KIND_LABEL.test(text)) return 'label';
  if (readByline(text)) return 'byline';
  if (OFFICE_TITLE.test(text)) return 'office';
  if (isTitleLine(text)) return 'title';
  if (isVenue(text)) return 'venue';
  if (isPlaceLine(text)) return 'place';
  if (/[.!?:;"”’)\]]$/.test(text) || text.length > 150) return 'text';
  return 'other';
}

function readItems(lines: string[]): Item[] {
  const items: Item[] = [];
  const push = (text: string, start: number, end: number, blankBefore: number) => {
    const clean = cleanLine(text.replace(INVISIBLE, ''));
    if (clean) items.push({ text: clean, start, end, blankBefore, kind: classify(clean) });
  };
  if (isFeedHtml(lines)) {
    for (const p of htmlParagraphs(lines)) push(p.text, p.start, p.end, 0);
    return items;
  }
  let blank = 0;
  lines.forEach((line, i) => {
    const text = cleanLine(line.replace(INVISIBLE, ''));
    if (!text) {
      blank++;
      return;
    }
    splitRunTogether(text).forEach((piece, k) => push(piece, i + 1, i + 1, k === 0 ? blank : 0));
    blank = 0;
  });
  // A widget's block is the site's, not the text's: "71.5 F" / "New York" / "Tuesday, June 18, 2024".
  for (let from = 0; from < items.length; ) {
    let to = from + 1;
    while (to < items.length && items[to]!.blankBefore === 0) to++;
    const block = items.slice(from, to);
    if (block.some((b) => b.kind === 'widget')) for (const b of block) if (['place', 'other', 'date'].includes(b.kind)) b.kind = 'widget';
    from = to;
  }
  return items;
}

/** What follows a title in a header: labels, a byline, a venue, a city, a date, or the first speaker. */
const HEADER_KINDS = new Set<ItemKind>(['label', 'byline', 'office', 'venue', 'place', 'date', 'turn', 'attribution', 'caption', 'begin']);

/** How the Department's titles open: a kind of text, or the official whose meeting it was. */
const TITLE_OPENING = /^(?:Joint Statement|Statement|Readout|Remarks|(?:Joint )?Press Availability|Trilateral|(?:Deputy |Under |Assistant )?Secretary|Special (?:Representative|Envoy)|Ambassador|Counselor|(?:U\.S\.|United States) |President|Vice President)\b|^\p{Script=Hangul}/u;

/** Whether a title-like line names a document: it opens as titles do and names people or a kind of text. */
function namesDocument(text: string): boolean {
  const title = cleanTitle(text);
  return TITLE_OPENING.test(title) && (titlePeople(title).length > 0 || /\b(?:Joint Statement|Remarks|Readout|Press Availability|Meetings?|Calls?|Before Their|After Their)\b/i.test(title) || /\p{Script=Hangul}/u.test(title));
}

/**
 * Cuts the items into documents: a title starts a new one after two blank lines, or where labels, a place, a date
 * or a speaker follow it, never inside "Begin text" ... "End text". The page's text ends at a closing line (tags,
 * a newsletter, a comment form) once the text has begun.
 */
function splitDocuments(all: Item[]): Item[][] {
  const documents: Item[][] = [];
  let current: Item[] = [];
  let inQuote = false;
  let hasBody = false;
  for (let i = 0; i < all.length; i++) {
    const item = all[i]!;
    if (item.kind === 'closing' && hasBody && !inQuote) break;
    if (item.kind === 'furniture' || item.kind === 'widget' || item.kind === 'closing') continue;
    if (item.kind === 'title' && hasBody && !inQuote) {
      const next = all.slice(i + 1).find((n) => n.kind !== 'furniture' && n.kind !== 'widget');
      if (namesDocument(item.text) && (item.blankBefore >= 2 || (next && HEADER_KINDS.has(next.kind)))) {
        documents.push(current);
        current = [];
        hasBody = false;
      }
    }
    current.push(item);
    if (item.kind === 'begin') inQuote = true;
    else if (item.kind === 'end') inQuote = false;
    if (['text', 'turn', 'attribution', 'begin'].includes(item.kind)) hasBody = true;
  }
  if (current.length) documents.push(current);
  return documents;
}

interface Header {
  title?: { text: string; line: number };
  date?: { iso: string; line: number; seoul: boolean };
  labels: string[];
  byline?: { name: string; office: string; line: number };
  places: { text: string; line: number }[];
  captions: string[];
  captionLines?: { start: number; end: number };
  bodyFrom: number;
}

function readHeader(items: Item[], input: ParseInput): Header | undefined {
  const header: Header = { labels: [], places: [], captions: [], bodyFrom: items.length };
  let previous: Item | undefined;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    switch (item.kind) {
      case 'date': {
        const date = readStateDateLine(item.text);
        if (date && date !== 'widget' && 'impossible' in date) {
          input.diagnostics.error(input.file, item.start, `impossible date "${date.impossible}": no such day`);
          return undefined;
        }
        if (date && date !== 'widget' && !header.date) header.date = { iso: date.iso, line: item.start, seoul: /년/.test(item.text) };
        break;
      }
      case 'caption':
        header.captions.push(item.text);
        header.captionLines ??= { start: item.start, end: item.end };
        header.captionLines.end = item.end;
        break;
      case 'label':
        header.labels.push(item.text);
        break;
      case 'byline':
        if (!header.byline) header.byline = { ...readByline(item.text)!, line: item.start };
        break;
      case 'office':
        // A header block prints the speaker's name on the line above the office: "John Kerry" / "Secretary of State".
        if (previous && NAME_LINE.test(previous.text) && !header.byline) {
          header.byline = { name: previous.text, office: item.text, line: previous.start };
          header.places = header.places.filter((p) => p.line !== previous!.start);
        }
        break;
      case 'venue':
        break;
      case 'place':
        header.places.push({ text: item.text, line: item.start });
        break;
      case 'title':
        if (!header.title) header.title = { text: cleanTitle(item.text), line: item.start };
        break;
      case 'other':
        // A reposting site's name, a dateline of its own ("10/7/2021 Washington D.C."): not the text.
        break;
      default:
        header.bodyFrom = i;
        return header;
    }
    previous = item;
  }
  return header;
}

interface Body {
  paragraphs: ParsedParagraph[];
  partial: boolean;
  hasQuote: boolean;
  attribution?: string;
  captions: string[];
  lines: ParsedDocument['lines'];
}

function readBody(items: Item[], input: ParseInput): Body {
  const body: Body = { paragraphs: [], partial: false, hasQuote: false, captions: [], lines: {} };
  let inQuote = false;
  let speaker: string | undefined;
  for (const item of items) {
    const lines = span(item.start, item.end);
    switch (item.kind) {
      case 'furniture':
      case 'widget':
      case 'closing':
        continue;
      case 'begin':
        inQuote = body.hasQuote = true;
        body.lines.beginText = lines;
        continue;
      case 'end':
        inQuote = false;
        body.lines.endText = lines;
        continue;
      case 'excerpt':
        body.partial = true;
        body.lines.partial = lines;
        continue;
      case 'caption':
        body.captions.push(item.text);
        continue;
      case 'attribution':
        if (!inQuote) {
          body.attribution = readAttribution(item.text)!.who ?? item.text.replace(/:$/, '');
          body.lines.attribution = lines;
          body.paragraphs.push({ role: 'note', text: item.text, lines });
          continue;
        }
        break;
      case 'turn': {
        if (inQuote) break;
        const turn = readTurn(item.text)!;
        speaker = turn.speaker;
        if (turn.text) body.paragraphs.push({ role: 'turn', speaker, text: turn.text, lines });
        continue;
      }
      default:
        break;
    }
    let text = item.text;
    if (TRAILING_EXCERPT.test(text)) {
      text = text.replace(TRAILING_EXCERPT, '');
      body.partial = true;
      body.lines.partial = lines;
    }
    const first = !body.paragraphs.some((p) => p.role !== 'note');
    if (!inQuote && !body.hasQuote && first && (STATEMENT_INTRO.test(text) || (/\p{Script=Hangul}/u.test(text) && /:$/.test(text)))) {
      body.paragraphs.push({ role: 'note', text, lines });
      continue;
    }
    body.paragraphs.push({ role: speaker ? 'turn' : 'body', ...(speaker ? { speaker } : {}), text, lines });
  }
  if (inQuote && body.lines.beginText && body.paragraphs.length === 0) input.diagnostics.warn(input.file, body.lines.beginText.start, '"Begin text" is followed by no text');
  return body;
}

function kindOf(title: string, labels: string[], hasQuote: boolean, hasTurns: boolean, channel: ParsedDocument['channel']): ReadoutKind {
  if (/\bJoint Statement\b|공동성명/i.test(title) || hasQuote) return 'joint-statement';
  const named = `${title} ${labels.join(' ')}`;
  if (hasTurns || /\bRemarks\b|\bBefore Their Meeting\b|\bAfter Their Meeting\b|\bPress Availability\b|\bPress Conference\b/i.test(named)) return 'remarks';
  if (channel === 'telephone') return 'telephone-talk';
  if (/^(?:Press|Media) (?:Statement|Note)\b/i.test(title)) return 'press-statement';
  return 'readout';
}

const TITLE_TELEPHONE = /\b(?:Calls?|Telephone|Phone)\b/i;
const TITLE_VIDEO = /\b(?:Video|Virtual|Videoconference|Teleconference)\b/i;
const BODY_TELEPHONE = /\b(?:on|during|in|after) the (?:(?:tele)?phone |video )?calls?\b|\bby (?:tele)?phone\b|\b(?:tele)?phone call\b|\bspoke by telephone\b/i;

function channelOf(title: string, lead: StateLead | undefined, paragraphs: ParsedParagraph[]): ParsedDocument['channel'] {
  if (TITLE_VIDEO.test(title) || lead?.channel === 'video') return 'video';
  if ((TITLE_TELEPHONE.test(title) && !/\bCourtesy Call\b/i.test(title)) || lead?.channel === 'telephone') return 'telephone';
  const opening = paragraphs.filter((p) => p.role === 'body').slice(0, 2);
  return opening.some((p) => BODY_TELEPHONE.test(p.text)) ? 'telephone' : 'in-person';
}

/** The Washington day a lead's words name, counted from the publication date. */
function meetingDate(lead: StateLead | undefined, published: string | undefined): { date?: string; why?: string; fromText?: boolean } {
  const day = lead?.day;
  if (!day) return published ? { date: published } : { why: 'the text gives no date' };
  const noSuchDay = { why: `the lead gives "${day.words}", which is no such day` };
  if (day.kind === 'explicit' && day.year) {
    const date = isoOf(day.year, day.month, day.day);
    return date ? { date, fromText: true } : noSuchDay;
  }
  if (!published) {
    const why = day.kind === 'explicit' ? `the text gives "${day.words}" but no year` : `the text says only "${day.words}"`;
    return { why };
  }
  if (day.kind === 'relative') return { date: addDays(published, day.offset) };
  if (day.kind === 'weekday') {
    const back = (new Date(`${published}T00:00:00Z`).getUTCDay() - day.weekday + 7) % 7;
    return { date: addDays(published, -back) };
  }
  const date = resolveMonthDay(day.month, day.day, published);
  return date ? { date } : noSuchDay;
}

/** The opening turn's welcome names the guest when a remarks page lost its title: "I am honored to welcome Foreign Minister Kang". */
function welcomedPerson(paragraphs: ParsedParagraph[]): StatePerson | undefined {
  const first = paragraphs.find((p) => p.role === 'turn');
  const m = first && /\bwelcome\s+((?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,5}\p{Lu}[\p{L}'’-]+)/u.exec(leadSentence(first.text) + ' ' + first.text.slice(0, 300));
  const person = m ? readStatePerson(m[1]!) : undefined;
  return person?.style ? person : undefined;
}

/** Whether two names as written are one person's: every word of the shorter is in the longer ("Blinken", "Antony J. Blinken"). */
function sameName(a: string, b: string): boolean {
  const [short, long] = [a, b].map((n) => n.toLowerCase().split(/\s+/)).sort((x, y) => x.length - y.length) as [string[], string[]];
  return short.every((w) => long.includes(w));
}

/**
 * The fullest form the text gives of a full name: "Carlos Alvarado" in the title is "Carlos Alvarado Quesada, ..."
 * in the speeches, a second family name the title leaves out.
 */
function fullestName(name: string, paragraphs: ParsedParagraph[]): string {
  if (!name.includes(' ')) return name;
  const re = new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(name)} (\p{Lu}[\p{Ll}'’-]+),`, 'u');
  for (const p of paragraphs) {
    const word = re.exec(p.text)?.[1];
    if (word && !isStyleWord(word) && !isCountryWord(word) && !/^(?:I|We|You|He|She|They|Thank|Thanks|Welcome|Sir|Madam)$/.test(word)) return `${name} ${word}`;
  }
  return name;
}

/** Who took part in remarks: the byline's speaker and the people the title names, else the speakers themselves. */
function remarksPeople(header: Header, title: string | undefined, titleLine: number, paragraphs: ParsedParagraph[]): NamedParticipant[] {
  const fromTitle = title ? titlePeople(title).map((p) => asParticipant(p, titleLine)) : [];
  const people: NamedParticipant[] = [];
  const byline = header.byline && !SPOKESPERSON.test(header.byline.office) ? header.byline : undefined;
  const known = (name: string) => [...people, ...fromTitle].some((p) => sameName(p.name.split(/\s+/).at(-1)!, name.split(/\s+/).at(-1)!) || sameName(p.name, name));
  if (byline && !known(byline.name)) people.push(asParticipant({ name: byline.name, office: byline.office }, byline.line));
  people.push(...fromTitle.map((p) => ({ ...p, name: fullestName(p.name, paragraphs) })));
  if (fromTitle.length) return people;
  for (const p of paragraphs) {
    if (p.role !== 'turn' || !p.speaker || NOT_PRINCIPAL.test(p.speaker)) continue;
    const person = readStatePerson(p.speaker);
    if (person?.style && !known(person.name)) people.push(asParticipant(person, p.lines.start));
  }
  const guest = welcomedPerson(paragraphs);
  if (guest && !known(guest.name)) people.push(asParticipant(guest, paragraphs.find((p) => p.role === 'turn')!.lines.start));
  return people;
}

/**
 * Who issued a joint statement, as its title names them, each in the fullest form the text gives: the lead's full
 * name for the title's family name ("Secretary Blinken" / "Antony J. Blinken"), and the country the text writes
 * before the same style and name ("Foreign Minister X" / "Uruguayan Foreign Minister X").
 */
function jointSigners(inTitle: StatePerson[], inLead: StatePerson[], paragraphs: ParsedParagraph[], titleLine: number, leadLine: { start: number } | undefined): NamedParticipant[] {
  const text = paragraphs.filter((p) => p.role === 'body').map((p) => p.text).join(' ');
  return inTitle.map((t) => {
    const l = inLead.find((p) => sameName(p.name, t.name) && p.name.split(/\s+/).length > t.name.split(/\s+/).length);
    if (l && leadLine) return asParticipant(placesSomeone(l) || !placesSomeone(t) ? l : { ...l, style: t.style }, leadLine.start);
    if (placesSomeone(t) || !t.style) return asParticipant(t, titleLine);
    const before = new RegExp(String.raw`(?<![\p{L}])(\p{Lu}\p{L}+) ${escapeRegExp(`${t.style} ${t.name}`)}(?![\p{L}])`, 'u').exec(text);
    const placed = before && placesSomeone({ name: t.name, style: `${before[1]} ${t.style}` });
    return asParticipant(placed ? { ...t, style: `${before[1]} ${t.style}` } : t, titleLine);
  });
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where remarks were given: the city line of the header, the one nearest the date. */
function headerPlace(header: Header): string | undefined {
  // "Tokyo, Japan" then "Happoen": the city is written with its country or state, a word after it names the venue.
  const place = header.places.filter((p) => /,/.test(p.text)).at(-1) ?? header.places.filter((p) => !NAME_LINE.test(p.text)).at(-1) ?? header.places.at(-1);
  return place ? placeCase(place.text) : undefined;
}

function parseDocument(input: ParseInput, items: Item[], onlyDocument: boolean, inherited?: { published?: string; meeting: string }): ParsedDocument[] | undefined {
  const { file, facts, diagnostics } = input;
  const header = readHeader(items, input);
  if (!header) return undefined;
  const body = readBody(items.slice(header.bodyFrom), input);
  const { paragraphs } = body;
  const fieldLines: ParsedDocument['lines'] = { ...body.lines };
  const title = header.title?.text ?? (onlyDocument ? facts.title : undefined);
  const firstLine = items[0]!.start;
  const titleLine = header.title?.line ?? firstLine;
  if (header.title) fieldLines.title = span(header.title.line);
  if (header.date) fieldLines.publishedDate = span(header.date.line);
  const captions = [...header.captions, ...body.captions];
  if (header.captionLines) fieldLines.captions = span(header.captionLines.start, header.captionLines.end);
  const named = title ?? 'this document';
  const quoted = `"${named.slice(0, 80)}"`;

  if (paragraphs.length === 0) {
    diagnostics.error(file, titleLine, `the document ${title ? quoted : `at line ${titleLine}`} has no text after its title`);
    return undefined;
  }
  const hasTurns = paragraphs.some((p) => p.role === 'turn');
  const leadParagraph = paragraphs.find((p) => p.role === 'body');
  const refDate = header.date?.iso ?? facts.date ?? '2000-01-01';
  let lead = leadParagraph ? readStateLead(leadParagraph.text, refDate) : undefined;
  let leadLine = leadParagraph?.lines;
  // A repost may put the lead in the title's place: "US Secretary of State ... spoke with ... to congratulate him".
  if (!lead && header.title && !hasTurns) {
    lead = readStateLead(header.title.text, refDate);
    if (lead) leadLine = span(header.title.line);
  }
  const channel = channelOf(title ?? '', lead, paragraphs);
  const kind = kindOf(title ?? '', header.labels, body.hasQuote, hasTurns, channel);
  // A joint statement may tell only of a visit, with its day and city: "... traveled to Washington on April 12, 2022".
  const visit = kind === 'joint-statement' && !lead?.day && leadParagraph ? readVisit(leadSentence(leadParagraph.text)) : undefined;
  if (visit) {
    lead = lead ? { ...lead, day: visit.day, place: lead.place ?? visit.place } : { sentence: leadSentence(leadParagraph!.text), subjects: [], objects: [], channel: 'in-person', day: visit.day, timing: {}, place: visit.place, occasions: 1, separately: false };
    leadLine = leadParagraph!.lines;
  }

  // Not every text is an account of a meeting: a trip announced, speaker turns that say nothing of where or when.
  const opening = leadParagraph ? leadSentence(leadParagraph.text) : '';
  const travelTitle = /\b(?:Travel|Trip) to\b/i.test(title ?? '');
  if (kind !== 'remarks' && kind !== 'joint-statement' && (announcesTravel(opening) || (travelTitle && !lead))) {
    diagnostics.error(file, leadParagraph?.lines.start ?? titleLine, `not an account of a meeting: ${title ? `${quoted} ` : 'the text '}announces travel ("${firstSentence(opening, 100)}"), not a meeting that took place`);
    return undefined;
  }
  if (kind === 'remarks' && !title && !header.byline && header.places.length === 0 && !header.date) {
    diagnostics.error(file, paragraphs.find((p) => p.role === 'turn')?.lines.start ?? firstLine, 'speaker turns with no title, byline, place or date: nothing in the text says which meeting they are from (for a feed body, give its title and date in content/sources.yaml)');
    return undefined;
  }

  // The date: a date line is the publication date; the lead's "today", weekday or month-day counts from it.
  if (header.date && facts.date && header.date.iso !== facts.date) {
    diagnostics.error(file, header.date.line, `the text is dated ${header.date.iso} but content/sources.yaml says ${facts.date}`);
    return undefined;
  }
  // A page's date line above several documents dates those that carry none of their own.
  const beforeTheirMeeting = kind === 'remarks' && /\b(?:Before|After) Their Meeting\b/i.test(title ?? '');
  const published = header.date?.iso ?? facts.date ?? (beforeTheirMeeting ? inherited?.meeting : inherited?.published);
  // An embassy's Korean page is dated in Seoul, where its office hours fall on the day after the Washington release
  // it translates; that release's "today" (오늘) is the Washington day.
  const washingtonDay = header.date?.seoul && published ? addDays(published, -1) : published;
  const when = meetingDate(kind === 'remarks' ? undefined : lead, washingtonDay);
  if (!when.date) {
    diagnostics.error(file, titleLine, `no date for ${title ? quoted : `the text starting at line ${titleLine}`}: ${when.why}; add date: YYYY-MM-DD for this file in content/sources.yaml`);
    return undefined;
  }
  if (lead?.day?.kind === 'explicit' && lead.day.lastDay && lead.occasions > 1 && leadLine) {
    diagnostics.warn(file, leadLine.start, `"${lead.day.words}" spans several days and the text does not say which ${channel === 'telephone' ? 'call' : 'meeting'} was on which; each is dated by the first day`);
  }
  if (lead?.day && kind !== 'remarks' && leadLine) fieldLines.date = leadLine;
  else fieldLines.date = fieldLines.publishedDate ?? span(titleLine);

  // Who took part: remarks name their speakers in the title and header; readouts in the lead.
  let groups: NamedParticipant[][];
  const inTitle = title ? titlePeople(title) : [];
  const fromTitle = inTitle.map((p) => asParticipant(p, titleLine));
  // The lead may name by family name someone the title names in full ("Foreign Minister Kono" / "... Taro Kono").
  const fuller = (p: StatePerson) => (p.name.includes(' ') ? undefined : inTitle.find((t) => t.name.includes(' ') && sameName(t.name, p.name)));
  // The title may place someone the lead names without a country ("French Foreign Minister Le Drian" / "Foreign
  // Minister Jean-Yves Le Drian"): the title's words go with the lead's name.
  const placedByTitle = (p: StatePerson): StatePerson => {
    if (placesSomeone(p)) return p;
    const t = inTitle.find((q) => placesSomeone(q) && sameName(q.name, p.name));
    return t ? { ...p, style: t.style ?? p.style, ...(t.office && !p.office ? { office: t.office } : {}) } : p;
  };
  const leadPeople = (people: StatePerson[]) => people.map((p) => (fuller(p) ? asParticipant(fuller(p)!, titleLine) : asParticipant(placedByTitle(p), leadLine!.start)));
  if (kind === 'remarks') groups = [remarksPeople(header, title, titleLine, paragraphs)];
  else if (kind === 'joint-statement') groups = [fromTitle.length ? jointSigners(inTitle, lead ? [...lead.subjects, ...lead.objects] : [], paragraphs, titleLine, leadLine) : lead ? leadPeople([...lead.subjects, ...sharedQualifier(lead.objects, true)]) : []];
  else if (lead && lead.separately) groups = sharedQualifier(lead.objects).map((o) => leadPeople([...lead!.subjects, o]));
  else if (lead) groups = Array.from({ length: lead.occasions }, () => leadPeople([...lead!.subjects, ...sharedQualifier(lead!.objects, true)]));
  else if (fromTitle.length) groups = [fromTitle];
  else {
    diagnostics.error(file, leadParagraph?.lines.start ?? titleLine, `not an account of a meeting: no sentence says who met or spoke with whom in ${title ? quoted : 'the text'} (expected a lead like "Secretary X met today with Foreign Minister Y")`);
    return undefined;
  }
  const participantLine = groups[0]?.[0]?.line;
  if (participantLine) fieldLines.participants = span(participantLine);

  // Where: remarks were given in the header's city; a readout's lead says where the meeting was.
  let place = kind === 'remarks' ? headerPlace(header) : channel === 'telephone' ? undefined : lead?.place;
  const occasion = kind === 'remarks' ? undefined : lead?.occasion;
  // Header city lines are typed by hand for each page and carry slips ("Tokyp, Japan"); leads are edited prose.
  if (place && kind === 'remarks') {
    const corrected = correctPlaceTypo(place);
    if (corrected !== place) diagnostics.warn(file, header.places.at(-1)?.line, `the place "${place}" is read as "${corrected}" (a misspelling on the page)`);
    place = corrected;
  }
  if (place || occasion) fieldLines.location = kind === 'remarks' ? span(header.places.at(-1)?.line ?? titleLine) : (leadLine ?? span(titleLine));
  if (lead && leadLine && kind !== 'remarks') fieldLines.lead = leadLine;

  return groups.map((participants) => ({
    publisher: 'us-state-department' as const,
    document: 0,
    kind,
    ...(title ? { title } : {}),
    date: when.date!,
    ...(published ? { publishedDate: published } : {}),
    dateFrom: header.date || when.fromText ? ('text' as const) : ('sources.yaml' as const),
    ...(kind === 'remarks' ? {} : lead?.timing ?? {}),
    ...(place ? { place } : {}),
    ...(occasion ? { occasion } : {}),
    channel: kind === 'remarks' && channel === 'telephone' ? 'in-person' : channel,
    participants,
    ...(body.attribution ? { attribution: body.attribution } : {}),
    captions,
    paragraphs,
    partial: body.partial,
    lines: { ...fieldLines },
  }));
}

/**
 * "... with Republic of Korea (ROK) Minister of Unification Kwon and Vice Minister of Unification Kim": a country
 * written before the first of a coordinated list qualifies the others that name none.
 */
/** Whether a person's own words name a country ("Republic of Korea (ROK) Minister", "French Foreign Minister"). */
function placesSomeone(p: StatePerson): boolean {
  return [p.style, p.office].some((o) => o !== undefined && (countrySpans(o).length > 0 || o.split(/\s+/).some((w) => isCountryWord(w.replace(/(?<![()’'s])[()’'s]+$/, '').replace(/[()]/g, '')))));
}

function sharedQualifier(people: StatePerson[], bareOfficesOnly = false): StatePerson[] {
  const first = people[0]?.style ?? '';
  const words = first.split(/\s+/);
  let end = 0;
  // A people's adjective the ISO list lacks ("Kosovan") reads as one too; enrichment decides whether it is a country.
  const demonym = (w: string) => /^\p{Lu}\p{Ll}+(?:an|ese|ish|ch)$/u.test(w) && !isStyleWord(w);
  while (end < words.length && (isCountryWord(words[end]!.replace(/[()]/g, '').replace(/['’]s$/, '')) || (end === 0 && demonym(words[0]!)) || /^(?:of|the|\(\w+\))$/i.test(words[end]!) || countryWordMask(first, words)[end])) end++;
  const qualifier = words.slice(0, end).join(' ');
  if (!qualifier) return people;
  // In one meeting's list the country reaches only an office with no words of its own ("and Prime Minister Kurti"),
  // never "NATO Secretary General" or a name alone.
  return people.map((p, i) => (i === 0 || placesSomeone(p) || (bareOfficesOnly && !isBareOffice(p.style)) ? p : { ...p, style: `${qualifier} ${p.style ?? ''}`.trim() }));
}

function parse(input: ParseInput): ParsedDocument[] {
  const documents: ParsedDocument[] = [];
  const parts = splitDocuments(readItems(input.lines));
  for (const items of parts) {
    const errorsBefore = input.diagnostics.errors.length;
    // Remarks "before their meeting" after the readout of that meeting are of its day; other documents of a page
    // take the page's date line.
    const previous = documents.at(-1);
    const parsed = parseDocument(input, items, parts.length === 1, previous ? { published: previous.publishedDate, meeting: previous.date } : undefined);
    if (parsed) for (const doc of parsed) documents.push({ ...doc, document: documents.length + 1 });
    else if (input.diagnostics.errors.length === errorsBefore) input.diagnostics.error(input.file, items[0]!.start, 'could not read this document');
  }
  if (parts.length === 0) input.diagnostics.error(input.file, 1, 'no text: the file holds only page furniture (banners, notices, footers)');
  return documents;
}

/** Lines only the Department's texts carry: its attributions, its spokesperson's office, its speaker labels. */
const STATE_WORDING = [
  /^(?:The (?:below|following) is|This is) attributable to\b/i,
  /^Office of the Spokesperson$/i,
  /^(?:SECRETARY|DEPUTY SECRETARY|UNDER SECRETARY) [A-Z][A-Z'’-]+:/,
  /^(?:Secretary of State|Deputy Secretary of State)$/,
  /^[\p{Lu}][\p{L}.'’ -]{2,40}, (?:Secretary of State|(?:Department |Deputy )?Spokesperson)$/u,
];
/** Titles as the Department words them, in the first lines: "Secretary Blinken’s Call with ...", "Remarks With ...". */
const STATE_TITLE = [
  /^#?(?:(?:US|U\.S\.) )?(?:Secretary|Deputy Secretary)(?: of State)?(?: \p{Lu}[\p{L}.'’-]*){1,4}(?:['’]s (?:Meetings?|Calls?|Travel)\b| (?:met|spoke) with\b| and .{5,120} (?:Before|After) Their Meeting$)/u,
  /^(?:Press Releases: )?(?:\d{2}\/\d{2}\/\d{2,4} [–—-] )?(?:Joint )?(?:Press Availability|Remarks) [Ww]ith\b/,
];

export const usStateDepartment: PublisherFormat = {
  id: 'us-state-department',
  description:
    'a U.S. Department of State text ("An official website of the United States government" banner, a title such as "Secretary Blinken’s Meeting with ...", "The below is attributable to ...", speaker labels such as "SECRETARY BLINKEN:", or a press-feed HTML body)',
  detect(lines) {
    // A tag runs from the first "<" after the last ">" to the next ">": each "<" looks back only to the one before it.
    const clean = lines.slice(0, 400).flatMap((l) => splitRunTogether(cleanLine(l.replace(/<(?<!<[^>]*?<)[^>]*>/g, ' ').replace(INVISIBLE, ''))));
    if (clean.slice(0, 15).some((l) => BANNER.test(l) && !/^Flag$/i.test(l))) return 3;
    if (clean.some((l) => /^Official news published at https?:\/\/(?:www\.)?state\.gov\//i.test(l))) return 3;
    // A ministry's Korean navigation or text means a ROK page, whatever English it quotes.
    const hangul = clean.slice(0, 80).filter((l) => /\p{Script=Hangul}/u.test(l)).length;
    if (hangul >= 3) return 0;
    const opening = clean.filter(Boolean).slice(0, 6);
    return clean.some((l) => STATE_WORDING.some((re) => re.test(l))) || opening.some((l) => STATE_TITLE.some((re) => re.test(l))) ? 2 : 0;
  },
  parse,
};
