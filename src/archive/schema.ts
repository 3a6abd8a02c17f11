// The one contract for every entry, curated data file and export.
import { z } from 'astro/zod';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase, hyphenated slug');
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date like 2023-07-14');
/** Curated dates may be known only to the month or year. */
const partialIsoDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'expected 2023, 2023-07 or 2023-07-14');
const clockTime = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'expected a 24-hour time like 09:30');

export const PUBLISHERS = ['mofa-japan', 'us-state-department', 'rok-mofa'] as const;
export const publisherId = z.enum(PUBLISHERS);
export type PublisherId = z.infer<typeof publisherId>;

export const READOUT_KINDS = ['readout', 'telephone-talk', 'joint-statement', 'remarks', 'press-statement'] as const;
export const readoutKind = z.enum(READOUT_KINDS);
export type ReadoutKind = z.infer<typeof readoutKind>;

/** Lines of the source file (1-based, inclusive) that a field was read from. */
export const lineSpan = z.object({ start: z.number().int().positive(), end: z.number().int().positive() });
export type LineSpan = z.infer<typeof lineSpan>;

export const participantSchema = z.object({
  /** The name as the text writes it, honorifics removed. */
  name: z.string().min(1),
  /** Curated person id; absent when the name is not in people.yaml (a build warning). */
  person: slug.optional(),
  office: z.string().optional(),
  country: slug.optional(),
  line: z.number().int().positive(),
});
export type Participant = z.infer<typeof participantSchema>;

export const paragraphSchema = z.object({
  /** Permanent anchor, unique within its meeting page. */
  anchor: slug,
  /** The number as printed ("2", "2-1" for "2. (1)"), when the source numbers it. */
  number: z.string().optional(),
  role: z.enum(['lead', 'body', 'point', 'turn', 'note']),
  /** For remarks: the speaker label as printed, e.g. "SECRETARY BLINKEN". */
  speaker: z.string().optional(),
  speakerPerson: slug.optional(),
  text: z.string().min(1),
  topics: z.array(slug),
  countries: z.array(slug),
  people: z.array(slug),
  lines: lineSpan,
});
export type Paragraph = z.infer<typeof paragraphSchema>;

export const startTimeSchema = z.object({
  time: clockTime,
  approximate: z.boolean(),
  /** Whose clock the time is on: stated as local, stated as Japan time, or not said. */
  basis: z.enum(['local', 'japan', 'unstated']),
  japanTime: z.object({ date: isoDate.optional(), time: clockTime }).optional(),
  endTime: clockTime.optional(),
});
export type StartTime = z.infer<typeof startTimeSchema>;

export const readoutSchema = z.object({
  id: slug,
  file: z.string().min(1),
  /** Position of this document in its source file, from 1. */
  document: z.number().int().positive(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  publisher: publisherId,
  kind: readoutKind,
  /** Anchor of this account on its meeting page, e.g. "mofa" or "state-joint-statement". */
  anchor: slug,
  title: z.string().min(1),
  /** True when the text does not carry a title and the archive composed one. */
  titleComposed: z.boolean(),
  series: z.string().optional(),
  /** Date of the meeting. */
  date: isoDate,
  /** Date the document was published, when the text or sources.yaml gives it. */
  publishedDate: isoDate.optional(),
  dateFrom: z.enum(['text', 'sources.yaml']),
  startTime: startTimeSchema.optional(),
  durationMinutes: z.number().int().positive().optional(),
  durationApproximate: z.boolean().optional(),
  location: z.object({ city: z.string().optional(), country: slug.optional(), text: z.string() }).optional(),
  occasion: z.string().optional(),
  channel: z.enum(['in-person', 'telephone', 'video']),
  participants: z.array(participantSchema),
  /** Named people who are not participants (a spokesperson, an official briefed on). */
  mentionedPeople: z.array(slug),
  countries: z.array(slug),
  mentionedCountries: z.array(slug),
  attribution: z.string().optional(),
  captions: z.array(z.string()),
  paragraphs: z.array(paragraphSchema).min(1),
  topics: z.array(slug),
  /** The text is an excerpt ("[Read the full text: ...]"). */
  partial: z.boolean(),
  sourceUrl: z.url().optional(),
  alsoPublishedAt: z.array(z.url()),
  /** The day the archive took in the source file, from sources.yaml. */
  capturedAt: isoDate.optional(),
  /** Where each top-level field was read from, for error messages and audits. */
  lines: z.record(z.string(), lineSpan),
});
export type Readout = z.infer<typeof readoutSchema>;

export const MEETING_FORMATS = ['bilateral', 'trilateral', 'multilateral'] as const;

export const meetingSchema = z.object({
  id: slug,
  date: isoDate,
  title: z.string().min(1),
  format: z.enum(MEETING_FORMATS),
  channel: z.enum(['in-person', 'telephone', 'video']),
  countries: z.array(slug),
  participants: z.array(z.object({ name: z.string(), person: slug.optional(), office: z.string().optional(), country: slug.optional() })),
  startTime: startTimeSchema.optional(),
  durationMinutes: z.number().int().positive().optional(),
  durationApproximate: z.boolean().optional(),
  location: z.object({ city: z.string().optional(), country: slug.optional(), text: z.string() }).optional(),
  occasion: z.string().optional(),
  readouts: z.array(slug).min(1),
  publishers: z.array(publisherId).min(1),
  topics: z.array(slug),
  mentionedCountries: z.array(slug),
  mentionedPeople: z.array(slug),
});
export type Meeting = z.infer<typeof meetingSchema>;

export const countrySchema = z.object({
  id: slug,
  iso: z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code'),
  name: z.string().min(1),
  /** The short form used in meeting titles ("U.S.", "ROK"). */
  shortName: z.string().min(1),
  /** The token used in meeting slugs ("us", "rok"). */
  slugToken: slug,
  /** Every other way the sources write the country, matched as whole words. */
  aliases: z.array(z.string().min(1)),
  cities: z.array(z.string().min(1)).default([]),
  /** Adjectives that place a person ("Japanese Foreign Minister ..."); used only for participants, never as mentions. */
  demonyms: z.array(z.string().min(1)).default([]),
});
export type Country = z.infer<typeof countrySchema>;

export const officeSchema = z.object({
  title: z.string().min(1),
  country: slug,
  from: partialIsoDate,
  to: partialIsoDate.optional(),
  /** Short forms the sources use with the family name ("Minister", "Secretary", "Spokesperson"). */
  styles: z.array(z.string().min(1)).default([]),
});

export const personSchema = z.object({
  id: slug,
  name: z.string().min(1),
  family: z.string().min(1),
  given: z.string().min(1),
  nameOrder: z.enum(['family-first', 'given-first']),
  /** Every spelling and order of the full name seen in sources; matched case-sensitively as written. */
  aliases: z.array(z.string().min(1)).min(1),
  country: slug,
  offices: z.array(officeSchema),
});
export type Person = z.infer<typeof personSchema>;

export const topicSchema = z.object({
  id: slug,
  label: z.string().min(1),
  /** Markdown. */
  description: z.string().min(1),
  /** Matched case-insensitively; hyphens and apostrophes are matched in any of their forms. */
  phrases: z.array(z.string().min(1)).min(1),
  related: z.array(slug).default([]),
});
export type Topic = z.infer<typeof topicSchema>;

const documentFactsSchema = z.object({
  /** Title as published, for formats whose text file does not carry it. */
  title: z.string().min(1).optional(),
  sourceUrl: z.url().optional(),
  /** Republications elsewhere: shown as "also published at", never as the source. */
  alsoPublishedAt: z.array(z.url()).default([]),
  /** Who took part, as written, for a document whose text does not say (a joint statement titled by its subject). */
  participants: z.array(z.string().min(1)).optional(),
});

export const sourceFactsSchema = documentFactsSchema.extend({
  publisher: publisherId.optional(),
  /** Publication date, for texts that carry none or only relative dates; must agree with any date line. */
  date: isoDate.optional(),
  /**
   * Publication time as a feed gives it ("2022-03-25T02:44:18+00:00"). Without `date`, the publication date is its
   * day in the publisher's capital: that release was published on 24 March in Washington.
   */
  publishedAt: z.iso.datetime({ offset: true }).optional(),
  /** The day the archive took in the file: given as the access date of its citations. */
  capturedAt: isoDate.optional(),
  /** Facts about one document of a file that holds several, by its position from 1. */
  documents: z.array(documentFactsSchema.extend({ document: z.number().int().positive() })).default([]),
  note: z.string().optional(),
});
export type SourceFacts = z.infer<typeof sourceFactsSchema>;
export const sourcesFileSchema = z.record(z.string().regex(/^[^/\\]+\.(?:txt|html)$/, 'expected a file name in content/readouts/'), sourceFactsSchema);

export const countriesFileSchema = z.array(countrySchema);
export const peopleFileSchema = z.array(personSchema);
export const topicsFileSchema = z.array(topicSchema);

/** What `check:content --json` prints: every readout read, the meetings they make, and every diagnostic. */
export const contentReportSchema = z.object({
  readouts: z.array(
    z.object({
      id: slug,
      file: z.string(),
      document: z.number().int().positive(),
      publisher: publisherId,
      kind: readoutKind,
      channel: z.enum(['in-person', 'telephone', 'video']),
      date: isoDate,
      startTime: clockTime.optional(),
      durationMinutes: z.number().int().positive().optional(),
      place: z.object({ text: z.string(), city: z.string().optional(), country: slug.optional() }).optional(),
      participants: z.array(z.object({ name: z.string(), office: z.string().optional(), country: slug.optional(), person: slug.optional() })),
      sourceUrl: z.url().optional(),
      topics: z.array(slug),
    }),
  ),
  meetings: z.array(z.object({ id: slug, date: isoDate, readouts: z.array(slug) })),
  diagnostics: z.array(z.object({ file: z.string(), line: z.number().int().positive().optional(), severity: z.enum(['error', 'warning']), message: z.string() })),
});
export type ContentReport = z.infer<typeof contentReportSchema>;

/** A site address: a path from the root, with an optional #fragment ("/meetings/x/", "/meetings/x/#mofa-2"). */
const siteAddress = z.string().regex(/^\/[^\s#?]*(?:#[^\s#]+)?$/, 'expected a site address like /meetings/2023-07-14-japan-us-rok/ or /meetings/x/#mofa-2');

/**
 * content/redirects.yaml: where a published address went. A page that moved is published as a redirect page and in
 * _redirects; an anchor that moved within its page keeps working through an alias id on that page.
 */
export const redirectSchema = z
  .object({ from: siteAddress, to: siteAddress, note: z.string().optional() })
  .refine((r) => r.from !== r.to, { message: 'from and to are the same address' })
  .refine((r) => !r.from.includes('#') || r.to.includes('#'), { message: 'an anchor must redirect to an anchor' });
export type Redirect = z.infer<typeof redirectSchema>;
export const redirectsFileSchema = z.array(redirectSchema).default([]);

/**
 * Phrases that readouts of one meeting use for the same thing ("ICBM-class ballistic missile", "intercontinental
 * ballistic missile (ICBM)"): the accounts are compared as if each had written the term.
 */
export const phraseEquivalenceSchema = z.object({
  term: z.string().regex(/^[a-z0-9]+$/, 'expected one lowercase word'),
  /** Matched whole-word, case-insensitively except those in capitals only ("UN"); the longest match wins. */
  phrases: z.array(z.string().min(1)).min(1),
});
export const phraseEquivalencesFileSchema = z.array(phraseEquivalenceSchema);
export type PhraseEquivalence = z.infer<typeof phraseEquivalenceSchema>;

/** A sentence of an account: its readout id and position in that account from 0, with a few of its words to read by. */
const sentenceRef = z.object({ readout: slug, sentence: z.number().int().nonnegative(), words: z.string().max(40) });
/** Sentence pairs of two publishers' accounts that report the same thing, labelled by reading the accounts. */
export const goldAlignmentSchema = z.object({
  meeting: slug,
  /** How many sentences each account has, as labelled: the pairs refer to these. */
  sentences: z.record(slug, z.number().int().positive()),
  pairs: z.array(z.tuple([sentenceRef, sentenceRef])),
});
export type GoldAlignment = z.infer<typeof goldAlignmentSchema>;

/**
 * Left in the cache folder by a complete build: which output folder it wrote, that folder's digest then, and the
 * size and time of Astro's record of that build (a build without it would leave the record behind the folder).
 */
export const outputStampSchema = z.object({ outDir: z.string().min(1), digest: z.string().regex(/^[0-9a-f]{64}$/), record: z.string() });
export type OutputStamp = z.infer<typeof outputStampSchema>;

/** What the build's read of its pages tells the search indexer: a glob taking in every indexed page, and counts. */
export const searchPlanSchema = z.object({ glob: z.string().min(1), indexed: z.number().int().nonnegative(), pages: z.number().int().nonnegative() });
export type SearchPlan = z.infer<typeof searchPlanSchema>;
