// Ministry of Foreign Affairs of Japan: series line, date line, photo captions, lead, numbered points, "Back to ...".
import { DATE_LINE, MONTH_DAY, monthNumber, isoOf, readDateLine, resolveMonthDay } from '../dates.ts';
import { span, type NamedParticipant, type ParsedDocument, type ParsedParagraph, type ParseInput, type PublisherFormat } from './format.ts';
import { readChannel, readPlaceAndOccasion, readTiming } from './lead.ts';
import { HONORIFIC_START, readPersonPhrase, splitPersonList } from './names.ts';
import { sentenceEnd } from '../sentences.ts';
import { cleanLine } from '../source-text.ts';
import { stripWebArtefacts } from './web-artefacts.ts';

const MONTH_DAY_SOURCE = MONTH_DAY.source.replace(/^\\b/, '');
/** "On July 13,", "On Tuesday, July 13,", "On the morning of July 13,". */
const LEAD_OPENING = String.raw`On\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?`;
const LEAD_START = new RegExp(`^(?:${LEAD_OPENING}${MONTH_DAY_SOURCE}|(?:From|At|Commencing)\\b)`, 'i');
const BACK_TO = /^Back to\s+(.+)$/;
const LEAD_DATE = new RegExp(`^${LEAD_OPENING}${MONTH_DAY_SOURCE}(?:,?\\s*(\\d{4}))?(?:\\s*\\([^)]*\\))?,?\\s*`, 'i');
const VERB = /\b(?:(?:held|had)\s+(?:(?:a|an|the)\s+)?(.{0,200}?)\b(?:meetings?|talks?|(?:tele|video\s?|web\s?)?conference|call|summit|dialogue|consultations?)|(?:spoke|talked)\s+(?:over|on|by)\s+(?:the\s+)?(?:tele)?phone|(?:received|paid)\s+a\s+courtesy\s+call|met)\s+(?:with|from|on)\s+/i;
/** Footer lines some copies carry after "Back to ...". */
const FOOTER = /^(?:Page Top|Back to Top|Top of Page|To Top)$/i;
const SUBJECT_START = new RegExp(`${HONORIFIC_START.source}|(?:Foreign |Prime )?Minister\\s+(?=[A-Z])`);
function readNumbered(line: string, top: string | undefined): { number?: string; text: string; top?: string } {
  // Full-width digits and stops ("１．") read as their ASCII forms; only the numbering is normalised.
  const head = line.slice(0, 10).normalize('NFKC');
  const text = head.length === 10 || line.length < 10 ? head + line.slice(10) : line;
  let m = /^(\d{1,2})\.\s*\((\d{1,2})\)\s*(.+)$/.exec(text);
  if (m) return { number: `${m[1]}-${m[2]}`, text: m[3]!, top: m[1] };
  m = /^(\d{1,2})\.(?:\s+|(?=\p{Lu}))(.+)$/u.exec(text);
  if (m) return { number: m[1], text: m[2]!, top: m[1] };
  m = /^\((\d{1,2})\)\s*(.+)$/.exec(text);
  if (m) return { number: top ? `${top}-${m[1]}` : m[1], text: m[2]!, top };
  // "1 Heading" with no period: a short heading line numbered like a point.
  m = /^(\d{1,2})\s+([A-Z][^.]{0,100})$/.exec(text);
  if (m) return { number: m[1], text: m[2]!, top: m[1] };
  return { text, top };
}

function parse({ file, lines, facts, diagnostics }: ParseInput): ParsedDocument[] {
  const clean = lines.map(cleanLine);
  const nonBlank = (from: number) => {
    for (let i = from; i < clean.length; i++) if (clean[i] !== '') return i;
    return -1;
  };

  let i = nonBlank(0);
  let series: string | undefined;
  const fieldLines: ParsedDocument['lines'] = {};
  if (!DATE_LINE.test(clean[i]!)) {
    series = clean[i];
    fieldLines.series = span(i + 1);
    i = nonBlank(i + 1);
  }
  if (i === -1) {
    diagnostics.error(file, lines.length, 'expected a date like "July 14, 2023" after the series line, found the end of the file');
    return [];
  }
  const dateRead = readDateLine(clean[i]!);
  if (!dateRead) {
    diagnostics.error(file, i + 1, `expected a date like "July 14, 2023", found "${clean[i]!.slice(0, 80)}"`);
    return [];
  }
  if ('impossible' in dateRead) {
    diagnostics.error(file, i + 1, `impossible date "${dateRead.impossible}": no such day`);
    return [];
  }
  const pageDate = dateRead.iso;
  fieldLines.publishedDate = span(i + 1);

  const captions: string[] = [];
  let captionStart: number | undefined;
  let leadIndex = -1;
  for (let j = i + 1; j < clean.length; j++) {
    const text = clean[j]!;
    if (text === '') continue;
    // A caption can open like a lead ("On July 13, Foreign Minister ..."); a lead also says who met whom.
    if ((LEAD_START.test(text) && (text.length >= 120 || VERB.test(text))) || text.length > 200 || BACK_TO.test(text)) {
      leadIndex = j;
      break;
    }
    captionStart ??= j;
    captions.push(text);
    fieldLines.captions = span(captionStart + 1, j + 1);
  }
  if (leadIndex === -1 || BACK_TO.test(clean[leadIndex]!)) {
    const at = leadIndex === -1 ? lines.length : leadIndex + 1;
    diagnostics.error(file, at, 'expected the lead paragraph ("On July 14, commencing at ..., Mr. ..., Minister for Foreign Affairs, held a meeting with ..."), found none');
    return [];
  }

  const leadLine = leadIndex + 1;
  const lead = stripWebArtefacts(clean[leadIndex]!);
  fieldLines.lead = span(leadLine);

  let date = pageDate;
  let dateFrom: ParsedDocument['dateFrom'] = 'text';
  const leadDate = LEAD_DATE.exec(lead);
  if (leadDate) {
    const month = monthNumber(leadDate[1]!)!;
    const day = Number(leadDate[2]);
    const resolved = leadDate[3] ? isoOf(Number(leadDate[3]), month, day) : resolveMonthDay(month, day, pageDate);
    if (!resolved) {
      diagnostics.error(file, leadLine, `impossible meeting date "${leadDate[1]} ${leadDate[2]}" in the lead`);
      return [];
    }
    date = resolved;
    fieldLines.date = span(leadLine);
  } else {
    fieldLines.date = fieldLines.publishedDate;
    diagnostics.warn(file, leadLine, 'the lead does not say on what day the meeting took place; the page date is used');
  }
  if (facts.date && facts.date !== pageDate) {
    diagnostics.error(file, fieldLines.publishedDate.start, `the text is dated ${pageDate} but content/sources.yaml says ${facts.date}`);
  }

  const afterDate = leadDate ? leadDate[0].length : 0;
  const verb = VERB.exec(lead.slice(afterDate));
  const participants: NamedParticipant[] = [];
  let preamble = lead.slice(afterDate);
  const contexts: string[] = [];
  let channel: ParsedDocument['channel'] = 'in-person';
  if (!verb) {
    diagnostics.error(file, leadLine, 'could not find who met whom in the lead: expected "... held a meeting with ...", "... had a telephone talk with ..." or "... spoke over the phone with ..."');
  } else {
    const verbStart = afterDate + verb.index;
    const verbEnd = verbStart + verb[0].length;
    channel = readChannel(verb[0]);
    const subjectPart = lead.slice(afterDate, verbStart);
    const subjectAt = SUBJECT_START.exec(subjectPart);
    preamble = subjectAt ? subjectPart.slice(0, subjectAt.index) : subjectPart;
    if (subjectAt) {
      for (const phrase of splitPersonList(subjectPart.slice(subjectAt.index).replace(/,\s*$/, ''))) {
        const subject = readPersonPhrase(phrase);
        if (!subject.name) continue;
        participants.push({ name: subject.name, ...(subject.office ? { office: subject.office } : {}), line: leadLine });
        if (subject.rest) contexts.push(subject.rest);
      }
    } else {
      diagnostics.error(file, leadLine, `could not find the Japanese side's minister before "${verb[0].trim()}"`);
    }
    const objects = lead.slice(verbEnd, sentenceEnd(lead, verbEnd));
    for (const phrase of splitPersonList(objects)) {
      const person = readPersonPhrase(phrase);
      if (!person.name) continue;
      participants.push({ name: person.name, ...(person.office ? { office: person.office } : {}), line: leadLine });
      if (person.rest) contexts.push(person.rest);
    }
  }
  fieldLines.participants = span(leadLine);

  const timing = readTiming(preamble, date);
  const where = contexts.map(readPlaceAndOccasion).find((p) => p.place || p.occasion) ?? readPlaceAndOccasion(lead);

  const paragraphs: ParsedParagraph[] = [{ role: 'lead', text: lead, lines: span(leadLine) }];
  let top: string | undefined;
  let backTo: string | undefined;
  for (let j = leadIndex + 1; j < clean.length; j++) {
    const raw = clean[j]!;
    if (raw === '') continue;
    const back = BACK_TO.exec(raw);
    if (back && clean.slice(j + 1).every((line) => line === '' || FOOTER.test(line))) {
      backTo = back[1];
      fieldLines.backTo = span(j + 1);
      break;
    }
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
  if (series && backTo && backTo !== series) {
    diagnostics.warn(file, fieldLines.backTo!.start, `the closing line says "Back to ${backTo}" but the series line says "${series}"`);
  }

  return [
    {
      publisher: 'mofa-japan',
      document: 1,
      kind: channel === 'telephone' ? 'telephone-talk' : 'readout',
      ...(facts.title ? { title: facts.title } : {}),
      ...(series ? { series } : {}),
      date,
      publishedDate: pageDate,
      dateFrom,
      ...timing,
      ...(where.place ? { place: where.place } : {}),
      ...(where.occasion ? { occasion: where.occasion } : {}),
      channel,
      participants,
      captions,
      paragraphs,
      partial: false,
      lines: fieldLines,
    },
  ];
}

export const mofaJapan: PublisherFormat = {
  id: 'mofa-japan',
  description: 'a MOFA Japan readout (series line, date line like "July 14, 2023", lead "On July 14, ...", "Back to ..." line)',
  detect(lines) {
    const clean = lines.slice(0, 12).map(cleanLine).filter(Boolean);
    const hasDate = clean.slice(0, 3).some((l) => DATE_LINE.test(l));
    const hasLead = lines.some((l) => /^\s*On\s+\w+\s+\d{1,2}\b.*\bMinister\b/.test(l));
    const hasBackTo = lines.some((l) => BACK_TO.test(cleanLine(l)));
    return (hasDate && (hasLead || hasBackTo)) || (hasLead && hasBackTo);
  },
  parse,
};
