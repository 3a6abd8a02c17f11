import { describe, expect, it } from 'vitest';
import { alignAccounts, type Alignment } from './align.ts';
import { account, termReader } from './fixtures.ts';

// Reading the curated data takes seconds: once per file, before the tests.
const reader = termReader();

const groupsOf = (alignment: Alignment) => alignment.groups.map((g) => g.sentences.map((s) => `${s.readout}#${s.index}`));

const tokyo = account('tokyo', 'mofa-japan', [
  'The two Ministers strongly condemned the ICBM-class ballistic missile launch by North Korea on July 12.',
  'Minister Kamikawa raised the abductions issue and asked for continued support.',
  'They agreed to deepen cooperation on clean energy supply chains.',
]);
const washington = account('washington', 'us-state-department', [
  'The Secretary thanked the Foreign Minister for her hospitality.',
  'Both strongly condemn the DPRK’s launch of an intercontinental ballistic missile (ICBM) on 12 July 2023. Its programs threaten the whole region.',
  'They discussed supply chains for clean energy and ways to deepen cooperation.',
]);

describe('aligning the accounts of one meeting', () => {
  it('pairs sentences that report the same thing in different words', () => {
    expect(groupsOf(alignAccounts([tokyo, washington], reader))).toContainEqual(['tokyo#0', 'washington#1']);
  });

  it('pairs sentences whose words come in another order', () => {
    expect(groupsOf(alignAccounts([tokyo, washington], reader))).toContainEqual(['tokyo#2', 'washington#3']);
  });

  it('leaves a sentence no other publisher reports in a group of its own', () => {
    const only = alignAccounts([tokyo, washington], reader).groups.find((g) => g.sentences.some((s) => s.readout === 'tokyo' && s.index === 1))!;
    expect(only.publishers).toEqual(['mofa-japan']);
    expect(only.sentences).toHaveLength(1);
  });

  it('puts every sentence of every account in exactly one group', () => {
    const all = groupsOf(alignAccounts([tokyo, washington], reader)).flat();
    expect(all.sort()).toEqual(['tokyo#0', 'tokyo#1', 'tokyo#2', 'washington#0', 'washington#1', 'washington#2', 'washington#3'].sort());
  });

  it('never pairs two accounts of the same publisher with each other', () => {
    const statement = account('statement', 'us-state-department', ['Both strongly condemn the DPRK’s launch of an ICBM on 12 July.'], 'joint-statement');
    const readout = account('readout', 'us-state-department', ['Both strongly condemn the DPRK’s launch of an ICBM on 12 July.']);
    expect(groupsOf(alignAccounts([statement, readout], reader))).toEqual([['statement#0'], ['readout#0']]);
  });

  it('aligns a speaker’s turn in remarks like any other passage', () => {
    const remarks = account('remarks', 'us-state-department', [{ speaker: 'SECRETARY BLINKEN', text: 'Good evening. Today we strongly condemned the ICBM launch by the DPRK on July 12.' }], 'remarks');
    expect(groupsOf(alignAccounts([tokyo, remarks], reader))).toContainEqual(['tokyo#0', 'remarks#1']);
  });

  it('lets a second sentence of one account join the pair when it reports the rest of the same point', () => {
    const seoul = account('seoul', 'rok-mofa', ['The ministers condemned the missile launch. They agreed that it threatens peace and stability of the international community.']);
    const tokyoLong = account('tokyo-long', 'mofa-japan', ['The ministers condemned the missile launch, which threatens peace and stability.']);
    expect(groupsOf(alignAccounts([tokyoLong, seoul], reader))).toEqual([['tokyo-long#0', 'seoul#0', 'seoul#1']]);
  });

  it('places a passage found in one account only after the passage before it in that account', () => {
    const order = groupsOf(alignAccounts([tokyo, washington], reader));
    const at = (id: string) => order.findIndex((g) => g.includes(id));
    expect(at('washington#2')).toBe(at('washington#1') + 1);
    expect(at('washington#0')).toBeLessThan(at('washington#1'));
  });

  it('gives the same alignment every time', () => {
    expect(alignAccounts([tokyo, washington], reader)).toEqual(alignAccounts([tokyo, washington], reader));
  });
});
