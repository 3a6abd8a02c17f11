import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { accountNames, accountParagraphLabels, paragraphLabels } from './paragraph-labels.ts';
import type { Readout } from './schema.ts';

// The MOFA account of 14 July 2023: an unnumbered lead and a second unnumbered paragraph, then points 1 to 4.
const MOFA_2023_07_14: { anchor: string; number?: string }[] = [{ anchor: 'mofa-p1' }, { anchor: 'mofa-p2' }, ...['1', '2', '3', '4'].map((n) => ({ anchor: `mofa-${n}`, number: n }))];

describe('within an account', () => {
  test('a paragraph the source numbers is a point under its printed number', () => {
    expect(accountParagraphLabels([{ number: '1' }, { number: '2' }])).toEqual(['point 1', 'point 2']);
  });

  test('a sub-point keeps the printed form "2. (1)" as "point 2 (1)"', () => {
    expect(accountParagraphLabels([{ number: '2' }, { number: '2-1' }, { number: '2-2' }])).toEqual(['point 2', 'point 2 (1)', 'point 2 (2)']);
  });

  test('unnumbered paragraphs are counted after ¶, as their anchors count them', () => {
    expect(accountParagraphLabels(MOFA_2023_07_14)).toEqual(['¶ 1', '¶ 2', 'point 1', 'point 2', 'point 3', 'point 4']);
  });

  test('the unnumbered second paragraph and the numbered second point never read alike', () => {
    const [, second, , point2] = accountParagraphLabels(MOFA_2023_07_14);
    expect(second).toBe('¶ 2');
    expect(point2).toBe('point 2');
  });

  test('a number printed twice is told apart by its order', () => {
    expect(accountParagraphLabels([{ number: '3' }, { number: '3' }])).toEqual(['point 3', 'point 3, second so numbered']);
  });
});

test('two accounts of one publisher and kind on one page are told apart', () => {
  const accounts = [{ publisher: 'us-state-department', kind: 'readout' }, { publisher: 'us-state-department', kind: 'readout' }] as Readout[];
  expect(accountNames(accounts)).toEqual(['U.S. State Department readout', 'U.S. State Department readout (second)']);
});

test('a page label names the account, then the paragraph', () => {
  const labels = paragraphLabels([
    { publisher: 'mofa-japan', kind: 'readout', paragraphs: MOFA_2023_07_14 },
    { publisher: 'us-state-department', kind: 'joint-statement', paragraphs: [{ anchor: 'state-joint-statement-p1' }, { anchor: 'state-joint-statement-p2' }] },
  ]);
  expect(labels.get('mofa-p2')).toEqual({ short: '¶ 2', full: 'MOFA Japan readout, ¶ 2' });
  expect(labels.get('mofa-2')).toEqual({ short: 'point 2', full: 'MOFA Japan readout, point 2' });
  expect(labels.get('state-joint-statement-p2')?.full).toBe('U.S. State Department joint statement, ¶ 2');
});

test('every paragraph of any page gets a label no other paragraph of the page has', () => {
  const numbers = fc.option(fc.constantFrom('1', '2', '2-1', '3'), { nil: undefined });
  const account = fc.record({
    publisher: fc.constantFrom('mofa-japan', 'us-state-department'),
    kind: fc.constantFrom('readout', 'remarks'),
    numbers: fc.array(numbers, { minLength: 1, maxLength: 8 }),
  });
  fc.assert(
    fc.property(fc.array(account, { minLength: 1, maxLength: 4 }), (accounts) => {
      const page = accounts.map((a, i) => ({ ...a, paragraphs: a.numbers.map((number, j) => ({ anchor: `a${i}-${j}`, ...(number ? { number } : {}) })) })) as Parameters<typeof paragraphLabels>[0];
      const labels = [...paragraphLabels(page).values()].map((l) => l.full);
      expect(labels.length).toBe(accounts.reduce((n, a) => n + a.numbers.length, 0));
      expect(new Set(labels).size).toBe(labels.length);
    }),
  );
});
