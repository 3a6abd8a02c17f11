// Clock times and durations in the wording of the sources.

const UNITS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** "seven", "forty", "twenty-five" as numbers. */
function numberWord(word: string): number | undefined {
  if (word in UNITS) return UNITS[word];
  if (word in TENS) return TENS[word];
  const [tens, unit] = word.split('-');
  return tens && unit && tens in TENS && unit in UNITS && UNITS[unit]! < 10 ? TENS[tens]! + UNITS[unit]! : undefined;
}

/** "10:00 a.m.", "10 a.m.", "5:10pm", "09:00 a.m.", "0:00 p.m.", "noon", "17:10". */
export const TIME_PATTERN = String.raw`(?:(\d{1,2})(?::(\d{2}))?\s*([ap])\.?\s?m\.?|(\d{1,2}):(\d{2})(?!\s*[ap]\.?\s?m)|noon|midnight)`;
const TIME_ONLY = new RegExp(`^${TIME_PATTERN}$`, 'i');

/** Converts one time expression to "HH:MM", or undefined when it is not a real time. */
export function toClock(expression: string): string | undefined {
  const text = expression.trim();
  if (/^noon$/i.test(text)) return '12:00';
  if (/^midnight$/i.test(text)) return '00:00';
  const m = TIME_ONLY.exec(text);
  if (!m) return undefined;
  let hours: number;
  let minutes: number;
  if (m[3]) {
    hours = Number(m[1]);
    minutes = Number(m[2] ?? '0');
    if (hours > 12) return undefined;
    const pm = m[3].toLowerCase() === 'p';
    // MOFA writes noon as "0:00 p.m."; 12 a.m. is midnight.
    if (hours === 12) hours = pm ? 12 : 0;
    else if (pm) hours += 12;
  } else {
    hours = Number(m[4]);
    minutes = Number(m[5]);
  }
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

function amount(word: string): number | undefined {
  const lower = word.toLowerCase();
  if (/^\d+(?:\.\d+)?$/.test(lower)) return Number(lower);
  return numberWord(lower);
}

const AMOUNT = String.raw`(\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)`;
const DURATION = new RegExp(
  String.raw`^(?:(approximately|about|around|some|roughly|nearly|over|more than)\s+)?` +
    String.raw`(?:${AMOUNT}\s+hours?(?:,?\s+(?:and\s+)?(?:a\s+half|${AMOUNT}\s+minutes?))?|half\s+an\s+hour|${AMOUNT}\s+and\s+a\s+half\s+hours?|${AMOUNT}\s+minutes?)$`,
  'i',
);

export interface Duration {
  minutes: number;
  approximate: boolean;
}

/** Reads "approximately 50 minutes", "two hours", "one hour and 30 minutes", "for 35 minutes" (without "for"). */
export function readDuration(phrase: string): Duration | undefined {
  const m = DURATION.exec(phrase.trim().replace(/\s+/g, ' '));
  if (!m) return undefined;
  const approximate = m[1] !== undefined;
  let minutes: number | undefined;
  if (m[2] !== undefined) {
    const hours = amount(m[2]);
    const extra = m[3] !== undefined ? amount(m[3]) : /and a half/i.test(phrase) ? 30 : 0;
    minutes = hours === undefined || extra === undefined ? undefined : hours * 60 + extra;
  } else if (/^(?:\S+\s+)?half an hour$/i.test(phrase.trim())) {
    minutes = 30;
  } else if (m[4] !== undefined) {
    const hours = amount(m[4]);
    minutes = hours === undefined ? undefined : hours * 60 + 30;
  } else if (m[5] !== undefined) {
    minutes = amount(m[5]);
  }
  if (minutes === undefined || minutes <= 0 || !Number.isFinite(minutes)) return undefined;
  return { minutes: Math.round(minutes), approximate };
}

export function minutesBetween(start: string, end: string): number {
  const toMinutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
  const diff = toMinutes(end) - toMinutes(start);
  return diff > 0 ? diff : diff + 24 * 60;
}
