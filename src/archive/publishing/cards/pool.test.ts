import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cardKey, type CardText } from './card.ts';
import { PreviewPool } from './pool.ts';

const WORKER = fileURLToPath(new URL('./worker.ts', import.meta.url));
const TEXT: CardText = { title: 'A meeting', date: 'Monday 1 May 2023', countries: 'Japan · Republic of Korea', footer: 'Readout Archive · 1 account: State' };
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47];

function cache(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'cards-')), 'cache');
  mkdirSync(dir);
  return dir;
}

describe('PreviewPool', () => {
  it('draws a card on a worker into the cache, named for its content', async () => {
    const dir = cache();
    const pool = new PreviewPool(WORKER, dir);
    const path = await pool.card(TEXT);
    expect(path).toBe(join(dir, `${cardKey(TEXT)}.png`));
    expect([...readFileSync(path).subarray(0, 4)]).toEqual(PNG_SIGNATURE);
    expect(await pool.close()).toEqual({ drawn: 1, removed: 0 });
  });

  it('reuses a card an earlier build drew, without starting a worker', async () => {
    const dir = cache();
    const first = new PreviewPool(WORKER, dir);
    await first.card(TEXT);
    await first.close();
    const second = new PreviewPool(WORKER, dir);
    expect(await second.card(TEXT)).toBe(join(dir, `${cardKey(TEXT)}.png`));
    expect(await second.close()).toEqual({ drawn: 0, removed: 0 });
  });

  it('forgets cached cards that no page of the build used', async () => {
    const dir = cache();
    writeFileSync(join(dir, 'stale.png'), 'an earlier card');
    const pool = new PreviewPool(WORKER, dir);
    await pool.card(TEXT);
    expect(await pool.close()).toEqual({ drawn: 1, removed: 1 });
    expect(existsSync(join(dir, 'stale.png'))).toBe(false);
  });
});
