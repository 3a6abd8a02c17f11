import { describe, expect, it } from 'vitest';
import { wordingAgainst } from './wording.ts';

const marked = (sentence: string, others: string) => wordingAgainst(sentence, others).filter((s) => s.differs).map((s) => s.text);

describe('marking differing wording', () => {
  it('marks the words the passage beside it does not have', () => {
    expect(marked('The ministers firmly condemned the test.', 'The ministers condemned the test.')).toEqual(['firmly']);
  });

  it('ignores differences of case', () => {
    expect(marked('The Ministers met.', 'the ministers met.')).toEqual([]);
  });

  it('keeps a run of differing words together with the spaces between them', () => {
    expect(marked('They met in the capital on Monday.', 'They met on Monday.')).toEqual(['in the capital']);
  });

  it('gives back the sentence unchanged when its segments are joined', () => {
    const sentence = 'On 12 July, the DPRK’s launch (an ICBM) was condemned.';
    expect(wordingAgainst(sentence, 'North Korea launched a missile on 12 July.').map((s) => s.text).join('')).toBe(sentence);
  });

  it('marks nothing where there is nothing beside the passage', () => {
    expect(marked('Only one account says this.', '')).toEqual([]);
  });
});
