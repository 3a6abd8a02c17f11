// Reads a content folder from disk into the pipeline's input. The only module that touches the file system.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { ArchiveInput } from './archive.ts';

/** The content folder: READOUT_CONTENT_DIR when set (a generated corpus, a fixture), else ./content. */
export function contentDirFromEnv(cwd = process.cwd()): string {
  return resolve(cwd, process.env.READOUT_CONTENT_DIR ?? 'content');
}

/** Sources are page text (.txt) or pages and feed bodies as published (.html). */
const SOURCE_FILE = /\.(?:txt|html)$/;

export function readContentDir(dir: string, cwd = process.cwd()): ArchiveInput {
  const readoutsDir = join(dir, 'readouts');
  const all = readdirSync(readoutsDir, { withFileTypes: true }).filter((e) => !e.name.startsWith('.'));
  const entries = all.filter((e) => e.isFile());
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  return {
    contentDir: relative(cwd, dir) || '.',
    sources: entries
      .filter((e) => SOURCE_FILE.test(e.name))
      .map((e) => ({ name: e.name, bytes: new Uint8Array(readFileSync(join(readoutsDir, e.name))) })),
    // Folders and links are reported, not read: every readout sits directly in readouts/.
    otherFiles: all.filter((e) => !e.isFile() || !SOURCE_FILE.test(e.name)).map((e) => (e.isDirectory() ? `${e.name}/` : e.name)),
    sourcesYaml: read('sources.yaml'),
    curated: { countries: read('countries.yaml'), people: read('people.yaml'), topics: read('topics.yaml') },
  };
}
