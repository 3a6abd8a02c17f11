// The lead of a State Department readout: who met or spoke with whom ("Secretary of State Antony J. Blinken met
// today with ...", "held separate meetings on June 8 with A and B", "had calls with A and B", "received ... in
// Washington, DC"), on what day as the release words it ("today", "yesterday", "this morning", "on Wednesday",
// "On March 16", "the evening of August 5"), where, and whether it tells of one meeting or several.
import { MONTH_NAME_PATTERN, monthNumber } from '../dates.ts';
import { sentenceEnd } from '../sentences.ts';
import { readChannel, readPlaceAndOccasion, type Channel, type Timing } from './lead.ts';
import { readLead } from './lead-sentence.ts';
import { statePeople, type StatePerson } from './state-people.ts';

export type DayWords =
  | { kind: 'relative'; offset: number; words: string }
  | { kind: 'weekday'; weekday: number; words: string }
  | { kind: 'explicit'; month: number; day: number; year?: number; words: string; /** "On January 29 and 30": the last day named. */ lastDay?: number };

export interface StateLead {
  sentence: string;
  subjects: StatePerson[];
  objects: StatePerson[];
  channel: Channel;
  day?: DayWords;
  timing: Timing;
  place?: string;
  occasion?: string;
  /** How many separate meetings or calls the sentence tells of: one per counterpart, or one counterpart twice. */
  occasions: number;
  separately: boolean;
}

const MEETING_NOUNS = String.raw`(?:meetings?|talks|calls?|conversations?|discussions?|consultations?|dialogue|(?:video\s?|tele)?conferences?|session|dinner|lunch(?:eon)?|breakfast|exchange)`;
// Abbreviations' stops ("U.S.", "J.") do not end the stretch between the verb and "with".
const STRETCH = String.raw`(?:[^.;]|(?<=\b\p{Lu})\.|\.(?=\S))`;
const VERB = new RegExp(
  String.raw`\b(?:met|meets|spoke|speaks|talked|talks|conferred|telephoned|called)\b${STRETCH}{0,80}?\bwith\s+|` +
    String.raw`\b(?:held|had|hosted|convened|conducted|joined)\b${STRETCH}{0,60}?\b${MEETING_NOUNS}\b${STRETCH}{0,60}?\bwith\s+|` +
    String.raw`(?:\bco-|\b)(?:received|welcomed|hosted)\s+(?=(?:the\s+)?\p{Lu})|` +
    // "Deputy Secretary Sherman met Vice Foreign Minister Choi": "met" with its object and no "with".
    String.raw`\bmet\s+(?=(?:the\s+)?\p{Lu})(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:${MONTH_NAME_PATTERN})\b)`,
  'u',
);
/** "A, B and C met today in Honolulu": people who met one another, with no "with". */
const MET_TOGETHER = /\b(?:met|held (?:a |their |the )?(?:[\w-]+\s+){0,3}(?:meeting|talks))\b(?!\s+with\b)/;

/**
 * Time, place and dateline openings before the subject: "Today,", "On March 16,", "Today in Seoul,", "Washington, DC -
 * Friday,", and what the meeting followed ("Following the missile launches,").
 */
const OPENING = new RegExp(
  String.raw`^(?:[\p{Lu}][\p{L}.,' ]{0,40}?\s+[-–—]\s+)?(?:(?:(?:Following|After|Ahead of|At the invitation of)\s[^,]{3,120}|Today|Yesterday|Tonight|Earlier today|This (?:morning|afternoon|evening)|On [^,]{3,40}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Today |Earlier today )?in [\p{Lu}][^,]{1,40}|(?:${MONTH_NAME_PATTERN}) \d{1,2}(?:, \d{4})?)\s*,\s+)+`,
  'iu',
);

// Each ending starts only where its run of spaces starts, so a long run is never rescanned from every space in it.
const OBJECT_END = new RegExp(
  String.raw`(?<!\s)\s+(?:on|at|in|to|during|about|regarding|over|following|ahead of|after|before|while|this|today|tonight|yesterday|earlier|once|again|by (?:phone|telephone|video)|for (?!(?:the\s+)?\p{Lu})|the (?:morning|afternoon|evening|night) of)\b|` +
    // "... with Foreign Minister Hayashi Yoshimasa and they condemned ...": a new clause, not another person.
    // "... Kamikawa Yoko and discussed ...": a verb after "and" begins what they did.
    String.raw`(?<!\s)\s+and\s+(?:they|he|she|we|both|together|(?:discussed|reaffirmed|agreed|emphasized|underscored|expressed|welcomed|condemned|exchanged|reviewed|talked|spoke|noted|highlighted|affirmed|shared|stressed|committed|pledged|conveyed|thanked)\b)|` +
    String.raw`(?<!\s)\s*,\s*(?:who|which|where|to|as|on|in|at|during|and\s+(?=\p{Ll}))|;|[.](?=\s*$)`,
  'u',
);

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const RELATIVE = /\b(today|tonight|earlier today|this (?:morning|afternoon|evening)|yesterday|last night)\b|(오늘|어제)/i;
const WEEKDAY = /(?:\bon\s+|^|[-–—,]\s*)(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/i;
const DAY = String.raw`(${MONTH_NAME_PATTERN})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s+and\s+(\d{1,2}))?(?:,?\s+(\d{4}))?`;
// Only a day the sentence gives the meeting itself counts: "On July 13, ...", "met on July 13", "the evening of August 5".
const MEETING_DAY = new RegExp(
  String.raw`^(?:[^,]{0,40}[-–—]\s+)?On\s+${DAY}|\b(?:met|spoke|talked|held|had|received|hosted)\b${STRETCH}{0,60}?\bon\s+${DAY}|\b(?:the\s+)?(?:morning|afternoon|evening|night)\s+of\s+${DAY}`,
  'iu',
);

/** The day the lead sentence gives the meeting, as it words it. */
function readDayWords(sentence: string): DayWords | undefined {
  const relative = RELATIVE.exec(sentence);
  if (relative) {
    const words = relative[0];
    return { kind: 'relative', offset: /yesterday|last night|어제/i.test(words) ? -1 : 0, words };
  }
  const explicit = MEETING_DAY.exec(sentence);
  if (explicit) {
    const at = [1, 5, 9].find((i) => explicit[i] !== undefined)!;
    const [last, year] = [explicit[at + 2], explicit[at + 3]];
    return {
      kind: 'explicit',
      month: monthNumber(explicit[at]!)!,
      day: Number(explicit[at + 1]),
      ...(year ? { year: Number(year) } : {}),
      ...(last ? { lastDay: Number(last) } : {}),
      words: explicit[0].trim(),
    };
  }
  const weekday = WEEKDAY.exec(sentence);
  if (weekday) return { kind: 'weekday', weekday: WEEKDAYS.findIndex((d) => d.toLowerCase() === weekday[1]!.toLowerCase()), words: weekday[1]! };
  return undefined;
}

/** The first sentence of a paragraph. */
export function leadSentence(paragraph: string): string {
  const end = sentenceEnd(paragraph);
  return paragraph.slice(0, end + 1).trim();
}

const PLACE_WORD = String.raw`\p{Lu}[\p{L}'’-]*(?:\.(?:\p{Lu}\.?)?)?`;
// "Rio de Janeiro, Federative Republic of Brazil", "Washington, D.C.": small words may join the capitalised ones.
const PLACE_PART = String.raw`${PLACE_WORD}(?:\s+(?:(?:de|da|do|del|di|la|le|of|the|upon|on|am|an|der|sur)\s+){0,2}${PLACE_WORD}){0,4}`;
const PLACE = String.raw`(${PLACE_PART}(?:,\s+(?:the\s+)?${PLACE_PART})?)`;
/**
 * "the margins of <occasion> in <Place>": the occasion is 3 to 120 characters and may take spaces after "of". It is
 * read from a visible character to a visible one, so no space is both the occasion's and its neighbours': the first
 * "in" 4 or more characters past the occasion's first visible one is taken (the spaces before "in" count), else one
 * that spaces after "of", counted in, bring within reach ("of   G in", "of     in").
 */
const MARGINS_OCCASION = String.raw`(?:\s+[^,;.\s](?:(?=\s{3})|[^,;.\s](?=\s{2})|[^,;.]{1,118}?[^,;.\s])|\s{2,}[^,;.\s][^,;.]|\s{3,}[^,;.\s]|\s{4})`;
/** "in Rome", "on Wednesday in Washington", "on the margins of the G7 Summit in Hiroshima, Japan", "in Cornwall today". */
const PLACE_AFTER = new RegExp(
  String.raw`^(?:(?:on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|the\s+(?:sidelines|margins)\s+of${MARGINS_OCCASION})|today|yesterday|this\s+\w+|virtually)\s+)?in\s+${PLACE}`,
  'u',
);
const MET_IN = new RegExp(String.raw`\b(?:met|held[^.;]{0,40}?)\s+(?:today\s+|yesterday\s+)?in\s+${PLACE}`, 'u');
const OPENING_PLACE = new RegExp(String.raw`^(?:Today |Earlier today )?[Ii]n\s+${PLACE},`, 'u');

/** A place as the sentence words it, without the clause that follows ("Washington, to discuss ..."). */
function tidyPlace(place: string | undefined): string | undefined {
  if (!place) return undefined;
  // "in New York on May 18": a day after the city is no part of its name. A cut starts where its spaces start.
  const cut = place.split(new RegExp(String.raw`,\s+(?=\p{Ll})|(?<!\s)\s+(?:to|for|and|where|who)\s+(?=\p{Ll})|(?<!\s)\s+on\s+(?:${MONTH_NAME_PATTERN}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b.*$`, 'u'))[0]!.replace(/(?<![.,;])[.,;]+$/, (m) => (/\b\p{Lu}\.$/u.test(place) ? m.replace(/[,;]/g, '') : '')).trim();
  return cut || undefined;
}

/** Words that start an office in a Korean person phrase ("웬디 셔먼 미국 국무 부장관"): the country it serves. */
const KOREAN_OFFICE_START = /^(?:미국|일본|한국|대한민국|중국|북한|러시아|영국|프랑스|독일|호주|캐나다|인도|주한|주미|주일|국무|외교부|외무성)/;

/** An embassy's Korean lead: "A 직함, B 직함, C 직함은 오늘 워싱턴DC에서 회동해 ...". */
function readKoreanLead(paragraph: string): StateLead | undefined {
  const sentence = paragraph.split(/(?<=다\.)\s/)[0]!.trim();
  const subject = /^(.{2,200}?)(?:은|는)\s/u.exec(sentence);
  if (!subject) return undefined;
  const subjects: StatePerson[] = [];
  for (const piece of subject[1]!.split(/,\s*|(?<!\s)\s+(?:및|와|과)\s+/)) {
    const words = piece.trim().split(/\s+/);
    const at = words.findIndex((w) => KOREAN_OFFICE_START.test(w));
    if (at === 0) continue;
    const name = words.slice(0, at === -1 ? 1 : at).join(' ');
    const office = at === -1 ? words.slice(1).join(' ') : words.slice(at).join(' ');
    subjects.push({ name, ...(office ? { office } : {}) });
  }
  if (subjects.length === 0) return undefined;
  const day = readDayWords(sentence);
  // The first word ending in "에서", read from its start ("오늘" opening the text is not part of it).
  const place = /(?:^(?:오늘|어제)|(?<!\S))(\S+?)에서\s/u.exec(sentence.slice(subject[0].length))?.[1];
  return {
    sentence,
    subjects,
    objects: [],
    channel: /통화|전화/.test(sentence) ? 'telephone' : /화상/.test(sentence) ? 'video' : 'in-person',
    ...(day ? { day } : {}),
    timing: {},
    ...(place ? { place } : {}),
    occasions: 1,
    separately: false,
  };
}

/** Reads who met whom, when and where from a paragraph's lead sentence; undefined when it says no one met. */
export function readStateLead(paragraph: string, refDate: string): StateLead | undefined {
  if (/\p{Script=Hangul}/u.test(paragraph.slice(0, 80))) return readKoreanLead(paragraph);
  const sentence = leadSentence(paragraph);
  const verb = VERB.exec(sentence);
  let subjects: StatePerson[] = [];
  let objects: StatePerson[] = [];
  let rest = '';
  if (verb) {
    subjects = statePeople(sentence.slice(0, verb.index).replace(OPENING, ''));
    const after = sentence.slice(verb.index + verb[0].length);
    const end = OBJECT_END.exec(after);
    objects = statePeople(end ? after.slice(0, end.index) : after.replace(/[.]$/, ''));
    rest = end ? after.slice(end.index).trim() : '';
  } else {
    const together = MET_TOGETHER.exec(sentence);
    if (together) {
      subjects = statePeople(sentence.slice(0, together.index).replace(OPENING, ''));
      rest = sentence.slice(together.index + together[0].length).trim();
    }
  }
  if (subjects.length + objects.length === 0) return undefined;

  const shared = readLead(sentence, refDate);
  const predicate = verb ? verb[0] : sentence;
  const channel: Channel = readChannel(predicate);
  const where = readPlaceAndOccasion(sentence);
  const afterObjects = PLACE_AFTER.exec(rest);
  const place = tidyPlace(OPENING_PLACE.exec(sentence)?.[1] ?? afterObjects?.[1] ?? MET_IN.exec(sentence)?.[1] ?? shared?.place ?? where.place);
  const occasion = shared?.occasion ?? where.occasion;
  const day = readDayWords(sentence);

  const separately = /\bseparate(?:ly)?\b/i.test(sentence) || new RegExp(String.raw`\b(?:held|had)\b[^.;]{0,40}\b(?:calls|meetings|conversations)\b`, 'i').test(predicate);
  const twice = objects.length <= 1 && /\b(?:and|then)\s+(?:again|once more)\b|\btwice\b|\ba second time\b/i.test(sentence);
  return {
    sentence,
    subjects,
    objects,
    channel,
    ...(day ? { day } : {}),
    timing: shared?.timing ?? {},
    ...(place ? { place } : {}),
    ...(occasion ? { occasion } : {}),
    occasions: twice ? 2 : separately && objects.length > 1 ? objects.length : 1,
    separately: separately && objects.length > 1,
  };
}

/** A sentence that announces what will happen ("will travel to", "is going to Tokyo ... to meet"). */
const FUTURE = /\b(?:will|is (?:going|scheduled|set|expected|due|slated) to|plans to|is to)\s+(?:travel|visit|go|meet|lead|depart|attend|hold|see|host|welcome|participate)\b|\bis (?:traveling|travelling|going|heading) to\b/i;

/** Whether a sentence announces a trip or a meeting to come before it tells of any that took place. */
export function announcesTravel(sentence: string): boolean {
  const future = FUTURE.exec(sentence);
  if (!future) return false;
  const past = VERB.exec(sentence) ?? MET_TOGETHER.exec(sentence);
  return !past || future.index < past.index;
}

/** A visit a joint statement tells of: "Foreign Minister X traveled to Washington D.C. on Tuesday April 12, 2022". */
export function readVisit(sentence: string): { place: string; day: DayWords } | undefined {
  const m = new RegExp(String.raw`\b(?:traveled|travelled|came) to\s+${PLACE}\s+on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?${DAY}`, 'u').exec(sentence);
  if (!m || !m[5]) return undefined;
  const place = tidyPlace(m[1]);
  if (!place) return undefined;
  return { place, day: { kind: 'explicit', month: monthNumber(m[2]!)!, day: Number(m[3]), year: Number(m[5]), words: m[0].slice(m[0].indexOf(m[2]!)) } };
}
