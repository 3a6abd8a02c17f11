// Pairwise precision and recall of an alignment against a gold one, over sentence pairs of different publishers.
import type { GoldAlignment } from '../schema.ts';
import type { Alignment } from './align.ts';

export interface Scores {
  precision: number;
  recall: number;
  /** Pairs as "readout#sentence|readout#sentence", the two in code-point order. */
  predicted: string[];
  gold: string[];
}

const key = (a: { readout: string; index: number }, b: { readout: string; index: number }) => [`${a.readout}#${a.index}`, `${b.readout}#${b.index}`].sort().join('|');

/** Every pair of sentences of different publishers that the alignment puts in one group. */
export function predictedPairs(alignment: Alignment): string[] {
  const out: string[] = [];
  for (const group of alignment.groups) {
    group.sentences.forEach((a, i) => {
      for (const b of group.sentences.slice(i + 1)) if (a.publisher !== b.publisher) out.push(key(a, b));
    });
  }
  return out.sort();
}

export function score(alignment: Alignment, gold: GoldAlignment): Scores {
  const predicted = predictedPairs(alignment);
  const goldPairs = gold.pairs.map(([a, b]) => key({ readout: a.readout, index: a.sentence }, { readout: b.readout, index: b.sentence })).sort();
  const hits = predicted.filter((p) => goldPairs.includes(p)).length;
  return {
    precision: predicted.length ? hits / predicted.length : 1,
    recall: goldPairs.length ? hits / goldPairs.length : 1,
    predicted,
    gold: goldPairs,
  };
}
