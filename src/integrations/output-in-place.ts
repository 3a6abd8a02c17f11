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
/** Astro's record of the last incremental build, which says which pages it may keep. */
const ASTRO_RECORD = 'incremental-build.json';

function* outputFiles(out: string): Generator<OutputFile> {
  for (const path of builtFiles(out)) {
    const stat = statSync(join(out, path), { bigint: true });
    yield { path, size: Number(stat.size), mtimeNs: stat.mtimeNs, ctimeNs: stat.ctimeNs, ino: stat.ino };
  }
}

function readStamp(file: string): OutputStamp | undefined {
  try {
    return outputStampSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return undefined;
  }
}

function recordOf(cache: string): string {
  const file = join(cache, ASTRO_RECORD);
  if (!existsSync(file)) return 'none';
  const stat = statSync(file, { bigint: true });
  return `${stat.size}:${stat.mtimeNs}`;
}

/**
 * Why the folder holding `files` is not as the last complete build left it, or undefined when it is. The folder is
 * walked only when the stamp could vouch for it.
 */
function distrust(stamp: OutputStamp | undefined, out: string, files: () => readonly OutputFile[], record: string): string | undefined {
  if (!stamp) return 'no complete build of it is on record';
  if (stamp.outDir !== out) return `the last complete build wrote ${stamp.outDir}`;
  if (stamp.record !== record) return "Astro's record of the last build changed after it";
  if (stamp.digest !== outputDigest(files())) return 'it changed after the last complete build';
  return undefined;
}

/** Empties a folder, leaving a .git inside it (a deployment's repository) as Vite's own emptying does. */
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

/** The output files of this build's routes, kept or written, as paths within the output folder. */
function routeOutputs(root: string, assets: Map<string, URL[]>): Set<string> {
  const paths = new Set<string>();
  for (const urls of assets.values()) for (const url of urls) paths.add(relative(root, fileURLToPath(url)).split(sep).join('/'));
  return paths;
}

export function outputInPlace(): { sweep: AstroIntegration; seal: AstroIntegration } {
  let out = '';
  let cache = '';
  // The files in the folder when this build began: what is still untouched at its end and not kept is left over.
  let before = new Map<string, OutputFile>();
  const stampFile = () => join(cache, STAMP);
  return {
    sweep: {
      name: 'readout-archive:output-sweep',
      hooks: {
        'astro:config:done': ({ config }) => {
          out = fileURLToPath(config.outDir).replace(/[\\/]$/, '');
          cache = fileURLToPath(config.cacheDir);
        },
        'astro:build:start': ({ logger }) => {
          let files: OutputFile[] = [];
          const walk = () => (files = [...outputFiles(out)]);
          const holdsFiles = existsSync(out) && readdirSync(out).some((name) => name !== '.git');
          const reason = holdsFiles ? distrust(readStamp(stampFile()), out, walk, recordOf(cache)) : undefined;
          // Until this build completes, the folder is not as any complete build left it.
          rmSync(stampFile(), { force: true });
          before = new Map(reason ? [] : files.map((file) => [file.path, file]));
          if (reason) {
            logger.info(`output folder emptied: ${reason}`);
            emptyFolder(out);
          }
        },
        'astro:build:done': ({ dir, assets, logger }) => {
          if (!before.size) return;
          const root = fileURLToPath(dir).replace(/[\\/]$/, '');
          const stale = staleOutputs(outputFiles(root), before, routeOutputs(root, assets));
          for (const path of stale) rmSync(join(root, path));
          removeEmptyFolders(root, stale);
          before = new Map();
          if (stale.length) logger.info(`${stale.length} files of the last build not kept (integrations and the search index write theirs anew)`);
        },
      },
    },
    seal: {
      name: 'readout-archive:output-seal',
      hooks: {
        'astro:build:done': ({ dir, assets }) => {
          const root = fileURLToPath(dir).replace(/[\\/]$/, '');
          const files = [...outputFiles(root)];
          const present = new Set(files.map((file) => file.path));
          const missing = [...routeOutputs(root, assets)].filter((path) => !present.has(path));
          if (missing.length) throw new Error(`Pages of this build are missing from ${root}: ${missing.slice(0, 5).join(', ')}`);
          const stamp: OutputStamp = { outDir: root, digest: outputDigest(files), record: recordOf(cache) };
          mkdirSync(cache, { recursive: true });
          writeFileSync(stampFile(), JSON.stringify(stamp));
        },
      },
    },
  };
}
