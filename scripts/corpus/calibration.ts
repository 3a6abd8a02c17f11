// What the generator draws from, calibrated on the 293 readouts of the Secretary's meetings and calls among 2,009
// State Department releases of May 2021 to August 2022 (`node scripts/corpus/calibrate.ts <corpus.jsonl>`
// prints these numbers). Only facts are kept: shares and lengths, no text.
// That corpus is one publisher over sixteen months of war in Ukraine; where it cannot speak for a Japanese
// ministry's thirty years (topics it never mentions), a small floor keeps the topic in the archive, rare.

/** Share of readouts mentioning each topic's phrases; floors marked. */
export const TOPIC_SHARE: Record<string, number> = {
  'abductions-issue': 0.04, // floor: absent from State readouts, MOFA raises it with some partners
  'north-korea-nuclear-missile': 0.038,
  'un-security-council': 0.044,
  'extended-deterrence': 0.02, // floor
  'free-and-open-indo-pacific': 0.014,
  'economic-security': 0.02, // measured 0.007; raised to be met at small sizes
  ukraine: 0.52,
  'maritime-security': 0.014,
  'climate-change': 0.051,
  'people-to-people-exchange': 0.02,
  'human-rights-north-korea': 0.143,
  'trilateral-cooperation': 0.017,
  'un-security-council-reform': 0.02, // floor
};

/**
 * Partners by how often the corpus's readouts name them (per thousand readouts); the others at a floor of 3.
 * North Korea and Russia are never partners. Ukraine, named in 82 per thousand in a year of war, is weighted 20.
 */
export const PARTNER_WEIGHT: Record<string, number> = {
  'republic-of-korea': 20, china: 3, australia: 20, india: 14, indonesia: 7, philippines: 3, canada: 10, france: 41, germany: 17,
  italy: 7, singapore: 3, 'new-zealand': 3, brazil: 3, ukraine: 20, russia: 10,
};

/** Calls among the Secretary's readouts (0.65 in 2021–22, a time of few journeys; older years met more in person). */
export const CALL_SHARE = 0.5;
/** Readouts of meetings of three or more ministers. */
export const MULTILATERAL_SHARE = 0.02;
/** In-person meetings the State Department also tells in remarks before the meeting or a joint statement. */
export const SECOND_ACCOUNT_SHARE = 0.26;
/** Body paragraphs of a State readout: 1 at the median and three quarters, 2 at nine tenths. */
export const STATE_ONE_PARAGRAPH_SHARE = 0.8;
/** Characters of a State readout's body: quartiles 549, 686, 891. */
export const STATE_BODY_CHARS = { p25: 549, median: 686, p75: 891 };
