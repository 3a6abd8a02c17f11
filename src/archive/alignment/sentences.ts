// Sentences of readout prose, by textlint's sentence-splitter taught the abbreviations readouts use.
import { DefaultAbbrMarkerOptions, split } from 'sentence-splitter';

const english = DefaultAbbrMarkerOptions.language;
// "Mr." and "H.E." come before a name and never end a sentence; nor does "U.S." in readouts, where it is nearly
// always an adjective ("the U.S. side", "U.S. Secretary of State"). Clock times end one only when a capital follows.
const language = {
  ...english,
  PREPOSITIVE_ABBREVIATIONS: [...english.PREPOSITIVE_ABBREVIATIONS, 'H.E.', 'U.S.', 'U.K.'],
  ABBREVIATIONS: [...english.ABBREVIATIONS, 'a.m.', 'p.m.'],
};

const NUMBER_THEN_SENTENCE = /(?<=\s\d+\.)\s+(?=[\p{Lu}“"‘(])/gu;

export interface SentenceSpan {
  text: string;
  /** Offsets into the paragraph, end exclusive. */
  start: number;
  end: number;
}

/**
 * The sentences of one paragraph, in order and trimmed. Each runs to where the next begins, so together they hold
 * every character of the paragraph but the spaces between them.
 */
export function splitSentences(paragraph: string): SentenceSpan[] {
  const found = split(paragraph, { AbbrMarker: { language } }).filter((node) => node.type === 'Sentence');
  const starts = new Set<number>([0]);
  for (const node of found) {
    starts.add(node.range[0]);
    // The splitter reads any "<number>." as a list number ("1. The ..."), which is right only at the start: within a
    // sentence, "... in 2024. The three Ministers ..." ends it.
    for (const m of node.raw.matchAll(NUMBER_THEN_SENTENCE)) starts.add(node.range[0] + m.index + m[0].length);
  }
  return [...starts].sort((a, b) => a - b).flatMap((from, i, all) => {
    const raw = paragraph.slice(from, all[i + 1] ?? paragraph.length);
    const text = raw.trim();
    if (text === '') return [];
    const start = from + raw.indexOf(text);
    return [{ text, start, end: start + text.length }];
  });
}
