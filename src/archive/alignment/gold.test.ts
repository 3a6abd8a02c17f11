import { describe, expect, it } from 'vitest';
import { goldAlignmentSchema } from '../schema.ts';
import { loadArchive } from '../test-support.ts';
import { alignAccounts } from './align.ts';
import { score } from './evaluate.ts';
import data from './gold/2023-07-14-japan-us-rok.json' with { type: 'json' };
import { splitSentences } from './sentences.ts';
import { TermReader } from './tokens.ts';

const gold = goldAlignmentSchema.parse(data);
const archive = loadArchive();
const meeting = archive.meetings.find((m) => m.id === gold.meeting)!;
const accounts = meeting.readouts.map((id) => archive.readouts.find((r) => r.id === id)!);
const sentencesOf = (readout: string) => accounts.find((r) => r.id === readout)!.paragraphs.flatMap((p) => splitSentences(p.text).map((s) => s.text));

describe('the gold alignment of 14 July 2023', () => {
  it('counts the sentences the splitter finds in each account', () => {
    expect(Object.fromEntries(accounts.map((r) => [r.id, sentencesOf(r.id).length]))).toEqual(gold.sentences);
  });

  it('refers to sentences that hold the words it quotes', () => {
    for (const ref of gold.pairs.flat()) expect(sentencesOf(ref.readout)[ref.sentence]).toContain(ref.words);
  });

  it('is matched with precision at least 0.9 and recall at least 0.8', () => {
    const result = score(alignAccounts(accounts, new TermReader(archive)), gold);
    console.log(`alignment of ${gold.meeting} against the gold: precision ${result.precision.toFixed(3)}, recall ${result.recall.toFixed(3)} (${result.predicted.length} pairs predicted, ${result.gold.length} in the gold)`);
    expect(result.precision).toBeGreaterThanOrEqual(0.9);
    expect(result.recall).toBeGreaterThanOrEqual(0.8);
  });
});
