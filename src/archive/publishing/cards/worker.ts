// Runs in a worker thread of the preview-card pool: draws one card into the cache, unless an earlier build did.
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { previewCard, type CardText } from './card.ts';

export interface CardTask {
  text: CardText;
  /** Where the PNG goes: the cache file named for the card's content. */
  path: string;
}

export default async function drawCard({ text, path }: CardTask): Promise<string> {
  if (existsSync(path)) return path;
  const png = await previewCard(text);
  mkdirSync(dirname(path), { recursive: true });
  // Written aside and renamed, so an interrupted build never leaves half a card under the final name.
  const partial = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.part`;
  writeFileSync(partial, png);
  renameSync(partial, path);
  return path;
}
