// People as ROK MOFA releases introduce them: the office before the name ("Minister for Foreign Affairs of Japan
// Toshimitsu Motegi", "State Councilor and Minister of Foreign Affairs of China Wang Yi"), the name then its office
// between commas ("Wang Yi, member of the Political Bureau ... and Minister of Foreign Affairs"), a family name set
// off by a comma ("Kang, Kyung-wha"), and attendee lists whose offices themselves hold "and" ("Assistant Secretary
// for East Asian and Pacific Affairs Daniel Russel, ...").
import { countryWordMask, isCountryWord } from './country-words.ts';
import { stripHonorifics, type PersonMention } from './person-phrases.ts';

/** Stands for the comma of "Kang, Kyung-wha" while a list is cut at its commas. */
export const NAME_COMMA = '\u2063';

/** Words of offices, institutions and portfolios: never part of a person's name. */
const NOT_NAME = new Set(
  `Minister Ministers Ministry Ministerial Foreign Affairs Secretary Secretaries State Prime President Presidential Vice Deputy
  Premier Chancellor Federal External Defence Defense Trade Industry Economy Economic Finance Treasury Commerce
  Representative Ambassador Ambassadors Extraordinary Plenipotentiary Special Envoy Envoys Advisor Adviser Assistant Under
  Chief Cabinet Director Director-General General Bureau Office Council Councilor Councillor Member Parliamentary Senior
  High Commissioner Secretary-General Spokesperson National Security King Queen Crown Prince Princess Emir Sultan Governor
  Mayor Leader Chairman Chair Chairperson Head Government Republic Kingdom Commonwealth Federation Union European MP
  Senator Congressman Congresswoman Speaker House Senate Parliament Assembly Diet Agency Department Staff Chiefs Joint Force
  Forces Army Navy Air Counsellor Counselor Consul Consul-General Charge Chargé Permanent Mission Delegation Vice-Minister
  Vice-President Acting Interim Incoming Outgoing Former Designate Administrator Coordinator Officer Attorney Justice Court
  Cooperation Development International Relations Policy Planning Political Military Intelligence Service Services Centre
  Center Counterpart Counterparts Interior Home Health Environment Energy Education Science Technology Culture Agriculture
  Fisheries Transport Land Infrastructure Tourism Labour Labor Welfare Digital Investment Strategy Strategic Unification
  Bilateral Trilateral Central Committee Commission Party Communist Politburo Standing Congress People's People’s Human
  Rights Issues Issue Pacific Asian Asia East West North South Northeast Southeast Peninsula Peace White Blue
  Administration Dialogue Forum Summit Conference Meeting Meetings Region Regional Affairs' Newly Level Vice-Ministerial
  G7 G20 ASEAN NATO UN EU Nations United The This That`
    .split(/\s+/)
    .filter(Boolean),
);
const PARTICLES = new Set(['of', 'for', 'the', 'and', 'to', 'on', 'in', 'at', 'his', 'her', 'their', 'its', 'a', 'an', 'with']);
/** Titles that stand before a name ("King Charles") and are surnames after a given name ("Robert King"). */
const TITLES_OR_SURNAMES = new Set(['King', 'Queen', 'Prince', 'Princess', 'Sultan', 'Emir', 'Crown', 'Chancellor', 'Justice', 'Judge', 'General', 'Marshal']);
const NAME_PARTICLES = new Set(['bin', 'binti', 'van', 'von', 'der', 'de', 'da', 'di', 'del', 'la', 'le', 'al', 'el', 'dos', 'das', 'du', 'ibn']);

// Two steps, the closing marks found only where their run starts: linear on long runs of them.
const bare = (w: string) =>
  w
    .replace(/^[("“]+/, '')
    .replace(/(?<![)"”,;:])[)"”,;:]+$/, '')
    .replace(/['’]s$/, '');

function isNameWord(word: string): boolean {
  if (/^\(|\)$/.test(word)) return false;
  const w = bare(word);
  if (!/^\p{Lu}/u.test(w)) return false;
  if (NOT_NAME.has(w) || isCountryWord(w)) return false;
  return new RegExp(`^\\p{Lu}[\\p{L}.'’${NAME_COMMA}-]*$`, 'u').test(w);
}

type Piece = PersonMention | { office: string };

/** The person a piece of text names: the last run of name words not led by "of", "the" or "for", and the rest as office. */
export function readPersonPiece(piece: string): Piece | undefined {
  const text = stripHonorifics(piece)
    .replace(/^(?:and|with|by)\s+/i, '')
    .replace(/(?<![.,;:])[.,;:]+$/, '')
    .trim();
  if (!/\p{L}/u.test(text)) return undefined;
  const words = text.split(/\s+/);
  const inCountry = countryWordMask(text, words);
  const nameAt = (k: number) => !inCountry[k] && isNameWord(words[k]!);
  let best: { start: number; end: number } | undefined;
  for (let i = 0; i < words.length; i++) {
    if (!nameAt(i)) continue;
    let end = i + 1;
    // A name ends at a comma: "for Korea, Robert King" is two phrases.
    const open = (k: number) => !/,$/.test(words[k - 1]!);
    while (end < words.length && open(end) && (nameAt(end) || (NAME_PARTICLES.has(words[end]!) && end + 1 < words.length && nameAt(end + 1)))) end++;
    if (end < words.length && open(end) && TITLES_OR_SURNAMES.has(bare(words[end]!)) && (end + 1 === words.length || !nameAt(end + 1))) end++;
    const before = words[i - 1]?.toLowerCase();
    if (before === undefined || !PARTICLES.has(before)) best = { start: i, end };
    i = end - 1;
  }
  if (!best) return { office: text };
  const name = words
    .slice(best.start, best.end)
    .join(' ')
    .replace(/(?<![,;:])[,;:]+$/, '')
    .replaceAll(NAME_COMMA, ', ');
  const office = [...words.slice(0, best.start), ...words.slice(best.end)].join(' ').replace(/^[,\s]+|(?<![,\s])[,\s]+$/g, '');
  return { name, ...(office ? { office } : {}) };
}

/** Cuts at commas and "and" outside parentheses, keeping each separator with the piece after it. */
function pieces(list: string): { sep: string; text: string }[] {
  const out: { sep: string; text: string }[] = [];
  let depth = 0;
  let sep = '';
  let current = '';
  // " and " starts only where its spaces start: linear on long runs of spaces.
  for (const token of list.split(/(,\s+and\s+|,\s*|(?<!\s)\s+and\s+|[()[\]])/)) {
    if (token === '(' || token === '[') depth++;
    if (token === ')' || token === ']') depth = Math.max(0, depth - 1);
    if (depth === 0 && /^(?:,\s+and\s+|,\s*|\s+and\s+)$/.test(token)) {
      if (current.trim()) out.push({ sep, text: current.trim() });
      sep = token;
      current = '';
      continue;
    }
    current += token;
  }
  if (current.trim()) out.push({ sep, text: current.trim() });
  return out;
}

interface Reading extends PersonMention {
  /** Named without an office before the name: the office pieces that follow describe them. */
  appositive: boolean;
  /** Which ", and"-joined group of the list the person stands in. */
  group: number;
}

function readList(list: string): Reading[] {
  const people: Reading[] = [];
  let pending = '';
  let group = 0;
  for (const { sep, text } of pieces(list)) {
    if (/^,\s+and\s+$/.test(sep)) group++;
    // "member of the Political Bureau ...", "newly appointed U.S. Secretary of State": a description, not a person.
    const description = /^\p{Ll}/u.test(text) && !/^(?:his|her|their)\b/.test(text);
    const read = description ? { office: text } : readPersonPiece(text);
    if (!read) continue;
    const last = people.at(-1);
    if ('name' in read) {
      // "State Councilor and Minister of ... Wang Yi": the office began in the pieces before.
      const office = pending ? `${pending}${sep}${read.office ?? ''}`.replace(/(?<![,\s])[,\s]+$/, '') : read.office;
      people.push({ name: read.name, ...(office ? { office } : {}), appositive: !office, group });
      pending = '';
    } else if (last?.appositive && !pending) {
      last.office = last.office ? `${last.office}${sep.replace(/^\s+/, ' ')}${read.office}` : read.office;
    } else {
      pending = pending ? `${pending}${sep}${read.office}` : read.office;
    }
  }
  return people;
}

/** Every person a list names, each with the office written beside them. */
export function readPeople(list: string): PersonMention[] {
  return readList(list).map(({ name, office }) => ({ name, ...(office ? { office } : {}) }));
}

/**
 * An attendee list: "A X, B Y and C Z of the Department of State, and D W of the White House". The institution after
 * the last name of a group belongs to every person of the group who names none.
 */
export function readAttendees(list: string): PersonMention[] {
  const people = readList(list);
  const institution = /\s(of the \p{Lu}[^,]*)$/u;
  for (const person of people) {
    if (!person.office || institution.test(person.office)) continue;
    const lastOfGroup = people.filter((p) => p.group === person.group).at(-1)!;
    const of = lastOfGroup.office ? institution.exec(lastOfGroup.office) : null;
    if (of && lastOfGroup !== person) person.office = `${person.office} ${of[1]}`;
  }
  return people.map(({ name, office }) => ({ name, ...(office ? { office } : {}) }));
}
