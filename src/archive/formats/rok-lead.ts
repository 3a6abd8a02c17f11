// The lead of a ROK MOFA release: the ROK official first, then what they did and with whom, then when and where.
// "On the margins of X, Minister of Foreign Affairs Kang, Kyung-wha sat down with Minister for Foreign Affairs of Japan
// Toshimitsu Motegi on the morning of February 15", "Vice Minister ... Kim Hong Kyun, together with A and B, took part
// in ...", "... spoke urgently by telephone, first with A and then with B" (two calls), "... will travel to Japan"
// (an announcement, not an account).
import { MONTH_NAME_PATTERN, monthNumber } from '../dates.ts';
import { readDuration } from '../clock.ts';
import { commaSegments as segments, firstSentences, sentenceEnd } from '../sentences.ts';
import { readTiming, type Channel, type Timing } from './lead.ts';
import type { MeetingDay } from './lead-sentence.ts';
import type { PersonMention } from './person-phrases.ts';
import { NAME_COMMA, readPeople } from './rok-people.ts';

export interface RokLead {
  /** One list of participants per meeting or call the sentence reports. */
  calls: PersonMention[][];
  channel: Channel;
  /** False when the verb leaves the channel open ("spoke with", "held talks with"): a title may settle it. */
  channelStated: boolean;
  day?: MeetingDay;
  place?: string;
  occasion?: string;
  /** The people after the verb when the sentence names none ("White House and State Department officials"). */
  unnamedCounterparts?: string;
  /** The sentence as read (glued words parted), for timing once the date is known. */
  sentence: string;
}

export interface RokAnnouncement {
  announcement: string;
}

const WEEKDAY = String.raw`(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day`;
const PART_OF_DAY = String.raw`(?:early\s+|late\s+)?(?:morning|afternoon|evening|night)`;

/** Words the saved pages run together ("Secretaryof State", "SecretaryPompeo"), parted for reading only. */
function forReading(text: string): string {
  return text
    .replace(/(Secretary|Minister|Ambassador)(of|for)(?=\s)/g, '$1 $2')
    .replace(/\b(Secretary|Minister|Ambassador)(?=\p{Lu}\p{Ll})/gu, '$1 ')
    // Looking back only before a capital keeps this linear on long runs of spaces.
    .replace(/(?=\p{Lu})(?<=\b(?:Minister|Affairs|Secretary|Ambassador|President|Chairman|Director|Mr\.|Ms\.|Dr\.)\s+)(\p{Lu}\p{Ll}{1,6}),\s+(\p{Lu}\p{Ll}+-\p{Ll}+)\b/gu, `$1${NAME_COMMA}$2`);
}

/** "will travel to Japan", "is to visit", "is scheduled to hold": what is yet to happen. */
const FUTURE = /\b(?:will|shall|is to|are to|is scheduled to|are scheduled to|is set to|plans to|intends to|is due to|is expected to)\s+(?:\w+\s+){0,2}?(?:visit|travel|hold|meet|attend|have|make|pay|host|participate|take part|go|leave|depart|speak|talk|call|co-chair|chair)\b/i;

type VerbKind = 'with' | 'join';
interface Verb {
  re: RegExp;
  kind: VerbKind;
  /** The channel the verb itself states; undefined when it leaves it open. */
  channel?: (match: RegExpExecArray) => Channel | undefined;
}

const channelIn = (text: string): Channel | undefined =>
  /\bvideo|\bvirtual(?:ly)?\b|\bonline\b|\bteleconference\b/i.test(text) ? 'video' : /\b(?:tele)?phone\b|\bcalls?\b/i.test(text) ? 'telephone' : undefined;

const VERBS: Verb[] = [
  // "met", "met with", "met, and then dined officially with,"
  { re: /\b(?:met|meets)(?:,?\s+and\s+(?:then\s+)?(?:\w+\s+){0,2}?(?:dined|lunched|talked|spoke)(?:\s+\w+)?\s+with,?|\s+(?:separately\s+)?with)?\s+(?=\S)/g, kind: 'with', channel: () => 'in-person' },
  { re: /\bsat\s+down(?:\s+for\s+(?:a|an)\s+[^.;,]{0,40}?(?:meeting|talks?|conversation|dinner|lunch(?:eon)?))?\s+with\s+/g, kind: 'with', channel: () => 'in-person' },
  {
    re: /\b(?:spoke|speaks|talked|talks|conferred|consulted)((?:\s+(?:urgently|briefly|again|separately|directly|by\s+(?:tele)?phone|over\s+the\s+(?:tele)?phone|on\s+the\s+(?:tele)?phone|via\s+(?:video(?:conference)?|telephone)))*),?\s+(?:first\s+)?(?:with|to)\s+/g,
    kind: 'with',
    channel: (m) => channelIn(m[1] ?? ''),
  },
  {
    re: /\b(?:held|had|holds|hosted|hosts|co-hosted|chaired|co-chaired)\s+(?:(?:a|an|the|their|his|her)\s+)?((?:[^.;]|\.(?=\S)){0,120}?)\b(meetings?|conversations?|talks|calls?|dinner|luncheon|lunch|breakfast|dialogue|consultations?|discussions?|conference|videoconference|summit|session)\s+(?:with|for|between)\s+/g,
    kind: 'with',
    channel: (m) => channelIn(`${m[1]} ${m[2]}`) ?? (/^(?:conversations?|talks|discussions?|consultations?)$/.test(m[2]!) ? undefined : 'in-person'),
  },
  { re: /\b(?:received|receives|welcomed|welcomes)\s+(?=\S)/g, kind: 'with', channel: () => 'in-person' },
  { re: /\b(?:called|telephoned|phoned)\s+(?=\p{Lu}|his\b|her\b)/gu, kind: 'with', channel: () => 'telephone' },
  { re: /\b(?:took part in|takes part in|participated in|participates in|attended|attends)\b/g, kind: 'join', channel: (m) => channelIn(m.input.slice(m.index, m.index + 80)) },
];

const PREAMBLE = new RegExp(
  String.raw`^(?:On|In|At|During|While|Following|After|Before|Amid|Ahead|From|Around|About|Earlier|Later|Today|Yesterday|Tonight|This|Last|Upon|As|For|Through|Over|Shortly|Meanwhile|${WEEKDAY}|${MONTH_NAME_PATTERN})\b|^\d|^local time\b`,
);
/** A segment that names or styles someone. */
const PERSON_WORDS = /\b(?:Minister|Secretary|Ambassador|President|Premier|Chancellor|Envoy|Representative|Director|Councilor|Counselor|Chairman|Chair|Advisor|Adviser|Spokesperson|Member|Senator|Governor|Mayor|King|Queen|Prince|Deputy|Vice)\b|\b(?:Mr|Ms|Mrs|Dr|H\.\s?E)\./;

interface Subject {
  people: PersonMention[];
  together: PersonMention[];
  contexts: string[];
}

/** The people before the verb, without the time, place and occasion that open the sentence or follow the name. */
function readSubject(before: string): Subject {
  const segs = segments(before);
  const contexts: string[] = [];
  const together: PersonMention[] = [];
  let i = segs.length - 1;
  for (; i >= 0 && /^\p{Ll}/u.test(segs[i]!); i--) {
    const seg = segs[i]!;
    const joined = /^together with\s+(\S.*)$/i.exec(seg);
    if (joined) together.unshift(...readPeople(joined[1]!));
    else contexts.unshift(seg);
  }
  const own: string[] = [];
  for (; i >= 0; i--) {
    const seg = segs[i]!;
    if (PREAMBLE.test(seg) || /^\p{Ll}/u.test(seg)) break;
    const styled = PERSON_WORDS.test(seg);
    // "Park Jin, Minister of Foreign Affairs, met ...": a bare name before its office.
    const nameBeforeOffice = own.length > 0 && !readPeople(own[0]!).length && readPeople(seg).length > 0;
    if (!styled && !nameBeforeOffice) break;
    own.unshift(seg);
  }
  contexts.unshift(...segs.slice(0, i + 1));
  return { people: readPeople(own.join(', ')), together, contexts };
}

/**
 * Where the people after the verb end and the sentence moves on to time, place, purpose or a new clause. A cut that
 * starts with spaces starts where they start, as the first match does anyway: linear on long runs.
 */
const OBJECT_END = new RegExp(
  String.raw`(?<!\s)\s+(?:on\s+(?:the\s+(?:${PART_OF_DAY}|sidelines|margins|occasion)\b|${WEEKDAY}|(?:${MONTH_NAME_PATTERN})\b|\d)|in\s+(?=\p{Lu})|at\s+(?:the|his|her|their|a|an|around|about|\d)\b|` +
    String.raw`(?:by|over|on|via)\s+(?:the\s+)?(?:tele)?phone\b|via\s|for\s+(?:about|around|approximately|some|nearly|over|more than|\d|an?\s|one|two|three|four|half)|from\s+\d|` +
    String.raw`to\s+(?:discuss|exchange|review|reaffirm|congratulate|express|confirm|talk|attend)\b|during\s|while\s|today\b|yesterday\b|and\s+(?:the\s+two|they|both)\b)|` +
    String.raw`(?:,|(?<!\s))\s+(?:who|which|where|while|whom)\b|,\s+(?:on|in|at|to|for|during|local)\s+|,\s+and\s+(?=\p{Ll})|;|\.\s*$`,
  'u',
);
// Starts where a run of spaces starts, as the first match does anyway: linear on long runs.
const SECOND_CALL = /(?:,|(?<!\s))\s+(?:and\s+)?then\s+with\s+|(?:,|(?<!\s))\s+followed\s+by\s+(?:another|a\s+second|one)(?:\s+(?:call|conversation|meeting|talk))?\s+with\s+/i;

function cutObject(text: string): { list: string; rest: string } {
  const end = OBJECT_END.exec(text);
  return end ? { list: text.slice(0, end.index), rest: text.slice(end.index).replace(/^[,;\s]+/, '') } : { list: text, rest: '' };
}

const DAY_PART = String.raw`(${MONTH_NAME_PATTERN})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?`;
const ON_DAY = new RegExp(String.raw`\b[Oo]n\s+(?:the\s+${PART_OF_DAY}\s+of\s+)?(?:${WEEKDAY},?\s+)?${DAY_PART}`);
const WEEKDAY_DAY = new RegExp(String.raw`\b${WEEKDAY},?\s+${DAY_PART}`);
// Looking back only where a month can start keeps this linear on long runs of spaces.
const ANY_DAY = new RegExp(String.raw`\b(?=[A-Z])(?<!\b(?:since|from|until|till|through|to|and|of|between|before|after)\s+)${DAY_PART}`);

/** The day of the meeting: "on [the morning of] [Thursday,] January 23", not "in office since October 8". */
function readDay(sentence: string): MeetingDay | undefined {
  const outside = sentence.replace(/\([^()]*\)/g, ' ');
  const m = ON_DAY.exec(outside) ?? WEEKDAY_DAY.exec(outside) ?? ANY_DAY.exec(outside);
  if (!m) return undefined;
  return { month: monthNumber(m[1]!)!, day: Number(m[2]), ...(m[3] ? { year: Number(m[3]) } : {}) };
}

const PLACE_WORDS = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*`;
const PLACE_WITH_OF = String.raw`(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}.'’-]*)*`;
const PLACE_END = String.raw`(?=\s*(?:[,.;]|$)|\s+(?:on|for|from|at|to|where|while|when|and|local)\b)`;
/** "in Honolulu, Hawaii", "in Washington DC, the US": a place and the wider place after its comma. */
const IN_PLACE = new RegExp(String.raw`\b[Ii]n\s+(${PLACE_WORDS})(?:,\s+(${PLACE_WITH_OF})${PLACE_END})?`, 'u');
const VISIT_PLACE = new RegExp(String.raw`^(?:During|On|In the course of)\s+(?:his|her|their|the)\s+(?:stay|visit|trip)\s+(?:in|to)\s+(${PLACE_WORDS})(?:,\s+(${PLACE_WITH_OF})${PLACE_END})?`, 'u');
const WHO_IN = new RegExp(String.raw`\b(?:who|which)\s+(?:is|was|are|were)\s+(?:in|visiting)\s+(${PLACE_WITH_OF})${PLACE_END}`, 'u');
const AT_IN = new RegExp(String.raw`\bat\s+(?:the\s+|his\s+|her\s+|their\s+)?[^,.;]{3,100}?(?<!\s)\s+in\s+(${PLACE_WORDS})(?:,\s+(${PLACE_WITH_OF})${PLACE_END})?`, 'u');
const MEETING_IN = new RegExp(String.raw`\b(?:met|talked|spoke|dined|held\s+(?:talks|a\s+meeting))\s+in\s+(${PLACE_WORDS})(?:,\s+(${PLACE_WITH_OF})${PLACE_END})?`, 'u');

/** "Honolulu, Hawaii" from its two parts; a wider part that styles a person is no place. */
function placeOf(m: RegExpExecArray | null): string | undefined {
  if (!m) return undefined;
  const wider = m[2] && !PERSON_WORDS.test(m[2]) ? m[2] : undefined;
  // "the US" is no country name the archive's data knows, and the gazetteer takes it for a village in France.
  const kept = wider && !/^(?:the\s+)?US$/.test(wider) ? wider : undefined;
  // A sentence's full stop is no part of the place; the stops of "D.C." are.
  return [m[1]!, kept].filter(Boolean).join(', ').replace(/^the\s+/, '').replace(/(?<!\b\p{Lu}\.\p{Lu})\.$/u, '');
}

// A run of spaces after a lazy part is met at its start (the part would have ended a space earlier): linear on long runs.
const OCCASION_END = String.raw`(?=,|;|\.\s|\.?$|(?<!\s)\s+(?:in\s+\p{Lu}|which\b|where\b))`;
const OCCASIONS = [
  new RegExp(String.raw`\b[Oo]n the (?:margins|sidelines|occasion) of (?:the\s+)?([^,;]{3,150}?)${OCCASION_END}`, 'u'),
  new RegExp(String.raw`\b(?:were|was)\s+(?:both\s+)?(?:at|attending)\s+(?:the\s+)?([^,;]{3,150}?)${OCCASION_END}`, 'u'),
  new RegExp(String.raw`^for\s+(?:the\s+|an?\s+)?([^,;]{3,150}?)${OCCASION_END}`, 'u'),
  new RegExp(String.raw`\bto attend (?:the\s+)?([^,;]{3,150}?)${OCCASION_END}`, 'u'),
  new RegExp(String.raw`\b(?:who|which)\s+(?:is|was|are|were)\s+in\s+[^,;\s][^,;]*?(?<!\s)\s+for\s+(?:the\s+|an?\s+)?([^,;]{3,150}?)${OCCASION_END}`, 'u'),
];

function readOccasion(sentence: string, contexts: string[]): string | undefined {
  for (const re of OCCASIONS) {
    for (const text of [sentence, ...contexts]) {
      const m = re.exec(text);
      if (m) return m[1]!.trim();
    }
  }
  return undefined;
}

function readPlace(sentence: string, contexts: string[], rest: string): string | undefined {
  return (
    placeOf(MEETING_IN.exec(sentence)) ??
    placeOf(/^in\s/.test(rest) ? IN_PLACE.exec(rest) : null) ??
    placeOf(AT_IN.exec(sentence)) ??
    placeOf(VISIT_PLACE.exec(contexts.join(', '))) ??
    placeOf(/^In\s/.test(contexts[0] ?? '') ? IN_PLACE.exec(contexts.join(', ')) : null) ??
    placeOf(WHO_IN.exec(sentence))
  );
}

/** "a 45-minute meeting", "a two-hour dinner": the length written into the noun. */
const COMPOUND_DURATION = /\b(?:a|an)\s+(\d+|[a-z]+(?:-[a-z]+)?)-(minute|hour)\b/i;

/** Start, end and duration read from the lead, with its year known. */
export function rokTiming(sentence: string, date: string): Timing {
  const timing = readTiming(sentence, date);
  if (timing.durationMinutes === undefined) {
    const m = COMPOUND_DURATION.exec(sentence);
    const duration = m ? readDuration(`${m[1]} ${m[2]}s`) : undefined;
    if (duration) {
      timing.durationMinutes = duration.minutes;
      timing.durationApproximate = duration.approximate;
    }
  }
  return timing;
}

function readSentence(sentence: string): RokLead | RokAnnouncement | undefined {
  const found = VERBS.flatMap((verb) => [...sentence.matchAll(verb.re)].map((m) => ({ verb, m }))).sort((a, b) => a.m.index - b.m.index);
  // "X, who will visit Japan next week, met Y": a clause about someone, not what the sentence reports.
  const future = FUTURE.exec(sentence.replace(/,\s+(?:who|which)\b[^,]*,/g, (clause) => ' '.repeat(clause.length)));
  if (future && (found.length === 0 || future.index < found[0]!.m.index)) return { announcement: sentence.slice(future.index).split(/[,;]|(?<!\s)\s+(?:for|with|to attend)\s+|\.\s*$/)[0]!.slice(0, 100) };
  for (const { verb, m } of found) {
    const subject = readSubject(sentence.slice(0, m.index));
    if (subject.people.length === 0) continue;
    const after = sentence.slice(m.index + m[0].length);
    let calls: PersonMention[][];
    let rest = after;
    let unnamed: string | undefined;
    if (verb.kind === 'join') {
      if (subject.together.length === 0) continue;
      calls = [[...subject.people, ...subject.together]];
    } else {
      const second = SECOND_CALL.exec(after);
      const parts = second ? [after.slice(0, second.index), after.slice(second.index + second[0].length)] : [after];
      const cut = parts.map(cutObject);
      rest = cut.at(-1)!.rest;
      const objects = cut.map((c) => readPeople(c.list));
      if (objects.every((o) => o.length === 0)) unnamed = cut[0]!.list.trim();
      calls = objects.map((o) => [...subject.people, ...subject.together, ...o]);
    }
    const stated = verb.channel?.(m) ?? channelIn(/^(?:by|over|on|via)\s+(?:the\s+)?(?:tele)?phone\b|^via\s+video/i.exec(rest)?.[0] ?? '');
    const day = readDay(sentence);
    const place = readPlace(sentence, subject.contexts, rest);
    const occasion = readOccasion(sentence, subject.contexts);
    return {
      calls,
      channel: stated ?? 'in-person',
      channelStated: stated !== undefined,
      ...(day ? { day } : {}),
      ...(place ? { place } : {}),
      ...(occasion ? { occasion } : {}),
      ...(unnamed ? { unnamedCounterparts: unnamed } : {}),
      sentence,
    };
  }
  return undefined;
}

/** Reads the lead from a paragraph's first sentences; undefined when none says who met whom. */
export function readRokLead(paragraph: string): RokLead | RokAnnouncement | undefined {
  for (const sentence of firstSentences(forReading(paragraph), 2)) {
    const read = readSentence(sentence);
    if (read) return read;
  }
  return undefined;
}
