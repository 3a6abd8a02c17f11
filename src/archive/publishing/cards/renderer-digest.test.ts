import { appendFileSync, copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { rendererDigest } from './renderer-digest.ts';

const CARDS = fileURLToPath(new URL('.', import.meta.url));

function copyOfCards(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cards-'));
  for (const name of readdirSync(CARDS)) copyFileSync(join(CARDS, name), join(dir, name));
  return dir;
}

describe('rendererDigest', () => {
  test('is the same for the same code and fonts', () => {
    expect(rendererDigest(copyOfCards())).toBe(rendererDigest(CARDS));
  });

  test('changes when the drawing code changes, so cached cards are drawn again', () => {
    const edited = copyOfCards();
    appendFileSync(join(edited, 'card.ts'), '\n// an edit\n');
    expect(rendererDigest(edited)).not.toBe(rendererDigest(CARDS));
  });

  test('ignores the tests beside the code', () => {
    const edited = copyOfCards();
    appendFileSync(join(edited, 'card.test.ts'), '\n// a new test\n');
    expect(rendererDigest(edited)).toBe(rendererDigest(CARDS));
  });
});
