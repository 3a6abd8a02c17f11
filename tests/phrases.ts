// Which meetings contain a phrase, worked out from the verbatim source files alone, without the index or the
// search code: the expectations the search page is checked against.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { archive } from './archive.ts';

const READOUTS = join(import.meta.dirname, '..', 'content', 'readouts');

/** Lower case, one space for any run of whitespace, and no apostrophes, straight or curly: "Korea’s" reads "koreas". */
function base(text: string): string {
  return text.toLowerCase().replace(/['’‘]/g, '').replace(/\s+/g, ' ');
}

const WORD_DASH = /(?<=[\p{L}\p{N}.])[-‐‑–—](?=[\p{L}\p{N}])/gu;

/**
 * A text read two ways, as readers write compounds both ways: dashes between letters dropped
 * ("Indo-Pacific" reads "indopacific", like "IndoPacific"), or read as word breaks ("Japan-ROK-U.S." holds
 * the word "U.S.").
 */
export function readings(text: string): [joined: string, split: string] {
  const t = base(text);
  return [t.replace(WORD_DASH, ''), t.replace(WORD_DASH, ' ')];
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether a text holds the phrase as whole words, read either way. */
export function holds(text: string, phrase: string): boolean {
  const [textJoined, textSplit] = readings(text);
  const [phraseJoined, phraseSplit] = readings(phrase.trim());
  const whole = (p: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(p)}(?![\\p{L}\\p{N}])`, 'u');
  return whole(phraseJoined).test(textJoined) || whole(phraseSplit).test(textSplit);
}

/** Source files (names in content/readouts/) whose text contains the phrase. */
export function filesContaining(phrase: string): string[] {
  return readdirSync(READOUTS)
    .filter((f) => f.endsWith('.txt') && holds(readFileSync(join(READOUTS, f), 'utf8'), phrase))
    .sort();
}

/** Ids of the meetings with an account read from one of the files, by date. */
export function meetingsOfFiles(files: readonly string[]): string[] {
  const readouts = new Set(archive().readouts.filter((r) => files.includes(r.file)).map((r) => r.id));
  return archive()
    .meetings.filter((m) => m.readouts.some((id) => readouts.has(id)))
    .map((m) => m.id)
    .sort();
}

export function meetingsContaining(phrase: string): string[] {
  return meetingsOfFiles(filesContaining(phrase));
}

/** Publishers of the source files containing the phrase. */
export function publishersContaining(phrase: string): string[] {
  const files = filesContaining(phrase);
  return [...new Set(archive().readouts.filter((r) => files.includes(r.file)).map((r) => r.publisher))].sort();
}
