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

/** Splits "H.E. Dr. Park Jin, Minister of Foreign Affairs of the Republic of Korea (ROK) during his visit ..." */
export function readPersonPhrase(phrase: string): PersonPhrase {
  const text = stripHonorifics(phrase.trim().replace(/^(?:and|with)\s+/i, '').replace(/[,.]\s*$/, ''));
  const comma = text.indexOf(', ');
  if (comma === -1) {
    const end = OFFICE_END.exec(text);
    return end ? { name: text.slice(0, end.index).trim(), rest: text.slice(end.index).replace(/^[,\s]+/, '') } : { name: text };
  }
  const name = text.slice(0, comma).trim();
  const after = text.slice(comma + 2);
  const end = OFFICE_END.exec(after);
  const office = (end ? after.slice(0, end.index) : after).trim().replace(/,$/, '');
  const rest = end ? after.slice(end.index).replace(/^[,\s]+/, '').trim() : undefined;
  return { name, ...(office ? { office } : {}), ...(rest ? { rest } : {}) };
}

/** Splits a list of honorific-led person phrases ("the Honorable A, Secretary ..., and His Excellency Mr. B, Minister ..."). */
export function splitPersonList(list: string): string[] {
  const starts = [...list.matchAll(HONORIFIC_START)].map((m) => m.index);
  if (starts.length === 0) return [list.trim()].filter(Boolean);
  const phrases: string[] = [];
  const lead = list.slice(0, starts[0]).trim();
  if (lead && !/^(?:and|with|,)?$/i.test(lead)) phrases.push(lead.replace(/,?\s*(?:and)?$/, ''));
  starts.forEach((start, i) => {
    const piece = list.slice(start, starts[i + 1] ?? list.length).trim().replace(/,?\s*(?:and)?$/i, '').replace(/,$/, '');
    if (piece) phrases.push(piece);
  });
  return phrases;
}
