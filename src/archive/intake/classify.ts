// What the archive takes from a publisher's feed: accounts of a meeting. Readouts of meetings and calls, joint
// statements issued at a meeting, and remarks before or after a meeting or at a joint press availability. Every
// other release (travel announcements, statements on events, sanctions, briefings, interviews) is left out, each
// with the reason, decided from the title and the body.

export type Decision = { take: true; as: 'readout' | 'joint-statement' | 'remarks' } | { take: false; reason: SkipReason };

export const SKIP_REASONS = [
  'travel announcement',
  'press briefing',
  'public schedule',
  'interview',
  'sanctions, designations or rewards',
  'joint statement not issued at a meeting',
  'remarks not at a meeting',
  'statement on an event or a policy',
  'names no one who met',
  'joint statement of governments, naming no minister',
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/** "... Meeting With ...", "... Call with ...", "... Calls with ...", "... Trilateral Meeting with ...". */
const MEETING_TITLE = /\b(?:Meetings?|Calls?|Phone Call|Telephone Call|Video ?(?:Call|Conference)|Conversation|Dinner|Lunch|Luncheon|Breakfast|Trilateral|Bilateral)\s+(?:With|with)\b|\bMeets\s+(?:With|with)\b|^Readout\b|\bReadout of\b/;
const MEETING_REMARKS = /\bBefore Their (?:Meeting|Bilateral|Trilateral)|\bAfter Their (?:Meeting|Bilateral|Trilateral)|\bat a Joint Press (?:Availability|Conference)|\bJoint Press (?:Availability|Conference|Statements?)\s+(?:With|with)\b|\bStatements to the Press\b/i;
const JOINT_STATEMENT = /\bJoint (?:Statement|Communiqu[eé]|Declaration)\b/i;
/** A joint statement issued at a meeting says so: the ministers met, or the statement is on a ministerial meeting or dialogue. */
const AT_A_MEETING = /\b(?:met|meeting|ministerial|dialogue|consultations?|consultative committee|2\s?\+\s?2|summit|convened|held (?:a|the|their) )/i;

/** A person named by style or honorific: "Secretary Blinken", "Foreign Minister Hayashi", "H.E. Dr. Park". */
const NAMES_SOMEONE = /\b(?:Secretary|Minister|President|Premier|Chancellor|Ambassador|Envoy|Representative|Counselor|Spokesperson|Director|Governor|King|Emir|Sultan|Prince|Mr\.|Ms\.|Mrs\.|Dr\.|H\.E\.)\s+(?:of State\s+)?(?:\p{Lu}\.\s+)?\p{Lu}[\p{L}'’-]+/u;
/** A joint statement of ministers says so in its title: it names them, or a ministerial meeting. */
const MINISTERS_IN_TITLE = /\b(?:Secretary|Ministers?|Ministerial|President|Prime Minister|2\s?\+\s?2|Foreign Ministers)\b/;
/** The opening names the Secretary of State taking part: "Secretary of State Antony J. Blinken, ...". */
const SECRETARY_NAMED = /\bSecretary of State\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}|\bSecretary\s+(?:Blinken|Pompeo|Tillerson|Kerry|Clinton|Rubio)\b/u;
const TRAVEL = /\bTravels?\b|\bto Travel\b|\bTrip to\b|\bVisit to\b|\bto Visit\b/;
const BRIEFING = /\bBriefing\b|\bPress Conference\b(?!\s+(?:With|with))|\bTeleconference\b/;
const SCHEDULE = /\bPublic Schedule\b/;
const SANCTIONS = /\bSanction|\bDesignat|\bRewards for Justice\b|\bVisa Restrictions?\b|\bTerrorist\b|\bIndictment\b|\bArrest\b|\bAccountability\b|\bSeizure\b/i;
/** "Secretary X With <journalist> of <outlet>", "Secretary X on <programme>": an official's interview. */
const INTERVIEW = /^(?:Secretary|Deputy Secretary|Under Secretary|Assistant Secretary|Ambassador|Counselor|Special)\b.*\b(?:[Oo]n|[Ww]ith)\s+(?:[\p{Lu}][\p{L}’'.-]*\s*){1,4}(?:of|on)\s+(?:[\p{Lu}\d][\p{L}\d’'.-]*\s*){1,5}$|^(?:Secretary|Deputy Secretary)\b[^,]*\b[Oo]n\s+(?:[\p{Lu}][\p{L}’'.-]*\s*){1,3}['’]s\b|\bInterview\b|\bPodcast\b|\bThis Week\b|\bFace the Nation\b|\bMeet the Press\b/u;
const SPEECH = /\bRemarks\b|\bSpeech\b|\bAddress\b|\bOpening Remarks\b|\bKeynote\b|\bStatement\b|\bRemarks to\b/i;

export function classifyRelease(title: string, body: string): Decision {
  const t = title.replace(/\s+/g, ' ').trim();
  const opening = `${t} ${body.slice(0, 1500)}`;
  if (SCHEDULE.test(t)) return { take: false, reason: 'public schedule' };
  if (MEETING_REMARKS.test(t)) return { take: true, as: 'remarks' };
  if (JOINT_STATEMENT.test(t)) {
    if (!AT_A_MEETING.test(opening)) return { take: false, reason: 'joint statement not issued at a meeting' };
    // A statement of governments ("the U.S.-Iraq Strategic Dialogue") names no one: no meeting of people to place it in.
    return MINISTERS_IN_TITLE.test(t) || SECRETARY_NAMED.test(body.slice(0, 600)) ? { take: true, as: 'joint-statement' } : { take: false, reason: 'joint statement of governments, naming no minister' };
  }
  if (MEETING_TITLE.test(t) && !TRAVEL.test(t.replace(/\bVisit to\b.*$/, ''))) {
    return NAMES_SOMEONE.test(opening) ? { take: true, as: 'readout' } : { take: false, reason: 'names no one who met' };
  }
  if (TRAVEL.test(t)) return { take: false, reason: 'travel announcement' };
  if (BRIEFING.test(t)) return { take: false, reason: 'press briefing' };
  if (SANCTIONS.test(t)) return { take: false, reason: 'sanctions, designations or rewards' };
  if (INTERVIEW.test(t)) return { take: false, reason: 'interview' };
  if (SPEECH.test(t) && /^(?:Secretary|Deputy Secretary|Under Secretary|Assistant Secretary|Ambassador|Counselor|Special)/.test(t)) return { take: false, reason: 'remarks not at a meeting' };
  return { take: false, reason: 'statement on an event or a policy' };
}
