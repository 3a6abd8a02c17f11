// Helpers for tests that check the archive against the committed source texts.
// Everything here reads the files directly (node:fs, node:crypto), independently of the parsers.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildArchive, type Archive } from './archive.ts';
import { readContentDir } from './content-dir.ts';

/** The repository root, as process.cwd() is when the tests run from it. */
export const repoRoot = join(import.meta.dirname, '../..');
export const contentDir = join(repoRoot, 'content');
export const readoutsDir = join(contentDir, 'readouts');

/** Builds the archive from content/ exactly as the site does, failing loudly on any error. */
export function loadArchive(): Archive {
  const result = buildArchive(readContentDir(contentDir, repoRoot));
  if (!result.ok) {
    const messages = result.diagnostics.map((d) => JSON.stringify(d)).join('\n');
    throw new Error(`the archive did not build from ${contentDir}:\n${messages}`);
  }
  return result.archive;
}

/** The files in content/readouts/ (hidden files aside), sorted by name. */
export function readoutFileNames(): string[] {
  return readdirSync(readoutsDir, { withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort();
}

export function sourceBytes(file: string): Buffer {
  return readFileSync(join(readoutsDir, file));
}

export function sourceText(file: string): string {
  return sourceBytes(file).toString('utf8');
}

/** Line n (1-based) of a source file, exactly as stored. */
export function sourceLine(file: string, n: number): string {
  const line = sourceText(file).split(/\r\n|\r|\n/)[n - 1];
  if (line === undefined) throw new Error(`${file} has no line ${n}`);
  return line;
}

/** A MOFA numbered point as printed on line n, without its leading "N. " (the number is a field of its own). */
export function pointText(file: string, n: number): string {
  const m = /^\s*(\d{1,2})\.\s+(.+?)\s*$/.exec(sourceLine(file, n));
  if (!m) throw new Error(`${file} line ${n} is not a numbered point`);
  return m[2]!;
}

/** A whole line of a source file as a paragraph: trimmed, nothing else changed. */
export function lineText(file: string, n: number): string {
  return sourceLine(file, n).trim();
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The same members, ignoring order (but not duplicates). */
export function sorted<T>(values: readonly T[]): T[] {
  return [...values].sort();
}
