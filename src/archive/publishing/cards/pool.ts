// Preview cards are the costliest part of a build: they are drawn on every core by a worker pool, and kept in a
// cache named by content so that the next build draws only cards whose text changed.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import Tinypool from 'tinypool';
import { cardKey, type CardText } from './card.ts';
import type { CardTask } from './worker.ts';

export class PreviewPool {
  private pool: Tinypool | undefined;
  private readonly used = new Set<string>();

  private readonly workerFile: string;
  readonly cacheDir: string;

  constructor(workerFile: string, cacheDir: string) {
    this.workerFile = workerFile;
    this.cacheDir = cacheDir;
  }

  /** The cached PNG of a card, drawn first when no earlier build drew it. */
  card(text: CardText): Promise<string> {
    const key = cardKey(text);
    this.used.add(key);
    const path = join(this.cacheDir, `${key}.png`);
    if (existsSync(path)) return Promise.resolve(path);
    this.pool ??= new Tinypool({ filename: this.workerFile, maxThreads: availableParallelism(), idleTimeout: 2_000 });
    const task: CardTask = { text, path };
    return this.pool.run(task) as Promise<string>;
  }

  /** Stops the workers and forgets cards no page of this build used. */
  async close(): Promise<{ drawn: number; removed: number }> {
    const drawn = this.pool?.completed ?? 0;
    await this.pool?.destroy();
    this.pool = undefined;
    let removed = 0;
    if (this.used.size && existsSync(this.cacheDir)) {
      for (const name of readdirSync(this.cacheDir)) {
        if (!this.used.has(name.replace(/\.png$/, ''))) {
          rmSync(join(this.cacheDir, name), { force: true });
          removed++;
        }
      }
    }
    return { drawn, removed };
  }
}

// The page code is bundled apart from the integration that closes the pool, so the two meet on a global.
const SHARED = Symbol.for('readout-archive:preview-pool');
type WithPool = typeof globalThis & { [SHARED]?: PreviewPool };

/** The build's pool, set up from READOUT_CARD_WORKER and READOUT_CARD_CACHE, which the integration provides. */
export function sharedPreviewPool(): PreviewPool {
  const global = globalThis as WithPool;
  if (global[SHARED]) return global[SHARED];
  const worker = process.env.READOUT_CARD_WORKER;
  const cache = process.env.READOUT_CARD_CACHE;
  if (!worker || !cache) throw new Error('preview cards need the previewCards() integration in astro.config.mjs');
  return (global[SHARED] = new PreviewPool(worker, cache));
}

/** Closes the build's pool, if a page opened one. */
export async function closeSharedPreviewPool(): Promise<{ drawn: number; removed: number } | undefined> {
  const global = globalThis as WithPool;
  const pool = global[SHARED];
  delete global[SHARED];
  return pool?.close();
}
