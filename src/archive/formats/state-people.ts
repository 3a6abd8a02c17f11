// People as State Department texts name them: a style before the name ("Secretary of State Antony J. Blinken",
// "Republic of Korea (ROK) Foreign Minister Park Jin", "Israeli Alternate Prime Minister and Foreign Minister Yair
// Lapid"), listed with commas and "and" ("... Hayashi Yoshimasa and Republic of Korea (ROK) Foreign Minister ...").
// A list is cut only where a name ends, so an "and" inside a style never splits one person into two.
import { countrySpans, isCountryWord } from './country-words.ts';
import type { NamedParticipant } from './format.ts';
import { stripHonorifics } from './person-phrases.ts';
import { cleanTitle } from './state-lines.ts';

export interface StatePerson {
  /** The name as written ("Antony J. Blinken"), or the family name alone ("Blinken"). */
  name: string;
  /** The words written before the name ("Secretary of State"), when any. */
  style?: string;
  /** An office written after the name ("Kurt M. Campbell, Deputy Secretary of State"). */
  office?: string;
}

const STYLE_WORDS = new Set(
  `minister ministers ministry secretary secretaries state foreign affairs prime president vice deputy alternate special
  representative representatives envoy director general director-general bureau ambassador under assistant chief cabinet
  principal first second senior acting spokesperson counselor counsellor coordinator advisor adviser national security
  defense defence unification trade commerce finance treasury chairman chair premier chancellor king queen crown prince
  emir sultan governor mayor leader speaker senator commissioner high undersecretary administrator department office
  head presidential member politburo communist party commission economy economic industry
  and for of the on in to at`
    .split(/\s+/)
    .filter(Boolean),
);
export const isStyleWord = (word: string) => STYLE_WORDS.has(word.toLowerCase());
const CONNECTIVES = new Set(['and', 'for', 'of', 'the', 'on', 'in', 'to', 'at']);
/** Words of a title that are never part of a name ("Trilateral Meeting"). */
const EVENT_WORDS = new Set('meeting meetings call calls talks summit statement remarks availability conference dialogue visit travel readout trilateral bilateral ministerial consultations'.split(' '));
/** Words of groups and regions: "Civil Society Leaders from Southeast Asia", "States Parties" name no one person. */
const GROUP_WORDS = new Set('parties states leaders society civil asia africa europe americas america pacific southeast northeast middle east gulf caribbean latin region regional delegation delegations representatives members'.split(' '));
/** Words that show a phrase names someone by what they are, not only by name. */
const STYLE_HINT = /\b(?:Minister|Secretary|President|Head|Member|Premier|Chancellor|Ambassador|Envoy|Representative|Director|Spokesperson|Counselor|Coordinator|Chairman|King|Queen|Prince|Emir|Sultan|Governor|Senator|Commissioner|counterpart)\b/i;

function isNameWord(word: string, inCountry: boolean): boolean {
  if (inCountry) return false;
  // Opening marks first, then closing ones from where their run starts: a long run is read once.
  const w = word.replace(/^[("“]+/, '').replace(/(?<![)"”,;:])[)"”,;:]+$/, '');
  // An Arabic family name may keep its article in lower case ("Badr al-Busaidi").
  if (/^(?:al|el)-\p{Lu}[\p{L}'’-]*$/u.test(w)) return true;
  if (!/^(?:\p{Lu}[\p{L}'’-]*|\p{Lu}\.)$/u.test(w)) return false;
  if (STYLE_WORDS.has(w.toLowerCase()) || EVENT_WORDS.has(w.toLowerCase().replace(/['’]s$/, '')) || GROUP_WORDS.has(w.toLowerCase()) || isCountryWord(w) || isCountryWord(w.replace(/['’]s$/, ''))) return false;
  return !/^\(/.test(word);
}

/** One person's phrase as the name at its end and the style before it: "Vice Minister of Unification Kim Ki-woong". */
export function readStatePerson(phrase: string): StatePerson | undefined {
  const text = stripHonorifics(phrase.replace(/^(?:and|with)\s+/i, '').replace(/(?<![.,;:])[.,;:]+$/, '').trim());
  if (!text) return undefined;
  const words = text.split(/\s+/);
  const spans = countrySpans(text);
  let offset = 0;
  const inCountry = words.map((w) => {
    const at = text.indexOf(w, offset);
    offset = at + w.length;
    return spans.some(([s, e]) => at >= s && at < e);
  });
  let start = words.length;
  while (start > 0 && words.length - start < 4 && isNameWord(words[start - 1]!, inCountry[start - 1]!)) start--;
  if (start === words.length) return undefined;
  // Capitalised words after "for", "of" or "the" belong to an office ("Director General for Asian ... Affairs").
  if (start > 0 && CONNECTIVES.has(words[start - 1]!.toLowerCase())) return undefined;
  const name = words.slice(start).join(' ');
  const style = words.slice(0, start).join(' ').trim();
  // One bare capitalised word with nothing that says it is a person ("Trilateral Meeting") names no one.
  if (start === words.length - 1 && !STYLE_HINT.test(style)) return undefined;
  return { name, ...(style ? { style } : {}) };
}

/** Words that can open another person's phrase after "and": a style, a country, a pronoun or an honorific. */
const OPENER = /^(?:Secretary|Minister|Head|Foreign|Prime|President|Vice|Deputy|Special|Ambassador|Director|Under|Assistant|Chief|Senior|Acting|First|Principal|Spokesperson|Counselor|King|Queen|Crown|Emir|Chancellor|Premier|High|Defen[cs]e|National|North|South|Republic|Kingdom|People['’]s|Democratic|his|her|their|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|H\.\s?E\.)\b/u;

function opensPerson(next: string): boolean {
  const first = next.split(/\s+/)[0] ?? '';
  return OPENER.test(next) || isCountryWord(first) || isCountryWord(first.replace(/['’]s$/, '')) || countrySpans(next).some(([s]) => s === 0);
}

/** Where a list of people may be cut: after a name, at a comma or "and" (parentheses are never cut). */
function cutList(list: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let current = '';
  // " and " is cut where its spaces start, so a long run of spaces is read once.
  const tokens = list.split(/(,\s*(?:and\s+)?|(?<!\s)\s+and\s+|[()])/i);
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token === '(') depth++;
    if (token === ')') depth = Math.max(0, depth - 1);
    const separator = k % 2 === 1 && token !== '(' && token !== ')';
    if (separator && depth === 0) {
      const next = tokens.slice(k + 1).join('').trim();
      const person = readStatePerson(current);
      const endsInName = person !== undefined && current.trim().endsWith(person.name);
      // "and" also joins the parts of one office ("Peace and Security Affairs"): it cuts only before another person.
      const nextPerson = readStatePerson(tokens[k + 1] ?? '');
      const styled = nextPerson?.style !== undefined && STYLE_HINT.test(nextPerson.style);
      if (endsInName && (token.includes(',') ? /^\p{Lu}|^(?:his|her|their|the)\b/u.test(next) : opensPerson(next) || styled)) {
        pieces.push(current.trim());
        current = '';
        continue;
      }
    }
    current += token;
  }
  if (current.trim()) pieces.push(current.trim());
  return pieces;
}

/** Everyone a list names, in order; a piece that names no one is the office of the person before it. */
export function statePeople(list: string): StatePerson[] {
  const people: StatePerson[] = [];
  for (const piece of cutList(list.trim())) {
    const person = readStatePerson(piece);
    if (person) people.push(person);
    else if (people.length && STYLE_HINT.test(piece) && !/^(?:his|her|their)\b/i.test(piece)) people.at(-1)!.office = piece.replace(/(?<![.,;:])[.,;:]+$/, '');
  }
  return people;
}

/**
 * A person as the archive records them. A full name stands alone: the style before it is a way of addressing,
 * and people.yaml knows the office. A family name keeps its style ("Secretary Blinken"), which is how the text
 * refers to the person and what tells who is meant.
 */
export function asParticipant(person: StatePerson, line: number): NamedParticipant {
  const fullName = person.name.split(/\s+/).length > 1;
  const name = fullName || !person.style ? person.name : `${person.style} ${person.name}`;
  const own = [person.style, person.office].some((o) => o !== undefined && US_OFFICE.test(o));
  return { name, ...(person.office ? { office: person.office } : {}), ...(person.style ? { style: person.style } : {}), ...(own ? { ownCountry: 'united-states' } : {}), line };
}

/** An office with no qualifier of its own ("Prime Minister", "Head of the Presidential Office"), not the Department's. */
export function isBareOffice(style: string | undefined): boolean {
  return style !== undefined && style.split(/\s+/).every((w) => STYLE_WORDS.has(w.toLowerCase().replace(/[,;]$/, ''))) && !US_OFFICE.test(style);
}

/**
 * The Department's own offices, and the Cabinet's ("Secretary of Defense"), which its texts never qualify with "U.S.":
 * a country after "for" is a portfolio.
 */
const US_OFFICE = /^(?:(?:U\.?S\.?|American|United States) )?(?:Secretary(?: of State)?|Secretary of (?:Defense|the Treasury|Commerce|Homeland Security|Energy|Agriculture|the Interior|Labor|Transportation|Education|Health and Human Services|Veterans Affairs|Housing and Urban Development)$|(?:Deputy|Under|Assistant|Acting) Secretary\b|Special (?:Representative|Envoy|Coordinator|Presidential Envoy)\b|Counselor\b|(?:Principal )?(?:Deputy )?(?:Department )?Spokesperson|Ambassador-at-Large\b)(?: of State)?(?:\s+(?:for|on)\b.*)?$/i;

/** The part of a title that names people, without its kind and its occasion; undefined when it names none. */
function titlePeopleText(title: string): string | undefined {
  let t = cleanTitle(title);
  // "Joint Statement on the Meeting of Secretary Blinken and Turkish Foreign Minister Cavusoglu" names them.
  t = t.replace(/^(?:Joint Statement|Statement|Readout) on the (?:Meeting|Call|Talks) (?:of|between)\s+/i, '');
  if (/^(?:Joint Statement|Statement|Readout|Remarks) (?:on|regarding|concerning|about)\b/i.test(t)) return undefined;
  t = t
    .replace(/^(?:Joint Statement|Statement|Readout|Remarks)\s+(?:by|of|from)\s+/i, '')
    .replace(/^(?:Joint )?Press (?:Availability|Conference|Remarks) with\s+/i, '')
    .replace(/^Remarks (?:to the Press )?with\s+/i, '')
    .replace(/['’]s\s+(?:[\w-]+\s+){0,2}?(?:Meetings?|Calls?|Conversations?|Talks|Dinner|Lunch(?:eon)?|Breakfast|Consultations?)\s+with\s+/i, ', ')
    .replace(/['’]s\s+(?:[\w-]+\s+){0,2}?(?:Meetings?|Calls?|Conversations?|Talks|Consultations?)$/i, '')
    // "... at the <event> with ...": the event runs from a visible character to a visible one, so each space is read
    // once; "at the  with" (two spaces) still cuts there.
    .replace(/(?<!\s)\s+at\s+(?:a|an|the)(?:\s+[^,\s](?:[^,]*?[^,\s])??|\s(?=\s))\s+with\s+/i, ', ')
    .replace(/(?<!\s)\s+(?:Before|After|Following|At|Prior to|Ahead of|During|On the (?:Margins|Sidelines) of)\s+(?:Their|the|a|an)\b.*$/i, '');
  return t;
}

/** People a title names, each with a style or as a full name: "Remarks With Japanese Foreign Minister Fumio Kishida". */
export function titlePeople(title: string): StatePerson[] {
  const text = titlePeopleText(title);
  if (!text) return [];
  return statePeople(text).filter((p) => p.style ? STYLE_HINT.test(p.style) : p.name.split(/\s+/).length > 1);
}
