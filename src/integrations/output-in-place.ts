// Keeps the last build's output folder for the next build (Astro's emptyOutDir is off in astro.config.mjs), so that an
// unchanged page stays where it is rather than being copied back from Astro's cache: at 10,000 readouts, emptying the
// folder and copying 28,000 files back took about half of a rebuild. `sweep` must be the first integration and
// `seal` come after every integration that writes into the output folder.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { outputDigest, staleOutputs, type OutputFile } from '../archive/publishing/output-state.ts';
import { outputStampSchema, type OutputStamp } from '../archive/schema.ts';
import { builtFiles } from './url-manifest.ts';

const STAMP = 'readout-output.json';
const STARTED = 'readout-output.started';

function* outputFiles(out: string): Generator<OutputFile> {
  for (const path of builtFiles(out)) {
    const stat = statSync(join(out, path), { bigint: true });
    yield { path, size: Number(stat.size), mtimeNs: stat.mtimeNs };
  }
}

function readStamp(file: string): OutputStamp | undefined {
  try {
    return outputStampSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return undefined;
  }
}

/** Why the output folder cannot be trusted as the last complete build left it, or undefined when it can. */
function distrust(out: string, stampFile: string): string | undefined {
  if (!existsSync(out) || !readdirSync(out).length) return undefined;
  const stamp = readStamp(stampFile);
  if (!stamp) return 'no complete build of it is on record';
  if (stamp.outDir !== out) return `the last complete build wrote ${stamp.outDir}`;
  if (stamp.digest !== outputDigest(outputFiles(out))) return 'it changed after the last complete build';
  return undefined;
}

/** Empties a folder as Astro does, keeping a .git inside it. */
function emptyFolder(dir: string): void {
  for (const name of readdirSync(dir)) if (name !== '.git') rmSync(join(dir, name), { recursive: true, force: true });
}

/** Removes the folders a sweep left empty, deepest first. */
function removeEmptyFolders(out: string, paths: readonly string[]): void {
  const folders = new Set<string>();
  for (const path of paths) for (let d = dirname(path); d !== '.'; d = dirname(d)) folders.add(d);
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) {
    const full = join(out, folder);
    if (existsSync(full) && !readdirSync(full).length) rmdirSync(full);
  }
}

export function outputInPlace(): { sweep: AstroIntegration; seal: AstroIntegration } {
  let out = '';
  let cache = '';
  // A build that began with an empty folder has nothing of an earlier build to sweep.
  let startedEmpty = false;
  const stampFile = () => join(cache, STAMP);
  const startedFile = () => join(cache, STARTED);
  return {
    sweep: {
      name: 'readout-archive:output-sweep',
      hooks: {
        'astro:config:done': ({ config }) => {
          out = fileURLToPath(config.outDir).replace(/[\\/]$/, '');
          cache = fileURLToPath(config.cacheDir);
        },
        'astro:build:start': ({ logger }) => {
          const reason = distrust(out, stampFile());
          // Until this build completes, the folder is not as any complete build left it.
          rmSync(stampFile(), { force: true });
          if (reason) {
            logger.info(`output folder emptied: ${reason}`);
            emptyFolder(out);
          }
          startedEmpty = !existsSync(out) || !readdirSync(out).some((name) => name !== '.git');
          mkdirSync(cache, { recursive: true });
          writeFileSync(startedFile(), '');
        },
        'astro:build:done': ({ dir, assets, logger }) => {
          if (startedEmpty) return;
          const root = fileURLToPath(dir).replace(/[\\/]$/, '');
          const kept = new Set<string>();
          for (const urls of assets.values()) for (const url of urls) kept.add(relative(root, fileURLToPath(url)).split(sep).join('/'));
          const since = statSync(startedFile(), { bigint: true }).mtimeNs;
          const stale = staleOutputs(outputFiles(root), since, kept);
          for (const path of stale) rmSync(join(root, path));
          removeEmptyFolders(root, stale);
          if (stale.length) logger.info(`${stale.length} files of the last build not kept (integrations and the search index write theirs anew)`);
        },
      },
    },
    seal: {
      name: 'readout-archive:output-seal',
      hooks: {
        'astro:build:done': ({ dir }) => {
          const root = fileURLToPath(dir).replace(/[\\/]$/, '');
          writeFileSync(stampFile(), JSON.stringify({ outDir: root, digest: outputDigest(outputFiles(root)) }));
          rmSync(startedFile(), { force: true });
        },
      },
    },
  };
}
