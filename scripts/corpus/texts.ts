// Writes planned meetings up as the two publishers do: MOFA pages and U.S. Department of State documents.
import { addDays, MONTHS } from '../../src/archive/dates.ts';
import type { OfficeHolder, PlannedMeeting } from './plan.ts';
import { STATE_BODY_CHARS, STATE_ONE_PARAGRAPH_SHARE } from './calibration.ts';
import type { Random } from './random.ts';
import { PLAIN_MOFA, PLAIN_STATE, type Wording } from './world.ts';

export interface WrittenText {
  text: string;
  /** Facts for sources.yaml that the text does not carry. */
  facts: { title?: string; date?: string };
}

const monthDay = (iso: string) => `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${Number(iso.slice(8, 10))}`;
const dateLine = (iso: string) => `${monthDay(iso)}, ${iso.slice(0, 4)}`;

function clock(minutes: number): string {
  const h = Math.floor(minutes / 60) % 24;
  const m = minutes % 60;
  return `${h % 12 === 0 ? 12 : h % 12}:${String(m).padStart(2, '0')} ${h < 12 ? 'a.m.' : 'p.m.'}`;
}

function duration(minutes: number): string {
  if (minutes === 60) return 'one hour';
  if (minutes === 120) return 'two hours';
  return `${minutes} minutes`;
}

const fits = (w: Wording, year: number) => (w.from ?? 0) <= year && year <= (w.until ?? 9999);

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function fill(template: string, slots: Record<string, string>): string {
  return capitalise(template.replace(/\{(\w+)\}/g, (_, key: string) => slots[key] ?? `{${key}}`));
}

function styleOf(m: OfficeHolder): string {
  return m.country === 'united-states' ? `Secretary ${m.family}` : m.country === 'japan' ? `Minister ${m.family}` : `Foreign Minister ${m.family}`;
}

/** "Japan-ROK", "Japan-U.S.-Australia": the short names MOFA joins into a meeting's name. */
function joined(meeting: PlannedMeeting): string {
  return meeting.countries.map((c) => c.shortName).join('-');
}

function meetingName(meeting: PlannedMeeting, apostrophe = '’'): string {
  const what = meeting.channel === 'telephone' ? 'Telephone Talk' : meeting.channel === 'video' ? 'Video Conference' : 'Meeting';
  return `${joined(meeting)} Foreign Ministers${apostrophe} ${what}`;
}

function excellency(random: Random, m: OfficeHolder): string {
  if (m.country === 'united-states') return 'the Honorable';
  if (random.chance(0.2)) return m.gender === 'f' ? 'Her Excellency Ms.' : 'His Excellency Mr.';
  return random.pick(m.gender === 'f' ? ['H.E. Ms.', 'H.E. Dr.'] : ['H.E. Mr.', 'H.E. Dr.']);
}

function placeText(meeting: PlannedMeeting): string {
  const venue = meeting.venue!;
  return venue.city && venue.city !== venue.country.inText ? `${venue.country.inText} (${venue.city})` : venue.country.inText;
}

function timing(random: Random, meeting: PlannedMeeting, abroad: boolean): string {
  const local = abroad ? ' (local time)' : '';
  const form = random.int(0, 3);
  if (form === 0) return `from ${clock(meeting.start)} to ${clock(meeting.start + meeting.minutes)}${local}`;
  const around = form === 1 ? 'around ' : '';
  return `commencing at ${around}${clock(meeting.start)}${local} for approximately ${duration(meeting.minutes)}`;
}

function mofaLead(random: Random, meeting: PlannedMeeting): string {
  const [japanese, ...others] = meeting.ministers;
  const subject = `${japanese!.gender === 'f' ? 'Ms.' : 'Mr.'} ${japanese!.aliases[0]}, ${japanese!.title}`;
  const objects = others.map((m) => `${excellency(random, m)} ${m.name}, ${m.title}`);
  const withWhom = objects.length === 1 ? objects[0]! : `${objects.slice(0, -1).join(', ')}, and ${objects[objects.length - 1]}`;
  const on = `On ${monthDay(meeting.date)}`;
  if (meeting.channel !== 'in-person') {
    const verb = meeting.channel === 'video' ? 'held a video conference with' : random.chance(0.2) ? 'spoke over the phone with' : 'held a telephone talk with';
    return `${on}, ${timing(random, meeting, false)}, ${subject}, ${verb} ${withWhom}. The overview of the talk is as follows.`;
  }
  const venue = meeting.venue!;
  const held = `held a ${meetingName(meeting)} with ${withWhom}`;
  if (venue.country.id === 'japan') return `${on}, ${timing(random, meeting, false)}, ${subject}, ${held}, who is visiting Japan. The overview of the meeting is as follows.`;
  const visiting = venue.occasion ? `visiting ${placeText(meeting)} for ${venue.occasion}` : `who is visiting ${placeText(meeting)}`;
  return `${on}, ${timing(random, meeting, true)}, ${subject}, ${visiting}, ${held}. The overview of the meeting is as follows.`;
}

/** A MOFA page: series line, date line, captions, lead, numbered points, "Back to ...". */
export function writeMofa(random: Random, meeting: PlannedMeeting): WrittenText {
  const year = Number(meeting.date.slice(0, 4));
  const partner = meeting.countries.find((c) => c.id !== 'japan')!;
  const series = `Japan-${partner.series} Relations`;
  const published = random.chance(0.2) ? addDays(meeting.date, 1) : meeting.date;
  const captions = meeting.channel === 'in-person' ? random.sample([`(Photo) ${meetingName(meeting)}`, 'The Ministers shaking hands', 'Group photo of the Ministers'], random.int(0, 2)) : [];
  const [japanese, ...others] = meeting.ministers;
  const slots = { both: meeting.countries.length === 2 ? 'the two Ministers' : 'the three Ministers', jp: styleOf(japanese!), x: styleOf(others[0]!) };
  const sentences = meeting.topics.flatMap((t) => {
    const options = t.mofa.filter((w) => fits(w, year));
    return options.length ? [fill(random.pick(options).text, slots)] : [];
  });
  const points = [fill(random.pick(PLAIN_MOFA), slots)];
  for (let i = 0; i < sentences.length; i++) {
    points.push(random.chance(0.3) && i + 1 < sentences.length ? `${sentences[i]} ${sentences[++i]}` : sentences[i]!);
  }
  if (random.chance(0.5)) points.push(fill(random.pick(PLAIN_MOFA), slots));
  const lines = [
    series,
    '',
    dateLine(published),
    ...captions,
    '',
    mofaLead(random, meeting),
    '',
    ...points.map((p, i) => `  ${i + 1}. ${p}`),
    '',
    `Back to ${series}`,
  ];
  return { text: lines.join('\n'), facts: random.chance(0.7) ? { title: meetingName(meeting, "'") } : {} };
}

function foreignMinister(m: OfficeHolder, full: boolean, countries: PlannedMeeting['countries']): string {
  const adjective = countries.find((c) => c.id === m.country)!.adjective;
  return `${adjective} Foreign Minister ${full ? m.name : m.family}`;
}

function andList(items: string[]): string {
  return items.length <= 2 ? items.join(' and ') : `${items.slice(0, -1).join(', ')}, and ${items[items.length - 1]}`;
}

function stateSentences(random: Random, meeting: PlannedMeeting, slots: Record<string, string>): string[] {
  const year = Number(meeting.date.slice(0, 4));
  return meeting.topics.flatMap((t) => {
    const options = t.state.filter((w) => fits(w, year));
    return options.length ? [fill(random.pick(options).text, slots)] : [];
  });
}

function paragraphs(random: Random, sentences: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < sentences.length; i++) out.push(random.chance(0.4) && i + 1 < sentences.length ? `${sentences[i]} ${sentences[++i]}` : sentences[i]!);
  return out;
}

interface StateDocument {
  title: string;
  body: string[];
}

function stateReadout(random: Random, meeting: PlannedMeeting, when: 'today' | 'yesterday', slots: Record<string, string>): StateDocument {
  const secretary = meeting.ministers.find((m) => m.country === 'united-states')!;
  const others = meeting.ministers.filter((m) => m !== secretary);
  const call = meeting.channel === 'telephone';
  const title = `Secretary ${secretary.family}’s ${call ? 'Call' : 'Meeting'} with ${andList(others.map((m) => foreignMinister(m, false, meeting.countries)))}`;
  const withWhom = andList(others.map((m) => foreignMinister(m, true, meeting.countries)));
  const venue = meeting.venue;
  const where = call || !venue ? '' : venue.occasion ? ` on the sidelines of ${venue.occasion} in ${venue.city ? `${venue.city}, ` : ''}${venue.country.name}` : ` in ${venue.city ?? venue.country.shortName}`;
  const first = call
    ? `Secretary of State ${secretary.name} spoke ${when} with ${withWhom} to discuss shared priorities.`
    : `Secretary of State ${secretary.name} met ${when} with ${withWhom}${where}.`;
  // As long as real readouts: plain sentences after the first until the body reaches a length drawn from theirs.
  const target = random.pick([STATE_BODY_CHARS.p25, STATE_BODY_CHARS.median, STATE_BODY_CHARS.median, STATE_BODY_CHARS.p75]);
  const sentences = [first, ...stateSentences(random, meeting, slots)];
  for (const plain of random.sample(PLAIN_STATE, PLAIN_STATE.length)) {
    if (sentences.join(' ').length >= target) break;
    sentences.splice(1, 0, fill(plain, slots));
  }
  const split = random.chance(STATE_ONE_PARAGRAPH_SHARE) ? sentences.length : Math.ceil(sentences.length / 2);
  const body = [`The below is attributable to Spokesperson ${meeting.spokesperson.name}:`, sentences.slice(0, split).join(' '), ...(split < sentences.length ? [sentences.slice(split).join(' ')] : [])];
  if (random.chance(0.15)) body.push('[Read the full text: English]');
  return { title, body };
}

function stateJointStatement(random: Random, meeting: PlannedMeeting, slots: Record<string, string>): StateDocument {
  const secretary = meeting.ministers.find((m) => m.country === 'united-states')!;
  const others = meeting.ministers.filter((m) => m !== secretary);
  const title = `Joint Statement by ${andList([`Secretary ${secretary.family}`, ...others.map((m) => foreignMinister(m, false, meeting.countries))])}`;
  const governments = andList(meeting.countries.map((c) => c.inText));
  const sentences = stateSentences(random, meeting, { ...slots, x: 'the Ministers' });
  return {
    title,
    body: [
      `The text of the following joint statement was released by the Governments of ${governments}.`,
      'Begin text',
      `The Ministers of ${andList(meeting.countries.map((c) => c.inText))} met to reaffirm their close partnership.`,
      ...paragraphs(random, sentences),
      'End Text',
    ],
  };
}

function stateRemarks(random: Random, meeting: PlannedMeeting): StateDocument {
  const secretary = meeting.ministers.find((m) => m.country === 'united-states')!;
  const others = meeting.ministers.filter((m) => m !== secretary);
  const title = `${andList([`Secretary ${secretary.name}`, ...others.map((m) => foreignMinister(m, false, meeting.countries))])} Before Their Meeting`;
  const part = random.pick(['morning', 'afternoon', 'evening']);
  const body = [
    `SECRETARY ${secretary.family.toUpperCase()}:\u00a0 Good ${part}, everyone. It is a great pleasure to be joined by ${andList(others.map(styleOf))}.`,
    random.pick(['We have a full agenda, from regional security to our economic ties.', 'Our partnership has never been stronger, and there is much to discuss.', 'I look forward to a productive conversation.']),
    ...others.map((m) => `FOREIGN MINISTER ${m.family.toUpperCase()}:\u00a0 ${m.country === 'japan' || m.country === 'republic-of-korea' ? '(Via interpreter) ' : ''}Thank you, ${secretary.given}. I look forward to our discussion.`),
  ];
  return { title, body };
}

/** A State Department file: the banner, then its documents apart by two blank lines. */
export function writeState(random: Random, meeting: PlannedMeeting): WrittenText {
  const kinds = meeting.accounts.filter((a) => a !== 'mofa');
  const secretary = meeting.ministers.find((m) => m.country === 'united-states')!;
  const partner = meeting.ministers.find((m) => m !== secretary)!;
  const slots = { x: styleOf(partner), partner: meeting.countries.find((c) => c.id === partner.country)!.inText };
  // Only a readout alone can say "yesterday": the other documents of a file are dated the day they were issued.
  const when = kinds.length === 1 && kinds[0] === 'state-readout' && random.chance(0.1) ? 'yesterday' : 'today';
  const published = when === 'yesterday' ? addDays(meeting.date, 1) : meeting.date;
  const dated = random.chance(0.7);
  const documents = kinds.map((kind) =>
    kind === 'state-joint-statement' ? stateJointStatement(random, meeting, slots) : kind === 'state-remarks' ? stateRemarks(random, meeting) : stateReadout(random, meeting, when, slots),
  );
  const blocks = documents.map((d) => [dated ? `${d.title}\n${dateLine(published)}` : d.title, ...d.body].join('\n\n'));
  return { text: ['An official website of the United States government', ...blocks].join('\n\n\n'), facts: dated ? {} : { date: published } };
}
