// Lexical similarity of sentences: BM25-weighted bags of terms (wink-nlp's vectorizer, its weights learned over
// the sentences of one meeting) compared by cosine.
import bm25Vectorizer from 'wink-nlp/utilities/bm25-vectorizer.js';
import similarity from 'wink-nlp/utilities/similarity.js';

export type Bag = Record<string, number>;

/** One bag per document, each weighted by how rare its terms are across all of them. */
export function weightedBags(documents: readonly string[][]): Bag[] {
  const vectorizer = bm25Vectorizer();
  for (const terms of documents) vectorizer.learn(terms);
  return documents.map((terms) => (terms.length ? (vectorizer.bowOf(terms) as Bag) : {}));
}

/** Cosine of two bags, from 0 (nothing shared) to 1. */
export function cosine(a: Bag, b: Bag): number {
  return similarity.bow.cosine(a, b);
}
