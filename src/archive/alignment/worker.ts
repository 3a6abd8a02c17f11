// Runs in a worker thread of the alignment pool: aligns one meeting's accounts with a term reader made once a thread
// from the curated data the pool was given.
import Tinypool from 'tinypool';
import type { Curated } from '../enrichment/curated.ts';
import type { Readout } from '../schema.ts';
import { TermReader } from './tokens.ts';
import { compareView, type CompareView } from './view.ts';

let reader: TermReader | undefined;

export default function align(accounts: readonly Readout[]): CompareView {
  reader ??= new TermReader(Tinypool.workerData as Curated);
  return compareView(accounts, reader);
}
