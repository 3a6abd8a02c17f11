// What reading a file gave, kept in the build's cache folder between builds: a rebuild reads again only the files
// whose reading could differ. Reading is most of the content layer (at 10,000 readouts, about 9 s of a rebuild on 2
// cores). A reading is kept under a digest of everything `readSource` is given (the file's name and bytes, its facts,
// the folder named in messages) and of the reader itself (its code and the curated data), so a stale reading cannot
// be found. Readings are stored as V8 serializes them, the form worker threads pass them in, so a kept reading is the
// very object a fresh one would be.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { CuratedTexts } from '../enrichment/curated.ts';
import type { SourceFacts } from '../schema.ts';
import type { SourceReading } from './read-source.ts';

export interface ReadingCacheOptions {
  /** The folder the readings are kept in. */
  dir: string;
  /** A digest of the code that reads (see `readerCodeDigest`). */
  code: string;
}

const digest = (...parts: string[]): string => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
};

/** A digest of the reader: the files under `archiveDir` (tests aside), the lock file's dependencies and Node. */
export function readerCodeDigest(archiveDir: string, lockFile: string): string {
  const modules = readdirSync(archiveDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.test.ts'))
    .map((entry) => relative(archiveDir, join(entry.parentPath, entry.name)))
    .sort();
  return digest(process.version, readFileSync(lockFile, 'utf8'), ...modules.flatMap((path) => [path, readFileSync(join(archiveDir, path), 'utf8')]));
}

export class ReadingCache {
  private readonly dir: string;
  private readonly reader: string;
  private readonly used = new Set<string>();

  constructor(options: ReadingCacheOptions, contentDir: string, curated: CuratedTexts) {
    this.dir = options.dir;
    this.reader = digest(options.code, contentDir, curated.countries, curated.people, curated.topics);
    mkdirSync(this.dir, { recursive: true });
  }

  /** The key of one file's reading. */
  keyOf(name: string, sha256: string, readoutsDir: string, facts: SourceFacts | undefined): string {
    const key = digest(this.reader, readoutsDir, name, sha256, JSON.stringify(facts ?? null));
    this.used.add(key);
    return key;
  }

  /** The kept reading, or undefined when there is none (or it cannot be read back). */
  get(key: string): SourceReading | undefined {
    try {
      return deserialize(readFileSync(join(this.dir, key))) as SourceReading;
    } catch {
      return undefined;
    }
  }

  /** Written under another name and renamed, so an interrupted build never leaves half a reading under a key. */
  static put(dir: string, key: string, reading: SourceReading): void {
    const temporary = join(dir, `${key}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
    writeFileSync(temporary, serialize(reading));
    renameSync(temporary, join(dir, key));
  }

  get folder(): string {
    return this.dir;
  }

  /** Removes every kept reading this build did not ask for (and what an interrupted write left). */
  prune(): void {
    for (const name of readdirSync(this.dir)) if (!this.used.has(name)) rmSync(join(this.dir, name), { force: true });
  }
}
