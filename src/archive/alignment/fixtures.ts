// Accounts written for the alignment tests (invented wording), and the curated data to read them with.
import type { PublisherId, Readout } from '../schema.ts';
import { loadArchive } from '../test-support.ts';
import { TermReader } from './tokens.ts';

let reader: TermReader | undefined;
export function termReader(): TermReader {
  reader ??= new TermReader(loadArchive());
  return reader;
}

export function account(id: string, publisher: PublisherId, paragraphs: (string | { speaker: string; text: string })[], kind: Readout['kind'] = 'readout'): Readout {
  return {
    id,
    file: `${id}.txt`,
    document: 1,
    sha256: '0'.repeat(64),
    publisher,
    kind,
    anchor: id,
    title: 'Invented meeting',
    titleComposed: false,
    date: '2023-07-14',
    dateFrom: 'text',
    channel: 'in-person',
    participants: [],
    mentionedPeople: [],
    countries: [],
    mentionedCountries: [],
    captions: [],
    paragraphs: paragraphs.map((p, i) => ({
      anchor: `${id}-p${i + 1}`,
      role: typeof p === 'string' ? 'body' : 'turn',
      ...(typeof p === 'string' ? { text: p } : { text: p.text, speaker: p.speaker }),
      topics: [],
      countries: [],
      people: [],
      lines: { start: i + 1, end: i + 1 },
    })),
    topics: [],
    partial: false,
    alsoPublishedAt: [],
    lines: {},
  };
}
