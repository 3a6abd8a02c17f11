// Honorifics and person phrases as the publishers write them.

const HONORIFIC = String.raw`(?:H\.\s?E\.|His Excellency|Her Excellency|Their Excellencies|(?:the |The )?Honou?rable|Hon\.|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Prof\.?|Professor)`;
export const HONORIFIC_RUN = new RegExp(`^(?:${HONORIFIC}\\s+)+`);
/** Where a person phrase starts inside a list: an honorific run. */
export const HONORIFIC_START = new RegExp(`(?:^|(?<=[\\s,]))(?:${HONORIFIC}\\s+)+`, 'g');

export function stripHonorifics(text: string): string {
  return text.replace(HONORIFIC_RUN, '').trim();
}

export interface PersonPhrase {
  name: string;
  office?: string;
  /** Words after the office that are not part of it ("during his visit to ..."). */
  rest?: string;
}

const OFFICE_END = /\s+(?=(?:during|while|on the (?:sidelines|margins)|on the occasion|visiting|who)\b)|,\s+(?=(?:during|while|on the (?:sidelines|margins)|on the occasion|visiting|who|and|in)\b)/;
/** A title written before the name: "Prime Minister KISHIDA Fumio", "Foreign Minister Park Jin". */
const LEADING_STYLE = /^((?:(?:Japanese|Korean|ROK|U\.S\.|Chinese)\s+)?(?:Prime Minister|Foreign Minister|Minister|Secretary of State|Secretary|President|Vice Minister|Deputy Secretary of State|Deputy Secretary|Ambassador))\s+(?=\p{Lu})/u;

/** Splits "H.E. Dr. Park Jin, Minister of Foreign Affairs of the Republic of Korea (ROK) during his visit ..." */
export function readPersonPhrase(phrase: string): PersonPhrase {
  let text = stripHonorifics(phrase.trim().replace(/^(?:and|with)\s+/i, '').replace(/,\s*$/, ''));
  const style = LEADING_STYLE.exec(text);
  if (style) text = text.slice(style[0].length);
  // "Joseph R. Biden, Jr., President ..." keeps its suffix in the name.
  const comma = text.search(/, (?!(?:Jr|Sr)\.?(?:,|$))/);
  if (comma === -1) {
    const end = OFFICE_END.exec(text);
    const name = (end ? text.slice(0, end.index) : text).trim();
    const rest = end ? text.slice(end.index).replace(/^[,\s]+/, '') : undefined;
    return { name, ...(style ? { office: style[1] } : {}), ...(rest ? { rest } : {}) };
  }
  const name = text.slice(0, comma).trim();
  const after = text.slice(comma + 2);
  const end = OFFICE_END.exec(after);
  const office = (end ? after.slice(0, end.index) : after).trim().replace(/,$/, '') || style?.[1];
  const rest = end ? after.slice(end.index).replace(/^[,\s]+/, '').trim() : undefined;
  return { name, ...(office ? { office } : {}), ...(rest ? { rest } : {}) };
}

/** Splits "A, Office, and B, Office" or "Style A and Style B" when no honorific marks where each person starts. */
function splitPlainList(list: string): string[] {
  return list
    .split(/,\s+and\s+/)
    .flatMap((part) => (part.includes(',') ? [part] : part.split(/\s+and\s+/)))
    .map((p) => p.trim())
    .filter(Boolean);
}

/** Splits a list of person phrases ("the Honorable A, Secretary ..., and His Excellency Mr. B, Minister ..."). */
export function splitPersonList(list: string): string[] {
  const starts = [...list.matchAll(HONORIFIC_START)].map((m) => m.index);
  if (starts.length === 0) return splitPlainList(list);
  const phrases: string[] = [];
  const lead = list.slice(0, starts[0]).trim();
  if (lead && !/^(?:and|with|,)?$/i.test(lead)) phrases.push(...splitPlainList(lead.replace(/,?\s*(?:and)?$/, '')));
  starts.forEach((start, i) => {
    const piece = list.slice(start, starts[i + 1] ?? list.length).trim().replace(/,?\s*(?:and)?$/i, '').replace(/,$/, '');
    if (piece) phrases.push(piece);
  });
  return phrases;
}
