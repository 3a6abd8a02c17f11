// Turns a parsed document into a Readout: people, countries, places and topics resolved from curated data.
import type { CuratedIndex } from './curated-index.ts';
import type { Diagnostics } from '../diagnostics.ts';
import type { NamedParticipant, ParsedDocument } from '../formats/format.ts';
import { PUBLISHER_ANCHORS } from '../formats/registry.ts';
import type { Paragraph, Participant, Readout, SourceFacts } from '../schema.ts';

export interface SourceFile {
  /** Path as shown in messages, e.g. "content/readouts/x.txt". */
  path: string;
  /** File name, e.g. "x.txt". */
  name: string;
  sha256: string;
  facts: SourceFacts;
  /** How many documents the file holds. */
  documents: number;
}

/** Honorific or style followed by capitalised words: a name the curated data should know. */
const NAMED = /\b(?:Mr|Ms|Mrs|Dr)\.\s+((?:[A-Z][\p{L}'’-]+)(?:\s+[A-Z][\p{L}'’-]+){0,2})|\b(?:Foreign Minister|Prime Minister|Minister|Secretary|Spokesperson|President|Ambassador)\s+((?:[A-Z][\p{Ll}'’-]+)(?:\s+[A-Z][\p{L}'’-]+){0,2})/gu;
const NOT_NAMES = /^(?:of|for|General|State|Affairs|Foreign|Defense|Defence|Minister|Ministers|Secretary|Office|Level)\b/;

export function readoutId(fileName: string, document: number, documents: number): string {
  const stem = fileName.replace(/\.(?:txt|html)$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return documents > 1 ? `${stem}-${document}` : stem;
}

export function accountAnchor(doc: Pick<ParsedDocument, 'publisher' | 'kind'>): string {
  const prefix = PUBLISHER_ANCHORS[doc.publisher];
  return doc.kind === 'readout' || doc.kind === 'telephone-talk' ? prefix : `${prefix}-${doc.kind}`;
}

/** Anchors for each paragraph: "<account>-<number>" when printed numbered, else "<account>-p<k>". */
export function paragraphAnchors(anchor: string, paragraphs: { number?: string }[]): string[] {
  const used = new Set<string>();
  let unnumbered = 0;
  return paragraphs.map((p) => {
    let candidate = p.number ? `${anchor}-${p.number}` : `${anchor}-p${++unnumbered}`;
    // A source that numbers two points alike still gets distinct anchors.
    for (let n = 2; used.has(candidate); n++) candidate = `${p.number ? `${anchor}-${p.number}` : `${anchor}-p${unnumbered}`}-${n}`;
    used.add(candidate);
    return candidate;
  });
}

const FOREIGN_MINISTER = /Foreign Affairs|Foreign Minister|Secretary of State\b(?! for)/i;
const LEADER = /^(?:Prime Minister|President)\b/i;

/** A title for a meeting or a readout that carries none, from who met and how: "Japan–ROK Foreign Ministers’ Meeting". */
export function composeTitle(countryShortNames: string[], channel: Readout['channel'], offices: (string | undefined)[] = []): string {
  const known = offices.filter((o): o is string => Boolean(o));
  const who = known.length && known.every((o) => FOREIGN_MINISTER.test(o)) ? ' Foreign Ministers’' : known.length && known.every((o) => LEADER.test(o)) ? ' Summit' : '';
  const what = channel === 'telephone' ? 'Telephone Talk' : channel === 'video' ? 'Video Conference' : 'Meeting';
  return `${countryShortNames.join('–')}${who} ${what}`;
}

export function enrich(doc: ParsedDocument, source: SourceFile, index: CuratedIndex, diagnostics: Diagnostics): Readout {
  const file = source.path;
  const date = doc.date;
  const documentFacts = source.facts.documents.find((d) => d.document === doc.document);
  const warned = new Set<string>();
  const warnOnce = (line: number, message: string) => {
    if (warned.has(message)) return;
    warned.add(message);
    diagnostics.warn(file, line, message);
  };

  const participants: Participant[] = [];
  const named: NamedParticipant[] = doc.participants.length
    ? doc.participants
    : (documentFacts?.participants ?? []).map((name) => ({ name, line: doc.lines.title?.start ?? 1 }));
  for (const phrase of named) {
    // Office first, as texts write a style before a family name ("Prime Minister Noda").
    // "Kang, Kyung-wha": ROK MOFA sometimes writes the family name first with a comma.
    const plain = phrase.name.replace(/^(\p{Lu}[\p{L}'’-]+), (\p{Lu}[\p{L}'’-]+)$/u, '$1 $2');
    const style = phrase.style && !plain.startsWith(phrase.style) ? phrase.style : '';
    const refs = index.resolveAllPeople(`${style} ${phrase.office ?? ''} ${plain}`.trim(), date);
    if (refs.length === 0) {
      // "Ukrainian Foreign Minister Dmytro Kuleba" says who, what and for which country: known from the text itself.
      const country = index.countryOfPerson(`${phrase.name} ${phrase.office ?? ''} ${phrase.style ?? ''}`) ?? phrase.ownCountry;
      if (!country) warnOnce(phrase.line, `unknown person "${phrase.name}": the text names no country for them; add them to content/people.yaml with the spelling used here`);
      const office = phrase.office ?? phrase.style;
      participants.push({ name: phrase.name, ...(office ? { office } : {}), ...(country ? { country } : {}), line: phrase.line });
      continue;
    }
    for (const ref of refs) {
      if (participants.some((p) => p.person === ref.person.id)) continue;
      if (!ref.office) warnOnce(phrase.line, `${ref.person.name} held no office in content/people.yaml on ${date}`);
      // An office written beside one name belongs to it; a phrase naming several people gets each one's curated office.
      const office = refs.length === 1 ? (phrase.office ?? ref.office?.title) : ref.office?.title;
      participants.push({
        name: plain !== phrase.name ? phrase.name : (ref.fullName ?? (refs.length === 1 ? phrase.name : ref.person.name)),
        person: ref.person.id,
        ...(office ? { office } : {}),
        country: ref.office?.country ?? ref.person.country,
        line: phrase.line,
      });
    }
  }
  const participantIds = new Set(participants.flatMap((p) => (p.person ? [p.person] : [])));
  const countries = index.sortCountries(participants.flatMap((p) => (p.country ? [p.country] : [])));

  const anchor = accountAnchor(doc);
  const anchors = paragraphAnchors(anchor, doc.paragraphs);
  const paragraphs: Paragraph[] = doc.paragraphs.map((p, i) => {
    const speakerRef = p.speaker ? index.resolvePerson(p.speaker, date) : undefined;
    if (p.speaker && !speakerRef && !/^(?:MODERATOR|QUESTION|PARTICIPANT|STAFF)$/.test(p.speaker)) {
      warnOnce(p.lines.start, `unknown speaker "${p.speaker}"`);
    }
    const mentioned = index.peopleIn(p.text, date);
    for (const m of p.text.matchAll(NAMED)) {
      const name = m[1] ?? m[2]!;
      if (NOT_NAMES.test(name)) continue;
      const start = m.index + m[0].length - name.length;
      const known =
        mentioned.some((k) => k.index <= start && start < k.index + k.length) ||
        participants.some((p) => p.country && (p.name.includes(name) || name.includes(p.name))) ||
        index.resolvePerson(m[0], date);
      if (!known) warnOnce(p.lines.start, `unknown person "${m[0]}": add them to content/people.yaml`);
    }
    const people = [...new Set([...(speakerRef ? [speakerRef.person.id] : []), ...mentioned.map((m) => m.id)])];
    return {
      anchor: anchors[i]!,
      ...(p.number ? { number: p.number } : {}),
      role: p.role,
      ...(p.speaker ? { speaker: p.speaker } : {}),
      ...(speakerRef ? { speakerPerson: speakerRef.person.id } : {}),
      text: p.text,
      topics: index.topicsIn(p.text),
      countries: index.countriesIn(p.text),
      people,
      lines: p.lines,
    };
  });

  let location: Readout['location'];
  if (doc.place) {
    const place = index.resolvePlace(doc.place, countries);
    for (const unknown of place.unknown) warnOnce(doc.lines.location?.start ?? doc.lines.lead?.start ?? 1, `unknown place "${unknown}": add it to content/countries.yaml`);
    location = { ...(place.city ? { city: place.city } : {}), ...(place.country ? { country: place.country } : {}), text: doc.place };
  }

  let title = doc.title ?? documentFacts?.title;
  if (doc.title && documentFacts?.title && doc.title !== documentFacts.title) {
    diagnostics.error(file, doc.lines.title?.start, `the text's title "${doc.title}" differs from content/sources.yaml's "${documentFacts.title}"`);
  }
  const titleComposed = title === undefined;
  title ??= composeTitle(countries.map((c) => index.countries.get(c)!.shortName), doc.channel, participants.map((p) => p.office));

  const mentionedPeople = [...new Set(paragraphs.flatMap((p) => p.people))].filter((id) => !participantIds.has(id));
  const countriesTaking = new Set(countries);
  const mentionedCountries = index.sortCountries(paragraphs.flatMap((p) => p.countries)).filter((c) => !countriesTaking.has(c));
  const sourceUrl = documentFacts?.sourceUrl ?? (source.documents === 1 ? source.facts.sourceUrl : undefined);
  const alsoPublishedAt = [...(source.documents === 1 ? source.facts.alsoPublishedAt : []), ...(documentFacts?.alsoPublishedAt ?? [])];

  return {
    id: readoutId(source.name, doc.document, source.documents),
    file: source.name,
    document: doc.document,
    sha256: source.sha256,
    publisher: doc.publisher,
    kind: doc.kind,
    anchor,
    title,
    titleComposed,
    ...(doc.series ? { series: doc.series } : {}),
    date,
    ...(doc.publishedDate ? { publishedDate: doc.publishedDate } : {}),
    dateFrom: doc.dateFrom,
    ...(doc.startTime ? { startTime: doc.startTime } : {}),
    ...(doc.durationMinutes ? { durationMinutes: doc.durationMinutes, durationApproximate: doc.durationApproximate ?? false } : {}),
    ...(location ? { location } : {}),
    ...(doc.occasion ? { occasion: doc.occasion } : {}),
    channel: doc.channel,
    participants,
    mentionedPeople,
    countries,
    mentionedCountries,
    ...(doc.attribution ? { attribution: doc.attribution } : {}),
    captions: doc.captions,
    paragraphs,
    topics: index.sortTopics(paragraphs.flatMap((p) => p.topics)),
    partial: doc.partial,
    ...(sourceUrl ? { sourceUrl } : {}),
    alsoPublishedAt,
    ...(source.facts.capturedAt ? { capturedAt: source.facts.capturedAt } : {}),
    lines: doc.lines,
  };
}
