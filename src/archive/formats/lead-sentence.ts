// The sentence that says who met whom, when, for how long and where, in the many ways ministries write it:
// "On July 14, commencing at 7:00 p.m. ..., Mr. X, Minister ..., held a meeting with ...", "In New York, Foreign
// Minister X of Japan had a bilateral meeting with ... for about 40 minutes from 11:30am on 22 September, 2009",
// "A telephone talk between ... and ... took place at 15:00 on July 5th", "... was convened in Seoul ... Attending
// were A, B and C", "Secretary Blinken met today with ...", "A, B, C and D met in Tokyo on 18 December 2008".
import { MONTH_NAME_PATTERN, monthNumber } from '../dates.ts';
import { commaSegments as segments, firstSentences, sentenceEnd } from '../sentences.ts';
import { readChannel, readPlaceAndOccasion, readTiming, type Channel, type Timing } from './lead.ts';
import { countrySpans, isCountryWord } from './country-words.ts';
import { peopleInList, type PersonMention } from './person-phrases.ts';

export interface MeetingDay {
  month: number;
  day: number;
  year?: number;
}

export interface LeadReading {
  participants: PersonMention[];
  /** How many of the participants come before the verb: the side that reports the meeting. */
  subjects: number;
  channel: Channel;
  day?: MeetingDay;
  timing: Timing;
  place?: string;
  occasion?: string;
  /** Where the sentence starts and ends in the paragraph. */
  sentence: string;
}

const MEETING_NOUN = /\b(?:meetings?|talks?|conversations?|(?:tele|video\s?|web\s?)?conferences?|calls?|summits?|dialogues?|consultations?|discussions?|breakfast|lunch(?:eon)?|dinner|session|exchange|audience)\b/i;
// Periods inside "U.S." or "H.E." do not end the stretch between the verb and "with".
const HELD = /\b(?:held|had|holds|has|chaired|co-chaired|hosted|convened|conducted)\b((?:[^.;]|(?<=\b\p{Lu})\.|\.(?=\S)){0,250}?)\b(?:with|between)\s+/giu;
const MET = /\b(?:met|meets|spoke|speaks|talked|talks|conferred|telephoned|phoned)\b((?:[^.;]|(?<=\b\p{Lu})\.|\.(?=\S)){0,80}?)\bwith\s+/giu;
const COURTESY = /\b(?:received|receives)\s+(?:a\s+)?courtesy\s+calls?\s+(?:from|by)\s+|\bpaid\s+(?:a\s+)?courtesy\s+calls?\s+(?:on|to)\s+/gi;
// A run of spaces is met at its start: a list ending inside it would have ended a space earlier. Linear on long runs.
const BETWEEN = /\b(?:meeting|talks?|conversation|conference|call|summit|dialogue)\s+between\s+(.{5,400}?)(?<!\s)\s+(?:took place|was held|were held|was convened|was conducted|happened)\b/i;
// A list starts on a non-space: whether it reads never depends on how many spaces before it it takes, so it takes none.
const ATTENDEES = /\((?:attendees|participants|attended by)\s*:\s*((?:[^()\s][^()]*)?(?:\([^()]*\)[^()]*)*)(?:\)|$)|\b(?:Attending were|The attendees were|The participants were|Participants were|Attending the meeting were)\s+((?:\S.*)?)$/i;
const SUBJECTS_MET = /^(.{5,400}?),?\s+(?:met|held (?:a |their |the )?(?:\w+\s+){0,4}(?:meeting|talks?|consultations?))\s+(?:in|at|on|today|yesterday|virtually|by)\b/i;

/**
 * Cuts the list of people after "with": where the sentence moves on to time, place, occasion or purpose. A cut
 * that starts with spaces starts where they start, as the first match does anyway: linear on long runs.
 */
const OBJECT_END = new RegExp(
  String.raw`(?<!\s)\s+(?:for\s+(?:about|approximately|around|some|nearly|over|roughly|more than|\d|an?\s|one|two|three|four|half)|` +
    String.raw`from\s+\d|at\s+(?:the|his|her|a|an|around|about|approximately|\d)\b|in\s+(?=\p{Lu})(?!(?:charge|Charge)\b)|on\s+the\s+(?:sidelines|margins|occasion)|` +
    String.raw`on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|on\s+(?:${MONTH_NAME_PATTERN})|on\s+\d|today\b|yesterday\b|this\s+(?:morning|afternoon|evening)|during\s|while\s|ahead\s+of\s|` +
    String.raw`following\s|prior\s+to\s|before\s+(?:the|their|his|her)\s|after\s+(?:the|their|his|her)\s|to\s+(?:discuss|exchange|review|reaffirm|congratulate|express|confirm|talk)\b|regarding\s|about\s|on\s+(?:a|an)\s)|` +
    String.raw`(?:,|(?<!\s))\s+(?:who|which|where|visiting)\b|,\s+(?:on|in|at|to)\s+|(?:,|(?<!\s))\s+and\s+(?=\p{Ll})(?!(?:his|her|their|the\s+(?:Hon|Foreign|Minister|Prime|President|Secretary|Premier|Chancellor|State))\b)|;`,
  'u',
);

const DAY_OF_MONTH = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const MONTH_FIRST = new RegExp(`\\b(${MONTH_NAME_PATTERN})\\.?\\s+${DAY_OF_MONTH}\\b(?:,?\\s+(\\d{4}))?`, 'i');
const DAY_FIRST = new RegExp(`\\b${DAY_OF_MONTH}\\s+(${MONTH_NAME_PATTERN})\\b\\.?(?:,?\\s+(\\d{4}))?`, 'i');

/** The first day a text names outside parentheses: "July 5th", "22 September, 2009", "Saturday, March 21". */
export function firstDay(text: string): MeetingDay | undefined {
  const outside = text.replace(/\([^()]*\)/g, ' ');
  const a = MONTH_FIRST.exec(outside);
  const b = DAY_FIRST.exec(outside);
  const pick = a && (!b || a.index <= b.index) ? { month: a[1]!, day: a[2]!, year: a[3] } : b ? { month: b[2]!, day: b[1]!, year: b[3] } : undefined;
  if (!pick) return undefined;
  return { month: monthNumber(pick.month)!, day: Number(pick.day), ...(pick.year ? { year: Number(pick.year) } : {}) };
}

const PREAMBLE = new RegExp(
  String.raw`^(?:On|In|At|From|Around|About|Approximately|Commencing|Starting|Beginning|For|During|Following|After|Before|Today|Yesterday|Tonight|This|Earlier|Late|Early|Shortly|Immediately|Also|Then|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|${MONTH_NAME_PATTERN})\b|^\d|^(?:local|Japan) time\b`,
  'i',
);
/** Lower-case words a person's office does not use: a segment with one is a clause ("... to attend the ..."). */
const CLAUSE_WORDS = /\s(?!(?:of|for|the|and|to the|in charge)\b)\p{Ll}{2,}\b/u;
const TAIL_OF_CLAUSE = /^(?:the\s+)?(?:[A-Z]\.[A-Z]\.|\p{Lu}[\p{L}.'’-]*)(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}$/u;
const PERSON_START = /(?:\bMr\.|\bMs\.|\bMrs\.|\bDr\.|\bH\.\s?E\.|\bHis Excellency|\bHer Excellency|\b[Tt]he Honou?rable|(?:\b\p{Lu}[\p{L}.]+\s+)?\b(?:Minister|Prime Minister|Foreign Minister|President|Secretary|Premier|Chancellor)\s+(?=\p{Lu}|(?:for|of)\s+\p{Lu}))/u;
const CONTEXT = /^(?:who|which|where|visiting|while|during|on the (?:occasion|sidelines|margins)|in the course of|as part of|accompanied by)\b/i;

/** The people before the verb, without the date, time and place that open the sentence, and the clauses about them. */
function readSubjects(before: string): { people: PersonMention[]; contexts: string[] } {
  const contexts: string[] = [];
  const kept: string[] = [];
  let lastWasContext = false;
  for (const segment of segments(before)) {
    // "Mr. X, Minister ..., who was in Belgium for ..." and "Mr. X visiting Indonesia": the clause is context.
    const clause = /\s(?=(?:who|while|visiting|during his|during her|on his|on her)\b)/.exec(segment);
    const own = clause ? segment.slice(0, clause.index) : segment;
    if (clause) contexts.push(segment.slice(clause.index + 1));
    // "during his visit to Washington, D.C.", "visiting Davos, Swiss Confederation to attend ...": what follows a
    // clause's comma and names no one belongs to the clause.
    if (contexts.length && lastWasContext && (TAIL_OF_CLAUSE.test(own) || (kept.length > 0 && CLAUSE_WORDS.test(own))) && !PERSON_START.test(own)) {
      contexts[contexts.length - 1] += `, ${own}`;
      continue;
    }
    lastWasContext = true;
    if (PREAMBLE.test(own) || !/\p{Lu}/u.test(own)) {
      // "2005 from about 17:00 (BST) Minister for Foreign Affairs Machimura ...": the person starts mid-segment.
      const bare = own.replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length));
      const start = PERSON_START.exec(bare);
      if (start && start.index > 0) {
        contexts.push(own.slice(0, start.index));
        kept.push(own.slice(start.index));
        lastWasContext = false;
      } else contexts.push(own);
      continue;
    }
    if (CONTEXT.test(own)) {
      contexts.push(own);
      continue;
    }
    kept.push(own);
    lastWasContext = Boolean(clause);
  }
  return { people: peopleInList(kept.join(', ')), contexts };
}

function readObjects(after: string): { people: PersonMention[]; rest: string } {
  const end = OBJECT_END.exec(after);
  const list = end ? after.slice(0, end.index) : after;
  return { people: peopleInList(list), rest: end ? after.slice(end.index).replace(/^[,;\s]+/, '') : '' };
}

const OPENING_PLACE = /^In\s+(\p{Lu}[\p{L}.'’ -]{1,60}?),\s/u;
/** "in Biarritz", "in Honolulu, the U.S.", "in Seoul, the Republic of Korea": a capitalised place after "in". */
const IN_PLACE = /\bin\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:,\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.'’-]*){0,4})?)/gu;
/** Words after "in" that are not places: months, days, languages, offices ("in Charge of"). */
const NOT_A_PLACE = new RegExp(`^(?:${MONTH_NAME_PATTERN}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Japanese|English|Korean|Chinese|Charge|Person|Attendance|Principle|Addition|Particular|General|Response|Support|Light|View|Order|Turn|Return)\b`, 'i');
const WHO_IN = /\b(?:who|he|she|they)\s+(?:is|was|are|were)\s+(?:currently\s+)?(?:visiting|staying in|in|on\s+(?:a|an)\s+(?:[\w-]+\s+)?visit\s+to)\s+(\p{Lu}[\p{L}.'’ -]{1,40}?)(?=\s+(?:for|to|at|on|while|from)\b|[,.;(]|$)|\b(?:stopped|stayed|arrived)\s+in\s+(\p{Lu}[\p{L}.'’ -]{1,40}?)(?=\s+(?:for|to|at|on|while|from)\b|[,.;(]|$)/u;

/** The "in <Place>" of a text that names a place, not a month or a language: a city before a country. */
function inPlace(text: string): string | undefined {
  const places: string[] = [];
  for (const m of text.matchAll(IN_PLACE)) {
    const place = m[1]!.replace(/(?<![,.])[,.]+$/, '').trim();
    if (!NOT_A_PLACE.test(place)) places.push(place);
  }
  // "in the U.S.", "in the United Kingdom": "the" only before a country.
  for (const m of text.matchAll(/\bin\s+the\s+((?:\p{Lu}[\p{L}.'’-]*\s?){1,6})/gu)) {
    const place = m[1]!.trim();
    if (isCountryWord(place) || countrySpans(place).some(([s, e]) => s === 0 && e === place.length)) places.push(place);
  }
  const isCountry = (p: string) => isCountryWord(p) || countrySpans(p).some(([s, e]) => s === 0 && e === p.length);
  return places.find((p) => !isCountry(p)) ?? places[0];
}

/**
 * Where the meeting took place, as the sentence words it: an opening "In New York,", then the first "in <Place>"
 * (the most specific: "visiting France ... the G7 Summit in Biarritz" is Biarritz), then a visit ("visiting
 * Indonesia (Jakarta)", "during her visit to Busan, the Republic of Korea"), then the rest of the paragraph
 * ("Mr. Rudd stopped in Japan ...").
 */
const VENUE = /\bat\s+(?:the\s+)?(\p{Lu}[\p{L}]+)\s+(?:State\s+Guest\s+House|Guest\s+House|Imperial\s+Palace|International\s+Conference\s+(?:Center|Centre|Hall)|Convention\s+(?:Center|Centre))\b/u;
const STAY = /\b(?:was|is|were|are|had been|has been)\s+(?:currently\s+)?(?:visiting\s+|in\s+)|\b(?:stopped|stayed|arrived)\s+in\s+/;

function readPlace(sentence: string, contexts: string[], rest: string[]): { place?: string; occasion?: string } {
  const outside = sentence.replace(/\([^()]*\)/g, ' ');
  const opening = OPENING_PLACE.exec(outside);
  if (opening) return { place: opening[1]!.trim(), ...occasionOf(sentence) };
  const visit = [...contexts.map(readPlaceAndOccasion), readPlaceAndOccasion(sentence)].find((w) => w.place || w.occasion) ?? {};
  const occasion = { ...occasionOf(sentence), ...(visit.occasion ? { occasion: visit.occasion } : {}) };
  const who = WHO_IN.exec(outside);
  // "Foreign Minister Machimura was in the UK at the time for the G8 Foreign Ministers' Meeting in London."
  // A trip elsewhere in the same sentence ("while travelling to ... in Brussels") is not where they met.
  const stay = rest.map((r) => r.replace(/\([^()]*\)/g, ' ').split(/\b(?:while|en route|on (?:his|her|their) way|travell?ing|before|after)\b/)[0]!).find((r) => STAY.test(r));
  // The most specific place the sentence gives: a city "in" it, a venue named for its city, a visit; a country only
  // when nothing names a city ("visiting France ... the G7 Summit in Biarritz" is Biarritz).
  const candidates = [inPlace(outside), VENUE.exec(outside)?.[1], visit.place, who ? (who[1] ?? who[2])!.trim() : undefined, stay ? inPlace(stay) : undefined].filter((p): p is string => Boolean(p));
  const place = candidates.find((p) => !isCountryName(p)) ?? candidates[0];
  if (place && visit.place && visit.place !== place && visit.place.includes(place) && !isCountryName(visit.place)) return { place: visit.place, ...occasion };
  return place ? { place, ...occasion } : visit;
}

/** "Singapore", "the United Kingdom (UK)", "Swiss Confederation": the name of a country and nothing more. */
function isCountryName(text: string): boolean {
  const bare = text.replace(/\([^()]*\)/g, '').replace(/^the\s+/i, '').trim();
  return isCountryWord(bare) || countrySpans(bare).some(([s, e]) => s === 0 && e === bare.length);
}

function occasionOf(sentence: string): { occasion?: string } {
  const m = /\bon the (?:sidelines|margins|occasion) of (?:the\s+)?([^,;.]{3,120})/i.exec(sentence);
  return m ? { occasion: m[1]!.trim() } : {};
}

/** Reads the lead from the first sentences of a paragraph; undefined when none says who met whom. */
export function readLead(paragraph: string, refDate: string): LeadReading | undefined {
  const sentences = firstSentences(paragraph, 6);
  for (let s = 0; s < Math.min(3, sentences.length); s++) {
    const found = readSentence(sentences[s]!, sentences.slice(s + 1), refDate);
    if (found) return found;
  }
  return undefined;
}

/** "The meeting was held from 11:20am (UK time) for approximately 15 minutes.": timing in a sentence of its own. */
const TIMING_SENTENCE = /\b(?:meeting|talks?|call|conversation|dialogue|conference|summit)\b[^.]{0,40}\b(?:was held|were held|took place|lasted|began|started|commenced)\b/i;

function readSentence(sentence: string, following: string[], refDate: string): LeadReading | undefined {
  const next = following[0] ?? '';
  let participants: PersonMention[] = [];
  let subjectCount = 0;
  let contexts: string[] = [];
  let predicate = '';

  const between = BETWEEN.exec(sentence);
  const attendees = ATTENDEES.exec(sentence) ?? ATTENDEES.exec(next);
  const held = [...sentence.matchAll(HELD)].find((m) => MEETING_NOUN.test(m[0]) || /\bbetween\b/i.test(m[0]));
  const met = sentence.matchAll(MET).next().value;
  const courtesy = sentence.matchAll(COURTESY).next().value;
  const verb = [held, met, courtesy].filter((m): m is RegExpExecArray => Boolean(m)).sort((a, b) => a.index - b.index)[0];

  if (verb) {
    predicate = verb[0];
    const subjects = readSubjects(sentence.slice(0, verb.index));
    const objects = readObjects(sentence.slice(verb.index + verb[0].length));
    participants = [...subjects.people, ...objects.people];
    subjectCount = subjects.people.length;
    contexts = [...subjects.contexts, objects.rest];
  } else if (between) {
    // "A telephone talk between ...": the channel is in the words before "between".
    predicate = sentence.slice(Math.max(0, between.index - 40), between.index + between[0].length - between[1]!.length);
    participants = peopleInList(between[1]!);
  } else {
    const subjectsMet = SUBJECTS_MET.exec(sentence);
    if (subjectsMet) {
      predicate = subjectsMet[0];
      participants = readSubjects(subjectsMet[1]!).people;
    }
  }
  if (attendees && participants.length < 2) {
    const list = attendees[1] ?? attendees[2]!;
    participants = peopleInList(attendees[1] ? list : list.slice(0, sentenceEnd(list)));
    predicate ||= attendees[0];
  }
  if (participants.length === 0) return undefined;

  // "On May 24, ... at 6:00 a.m. (5:00 p.m. on May 23, local time)": the meeting's day is the local one.
  const localNote = /\(([^()]*\blocal time\b[^()]*)\)/i.exec(sentence);
  const localDay = localNote && !/japan(?:ese)? (?:standard )?time|JST/i.test(localNote[1]!) ? firstDay(localNote[1]!) : undefined;
  const day = localDay ?? firstDay(sentence);
  let timing = readTiming(sentence.replace(OBJECT_LIST_PARENS, ' '), refDate);
  if (!timing.startTime && !timing.durationMinutes) {
    const timed = following.find((f) => TIMING_SENTENCE.test(f));
    if (timed) timing = readTiming(timed, refDate);
  }
  const where = readPlace(sentence, contexts, following);
  return {
    participants,
    subjects: subjectCount,
    channel: readChannel(predicate || sentence),
    ...(day ? { day } : {}),
    timing,
    ...(where.place ? { place: where.place } : {}),
    ...(where.occasion ? { occasion: where.occasion } : {}),
    sentence,
  };
}

/** Attendee lists in parentheses hold no times; dropping them keeps their words from reading as timing. */
const OBJECT_LIST_PARENS = /\((?:attendees|participants)[^()]*\)/gi;
