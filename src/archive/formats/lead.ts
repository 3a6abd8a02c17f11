// Reading a lead sentence: when, for how long, where, on what occasion, by what channel.
import { minutesBetween, readDuration, TIME_PATTERN, toClock } from '../clock.ts';
import { MONTH_DAY, monthNumber, resolveMonthDay } from '../dates.ts';
import type { StartTime } from '../schema.ts';

export interface Timing {
  startTime?: StartTime;
  durationMinutes?: number;
  durationApproximate?: boolean;
}

const APPROX = '(around|about|approximately|approx\\.|just past|just after|shortly after|a little after)\\s+';
const RANGE = new RegExp(`\\b(?:from|between)\\s+(?:${APPROX})?(?<start>${TIME_PATTERN})\\s+(?:to|until|till|and)\\s+(?<end>${TIME_PATTERN})`, 'i');
const START = new RegExp(`\\b(?:commencing|starting|beginning)?\\s*(?:at|from)\\s+(?:${APPROX})?(${TIME_PATTERN})`, 'i');
const APPROX_START = new RegExp(`\\b(around|about|approximately)\\s+(${TIME_PATTERN})`, 'i');
/** "a 45-minute meeting", "an hour-long call". */
const HYPHENATED_DURATION = /\b((?:\d+|[a-z]+)-(?:minute|hour))(?:-long)?\s+(?:meeting|talk|talks|call|conversation|session)\b/i;
const FOR_DURATION = /\b(?:for|lasted|lasting)\s+(?:a\s+total\s+of\s+)?((?:(?:approximately|about|around|some|roughly|nearly|over|more than)\s+)?(?:[\w.-]+\s+)?(?:and\s+a\s+half\s+)?(?:hours?|minutes?|an\s+hour)(?:,?\s+(?:and\s+)?(?:a\s+half|[\w.-]+\s+minutes?))?)/i;
const PARENTHESES = /\(([^()]*)\)/g;
const TIME_ANYWHERE = new RegExp(TIME_PATTERN, 'gi');

function firstClock(text: string): string | undefined {
  for (const m of text.matchAll(TIME_ANYWHERE)) {
    const clock = toClock(m[0]);
    if (clock) return clock;
  }
  return undefined;
}

/** Reads start, end and duration from the words before the subject of a lead sentence. */
export function readTiming(text: string, meetingDate: string): Timing {
  // "55minutes", "2hours": the unit run into its number.
  const preamble = text.replace(/(\d)(minutes?|hours?)\b/gi, '$1 $2');
  const timing: Timing = {};
  let basis: StartTime['basis'] = 'unstated';
  let japanTime: StartTime['japanTime'];
  let localInNote: string | undefined;
  let outside = preamble;
  for (const m of preamble.matchAll(PARENTHESES)) {
    const note = m[1]!;
    outside = outside.replace(m[0], ' ');
    if (/local time/i.test(note)) {
      basis = 'local';
      const rest = note.replace(/local time/i, '');
      // "commencing at around 6:00 a.m. (5:00 p.m. on May 23, local time)": the clock outside is Japan's.
      if (!/japan(?:ese)? (?:standard )?time|JST/i.test(rest) && firstClock(rest)) localInNote = firstClock(rest);
      if (/japan(?:ese)? (?:standard )?time|JST/i.test(rest)) {
        const clock = firstClock(rest);
        const md = MONTH_DAY.exec(rest);
        const date = md ? resolveMonthDay(monthNumber(md[1]!)!, Number(md[2]), meetingDate) : undefined;
        if (clock) japanTime = { time: clock, ...(date ? { date } : {}) };
      }
    } else if (/japan(?:ese)? (?:standard )?time|JST/i.test(note)) {
      const clock = firstClock(note);
      if (clock) {
        const md = MONTH_DAY.exec(note);
        const date = md ? resolveMonthDay(monthNumber(md[1]!)!, Number(md[2]), meetingDate) : undefined;
        japanTime = { time: clock, ...(date ? { date } : {}) };
      } else {
        basis = 'japan';
      }
    }
  }

  let start: string | undefined;
  let approximate = false;
  let endTime: string | undefined;
  const range = RANGE.exec(outside);
  if (range) {
    start = toClock(range.groups!.start!);
    endTime = toClock(range.groups!.end!);
    approximate = range[1] !== undefined;
  } else {
    const at = START.exec(outside);
    const around = APPROX_START.exec(outside);
    if (at && (!around || at.index <= around.index)) {
      start = toClock(at[2]!);
      approximate = at[1] !== undefined;
    } else if (around) {
      start = toClock(around[2]!);
      approximate = true;
    }
  }
  if (start && localInNote && !japanTime) {
    japanTime = { time: start, date: meetingDate };
    start = localInNote;
  }
  if (start) {
    // "(Japan time)" right after the time with no other clock means the time itself is Japan time.
    if (basis === 'unstated' && japanTime === undefined && /\(japan(?:ese)? (?:standard )?time\)/i.test(preamble)) basis = 'japan';
    timing.startTime = {
      time: start,
      approximate,
      basis,
      ...(japanTime ? { japanTime } : {}),
      ...(endTime ? { endTime } : {}),
    };
    if (basis === 'japan' && !timing.startTime.japanTime) timing.startTime.japanTime = { time: start };
  }

  // A duration only in parentheses ("(for approximately 60 minutes, simultaneous interpretation)") still counts.
  const forDuration = FOR_DURATION.exec(outside) ?? FOR_DURATION.exec(preamble) ?? HYPHENATED_DURATION.exec(outside);
  const duration = forDuration ? readDuration(forDuration[1]!.replace(/-(minute|hour)$/, ' $1s')) : undefined;
  if (duration) {
    timing.durationMinutes = duration.minutes;
    timing.durationApproximate = duration.approximate;
  } else if (start && endTime) {
    timing.durationMinutes = minutesBetween(start, endTime);
    timing.durationApproximate = approximate;
  }
  return timing;
}

export interface PlaceAndOccasion {
  place?: string;
  occasion?: string;
}

const VISITING = String.raw`\b(?:visiting|(?:during|on|in the course of) (?:his|her|their|the|(?:[A-Z][\w-]+ )?[A-Z][\w-]+['’]s) (?:visit|trip) to)\s+`;
const SENTENCE_END = String.raw`(?=;|\.\s|\.?$)`;
// Places and occasions are short; bounding them keeps each match linear on long or hostile text.
/** A place: no sentence end inside, but abbreviations such as "D.C." are fine. */
const PLACE = String.raw`(?:[^.;]|\.(?=\S)){1,120}?`;
// Here and below, a run of spaces after a lazy part is met at its start (the part would have ended a space earlier):
// the same matches, linear on long runs.
const VISIT_FOR = new RegExp(`${VISITING}(${PLACE})(?:,|(?<!\\s))\\s+(?:for|to attend|on the occasion of)\\s+(?:the\\s+)?([^;]{1,200}?)${SENTENCE_END}`, 'i');
const VISIT = new RegExp(`${VISITING}(${PLACE})${SENTENCE_END}`, 'i');
const SIDELINES = /\bon the (?:sidelines|margins) of (?:the\s+)?([^;]{1,200}?)(?:(?<!\s)\s+in\s+([A-Z][^;]{0,80}?))?(?=;|\.\s|\.?$)/i;
const IN_PLACE = /\b(?:held|met|took place)\s+in\s+([A-Z][^,.;]*?(?:,\s*[A-Z][^,.;]*?)?)(?=(?<!\s)\s+(?:on|from|at|to|for|during|in order)\b|[,.;]|$)/;

/** Finds where a meeting took place and on what occasion, as the text words them. */
export function readPlaceAndOccasion(text: string): PlaceAndOccasion {
  // A place is a name: "visiting for the G7 ..." visits no place.
  const named = (m: RegExpExecArray | null) => (m && /^(?:the\s+)?\p{Lu}/u.test(m[1]!) ? m : null);
  const visitFor = named(VISIT_FOR.exec(text));
  if (visitFor) return { place: visitFor[1]!.trim(), occasion: visitFor[2]!.trim() };
  const visit = named(VISIT.exec(text));
  if (visit) return { place: visit[1]!.replace(/,\s*$/, '').trim() };
  const sidelines = SIDELINES.exec(text);
  if (sidelines) return { occasion: sidelines[1]!.trim(), ...(sidelines[2] ? { place: sidelines[2].trim() } : {}) };
  const inPlace = IN_PLACE.exec(text);
  if (inPlace) return { place: inPlace[1]!.trim() };
  return {};
}

export type Channel = 'in-person' | 'telephone' | 'video';

export function readChannel(text: string): Channel {
  if (/\bvideo\b|\b(?:tele|web\s?)conference\b|\bonline\b|\bvirtual(?:ly)?\b/i.test(text)) return 'video';
  if (/\bcourtesy call\b/i.test(text)) return 'in-person';
  if (/\b(?:telephone|phone)\b|\bcall(?:ed)?\b/i.test(text)) return 'telephone';
  return 'in-person';
}
