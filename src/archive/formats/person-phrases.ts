// People as readouts introduce them: "Mr. Fumio Kishida, Minister for Foreign Affairs", "Foreign Minister Katsuya
// Okada of Japan", "Minister for Foreign Affairs of Japan Seiji Maehara", "his Chinese counterpart Mr. Li Zhaoxing",
// "Senator the Hon Marise Payne, Minister for Foreign Affairs of the Commonwealth of Australia". A list is cut into
// pieces at commas and "and"; a piece that names someone starts a person, a piece that only holds an office joins
// the person it belongs to (the one before it, or, when it comes first, the one after).
import { countrySpans, countryWordMask, isCountryWord } from './country-words.ts';

export interface PersonMention {
  /** The name as written, honorifics removed ("Fumio Kishida", "HAYASHI Yoshimasa", "Blinken"). */
  name: string;
  /** The office as written, name removed ("Minister for Foreign Affairs of Japan", "his Chinese counterpart"). */
  office?: string;
}

const HONORIFIC = String.raw`(?:H\.\s?E\.|His Excellency|Her Excellency|Their Excellencies|Senator|(?:the |The )?(?:Rt\.? |Right )?Hon(?:ou?rable|\.|\b)|Mr\.?|Ms\.?|Mrs\.?|Madam|Dr\.?|Prof\.?|Professor|Sir|Dame|Sheikh|Shaikh)`;
const HONORIFICS = new RegExp(`(?<![\\p{L}])(?:${HONORIFIC})(?=\\s|$)\\s*`, 'gu');
/** Where a new person starts inside a run of words: an honorific. */
const HONORIFIC_AT = new RegExp(`(?:^|(?<=\\s))(?:${HONORIFIC})(?=\\s)`, 'u');

/** Words of offices and institutions: never part of a person's name. */
const OFFICE_WORDS = new Set(
  `Minister Ministers Ministry Foreign Affairs Secretary Secretaries State Prime President Vice Deputy Premier Chancellor Federal
  External Defence Defense Trade Industry Economy Economic Finance Treasury Commerce Representative Ambassador Ambassadors
  Extraordinary Plenipotentiary Special Envoy Advisor Adviser Assistant Under Chief Cabinet Director Director-General General
  Bureau Office Council Councilor Councillor Member Parliamentary Senior High Commissioner Secretary-General Spokesperson
  National Security King Queen Crown Prince Princess Emir Sultan Governor Mayor Leader Chairman Chair Chairperson Head
  Government Republic Kingdom Commonwealth Federation Union European Taoiseach Tánaiste MP MEP Senator Congressman
  Congresswoman Speaker House Senate Parliament Assembly Diet Agency Department Staff Chiefs Joint Force Forces Self-Defense
  Self-Defence Army Navy Air Affairs' Minister-President Counsellor Counselor Consul Consul-General Charge Chargé d'Affaires
  Permanent Mission Delegation Deputy-Director Vice-Minister Vice-President Vice-Chairman Acting Interim Incoming Outgoing
  Former Designate Nominee Administrator Coordinator Officer Inspector Attorney Justice Judge Court Supreme Cooperation
  Development International Relations Policy Planning Political Military Intelligence Services Service Centre Center
  Director-Generals Counterpart Counterparts Interior Home Health Environment Energy Education Science Technology Culture
  Agriculture Fisheries Transport Land Infrastructure Tourism Labour Labor Welfare Justice Digital Investment Planning
  Strategy Strategic Reconstruction Economy Overseas Unification Bilateral Trilateral G7 G20 ASEAN NATO UN EU Nations United
  First Second Third Principal Commonwealth Office Meeting Meetings Forum Summit Conference Annual Session Dialogue
  Talks Talk Ministerial Week Leaders Leaders' Group World Games Olympic Olympics Expo Declaration Agreement Treaty`
    .split(/\s+/)
    .filter(Boolean),
);
const PARTICLES = new Set(['of', 'for', 'the', 'and', 'to', 'on', 'in', 'at', 'his', 'her', 'their', 'its', 'a', 'an', 'with']);
/** Small words inside names: "bin", "van der", "de", "al-". */
const NAME_PARTICLES = new Set(['bin', 'binti', 'van', 'von', 'der', 'de', 'da', 'di', 'del', 'la', 'le', 'al', 'el', 'dos', 'das', 'du', 'ibn']);

const isCapitalised = (w: string) => /^\p{Lu}/u.test(w) || /^\p{Lu}\./u.test(w);
// Two steps, the closing marks found only where their run starts: linear on long runs of them.
const bare = (w: string) =>
  w
    .replace(/^[("“]+/, '')
    .replace(/(?<![)"”,;:])[)"”,;:]+$/, '')
    .replace(/['’]s$/, '');

function isNameWord(word: string): boolean {
  const w = bare(word);
  if (!w || !isCapitalised(w)) return false;
  if (OFFICE_WORDS.has(w) || OFFICE_WORDS.has(w.replace(/['’]s?$/, ''))) return false;
  if (isCountryWord(w)) return false;
  // Initials ("J."), hyphenated given names ("Eui-yong"), suffixes ("Jr.").
  return /^[\p{L}][\p{L}.'’-]*$/u.test(w);
}

/** Removes honorifics, "MP" and similar, and spaces left behind. */
export function stripHonorifics(text: string): string {
  return text.replace(HONORIFICS, '').replace(/(?<!\s)\s+MP\b/g, '').replace(/\s{2,}/g, ' ').trim();
}

/** The person a piece of text names, if it names one: the last run of name words not led by "of", "the" or "for". */
const OFFICE_HINT = /\b(?:Minister|Secretary|President|Premier|Chancellor|Ambassador|Senator|Spokesperson|Envoy|Advis[eo]r|Director|Governor|King|Queen|Prince|Emir|Sultan|counterpart|Chair(?:man|person)?|Representative|Commissioner|Councilor|Councillor|Leader|Mayor|Speaker)\b/;

function readPiece(piece: string, supported = false): PersonMention | { office: string } | undefined {
  const honored = HONORIFIC_AT.test(piece);
  const text = stripHonorifics(piece)
    .replace(/^(?:and|with|by|between)\s+/i, '')
    .replace(/(?<![.,;:])[.,;:]+$/, '')
    .trim();
  if (!text) return undefined;
  const words = text.split(/\s+/);
  // Words inside a many-word country name ("Republic of Korea", "Saint Lucia") are never name words.
  const inCountry = countryWordMask(text, words);
  const nameAt = (k: number) => !inCountry[k] && isNameWord(words[k]!);
  let best: { start: number; end: number } | undefined;
  for (let i = 0; i < words.length; i++) {
    if (!nameAt(i)) continue;
    let end = i + 1;
    while (end < words.length && (nameAt(end) || (NAME_PARTICLES.has(words[end]!) && end + 1 < words.length && nameAt(end + 1)))) end++;
    // "Jr." after a comma was split off as its own piece; inside a piece it stays with the name.
    const before = words[i - 1]?.toLowerCase();
    const ledByParticle = before !== undefined && PARTICLES.has(before) && !(honored && i === 0);
    if (!ledByParticle) best = { start: i, end };
    i = end - 1;
  }
  if (!best) return /\p{L}/u.test(text) ? { office: text } : undefined;
  const name = words.slice(best.start, best.end).join(' ').replace(/(?<![,;:])[,;:]+$/, '');
  const office = [...words.slice(0, best.start), ...words.slice(best.end)].join(' ').replace(/(?<!\s)\s+,/g, ',').replace(/^[,\s]+|(?<![,\s])[,\s]+$/g, '').trim();
  // Initials alone ("D.C") are an abbreviation, not a name.
  if (/^(?:\p{Lu}\.?)+$/u.test(name)) return office ? { office: text } : undefined;
  // One capitalised word with no honorific and no office beside it ("Visit to a ...") names no one.
  if (best.end - best.start === 1 && !honored && !OFFICE_HINT.test(office) && !supported) return office ? { office: text } : undefined;
  return { name, ...(office ? { office } : {}) };
}

/** Office words that can open a person's phrase ("Minister X", "Foreign Minister X"); others never do. */
const PERSON_OPENERS = new Set(
  'Minister Ministers Secretary President Prime Premier Vice Deputy State Foreign External Federal Chancellor Senator Ambassador Special Chief Director-General High Acting Former Crown King Queen Emir Sultan Governor Mayor Chairman Chair Speaker Senior Parliamentary Defence Defense National Interior Finance'.split(' '),
);

/** Whether the words after a comma or "and" can start another person, or only continue an office ("... Foreign and Commonwealth Affairs"). */
function startsAnother(rest: string): boolean {
  const word = bare(rest.trimStart().split(/\s+/)[0] ?? '');
  if (!word) return false;
  if (word.startsWith(MARK) || /^(?:his|her|their|the|The|and)$/.test(word)) return true;
  if (!isCapitalised(word)) return false;
  return !OFFICE_WORDS.has(word) || PERSON_OPENERS.has(word);
}

/** Splits at commas and "and" outside parentheses and country names, where another person can start. */
function pieces(list: string): string[] {
  const protectedSpans = countrySpans(list);
  const out: string[] = [];
  let depth = 0;
  let current = '';
  const push = () => {
    if (current.trim()) out.push(current.trim());
    current = '';
  };
  let offset = 0;
  // A separator starts only where its spaces start: linear on long runs of spaces.
  const tokens = list.split(/((?<!\s)\s+and\s+|,|[()[\]])/);
  tokens.forEach((token, k) => {
    const at = offset;
    offset += token.length;
    if (token === '(' || token === '[') depth++;
    if (token === ')' || token === ']') depth = Math.max(0, depth - 1);
    const separator = token === ',' || /^\s+and\s+$/.test(token);
    const inCountry = protectedSpans.some(([s, e]) => at > s && at < e);
    if (depth === 0 && separator && !inCountry && startsAnother(tokens.slice(k + 1).join(''))) {
      push();
      return;
    }
    current += token;
  });
  push();
  // "Joseph R. Biden, Jr." keeps its suffix.
  return out.reduce<string[]>((acc, p) => {
    if (/^(?:Jr|Sr)\.?$/.test(p) && acc.length) acc[acc.length - 1] += `, ${p}`;
    else acc.push(p);
    return acc;
  }, []);
}

/** Stands for a run of honorifics, so that a person's start is one token however it was styled. */
const MARK = '\u0001';
const HONORIFIC_RUN = new RegExp(`(?<![\\p{L}])(?:(?:${HONORIFIC})(?=\\s|$)\\s*)+`, 'gu');

/** Every person a list names, each with the office written beside them. */
export function peopleInList(list: string): PersonMention[] {
  const people: PersonMention[] = [];
  let pendingOffice: string[] = [];
  let last: PersonMention | undefined;
  const marked = list.replace(HONORIFIC_RUN, ` ${MARK}`).replace(/\s{2,}/g, ' ');
  for (const raw of pieces(marked)) {
    // Two people run together with no comma: "the Foreign Minister of Japan Mr. Taro Aso and his ... Mr. Li".
    const parts = raw.split(new RegExp(`(?<!\\s)\\s+(?=${MARK})`, 'u')).map((p) => p.trim()).filter(Boolean);
    for (const [k, part] of parts.entries()) {
      const officeFollows = k === parts.length - 1 && OFFICE_HINT.test(list.slice(list.indexOf(raw.slice(0, 20)) + raw.length, list.indexOf(raw.slice(0, 20)) + raw.length + 60));
      const read = readPiece(part.replaceAll(MARK, 'Mr. '), officeFollows);
      if (!read) continue;
      if ('name' in read) {
        const office = [...pendingOffice, read.office].filter(Boolean).join(' ').trim();
        last = { name: read.name, ...(office ? { office } : {}) };
        people.push(last);
        pendingOffice = [];
      } else if (last && !/^(?:his|her|their)\b/i.test(read.office) && !part.startsWith(MARK) && parts.length === 1) {
        last.office = last.office ? `${last.office}, ${read.office}` : read.office;
      } else {
        pendingOffice.push(read.office);
      }
    }
  }
  return people;
}
