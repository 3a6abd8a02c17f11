// The interface every publisher format implements, and what a parser hands on to enrichment.
import type { Diagnostics } from '../diagnostics.ts';
import type { LineSpan, PublisherId, ReadoutKind, SourceFacts, StartTime } from '../schema.ts';

export interface ParsedParagraph {
  number?: string;
  role: 'lead' | 'body' | 'point' | 'turn' | 'note';
  speaker?: string;
  text: string;
  lines: LineSpan;
}

/** A person as the text introduces them: "H.E. Dr. Park Jin, Minister of Foreign Affairs of the ..." */
export interface NamedParticipant {
  /** The name or reference as written, honorifics removed ("Park Jin", "Foreign Minister Hayashi"). */
  name: string;
  office?: string;
  /**
   * Words written before the name ("Japanese Foreign Minister"): they identify and place the person, but the office
   * shown is the one written after the name, or the curated one, before these.
   */
  style?: string;
  /**
   * The country the publisher's own wording implies: MOFA Japan names its own minister "Minister for Foreign
   * Affairs" with no "of Japan". Used only when neither the text's words nor the curated data place the person.
   */
  ownCountry?: string;
  line: number;
}

export interface ParsedDocument {
  publisher: PublisherId;
  document: number;
  kind: ReadoutKind;
  title?: string;
  series?: string;
  date: string;
  publishedDate?: string;
  dateFrom: 'text' | 'sources.yaml';
  startTime?: StartTime;
  durationMinutes?: number;
  durationApproximate?: boolean;
  place?: string;
  occasion?: string;
  channel: 'in-person' | 'telephone' | 'video';
  participants: NamedParticipant[];
  attribution?: string;
  captions: string[];
  paragraphs: ParsedParagraph[];
  partial: boolean;
  lines: Record<string, LineSpan>;
}

export interface ParseInput {
  /** Path as shown in messages, e.g. "content/readouts/x.txt". */
  file: string;
  lines: string[];
  facts: SourceFacts;
  diagnostics: Diagnostics;
}

export interface PublisherFormat {
  id: PublisherId;
  /** What the format looks like, for the error shown when no format recognises a file. */
  description: string;
  /**
   * How surely the lines are this publisher's: 0 when they are not; higher when the page names its publisher
   * (a banner, a ministry's own navigation) than when only its wording suggests it.
   */
  detect(lines: string[]): number;
  /** Returns the documents read; problems go to input.diagnostics. */
  parse(input: ParseInput): ParsedDocument[];
}

export const span = (start: number, end = start): LineSpan => ({ start, end });
