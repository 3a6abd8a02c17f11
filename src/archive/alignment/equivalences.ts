// The curated phrase equivalences, validated once when first read.
import { phraseEquivalencesFileSchema, type PhraseEquivalence } from '../schema.ts';
import data from './equivalences.json' with { type: 'json' };

export const EQUIVALENCES: readonly PhraseEquivalence[] = phraseEquivalencesFileSchema.parse(data);
