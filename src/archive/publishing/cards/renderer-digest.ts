// What a card's pixels depend on besides its text: the drawing code in this folder, the font files, and the packages
// that shape and rasterise. A card cached by an earlier build is reused only when all of them are unchanged, so an
// upgrade or an edit never leaves old cards in place.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SUBSETS } from './typeface.ts';

const require = createRequire(import.meta.url);
const WEIGHTS = [400, 700] as const;

/** The cards folder: named by the build (the page code that asks is bundled elsewhere), else this module's own. */
function cardsFolder(): string {
  const worker = process.env.READOUT_CARD_WORKER;
  return worker ? dirname(worker) : dirname(fileURLToPath(import.meta.url));
}

/** A package's version from its package.json, found above its entry point (not every package exports the file). */
function versionOf(pkg: string): string {
  let dir = dirname(require.resolve(pkg));
  while (dir !== dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const json = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (json.name === pkg) return json.version ?? '';
    }
    dir = dirname(dir);
  }
  throw new Error(`no package.json found for ${pkg}`);
}

const digests = new Map<string, string>();

export function rendererDigest(folder = cardsFolder()): string {
  const known = digests.get(folder);
  if (known) return known;
  const hash = createHash('sha256');
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts')).sort()) hash.update(name).update(readFileSync(join(folder, name)));
  for (const subset of SUBSETS) for (const weight of WEIGHTS) hash.update(readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`)));
  for (const pkg of ['harfbuzzjs', 'sharp']) hash.update(`${pkg}@${versionOf(pkg)}`);
  const digest = hash.digest('hex');
  digests.set(folder, digest);
  return digest;
}
