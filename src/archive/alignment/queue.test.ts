import { describe, expect, it } from 'vitest';
import type { Readout } from '../schema.ts';
import { AlignmentQueue, type Comparison } from './queue.ts';
import type { CompareView } from './view.ts';

const order: Comparison[] = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, accounts: [{ id: `${id}-1` } as Readout] }));

/** A queue whose "alignment" names the first account, and which records the accounts it was asked to align. */
function recording(ahead: number) {
  const asked: string[] = [];
  const queue = new AlignmentQueue(order, async (accounts) => {
    asked.push(accounts[0]!.id);
    return { publishers: [], rows: [], shared: [], onlyIn: [], first: accounts[0]!.id } as CompareView & { first: string };
  }, ahead);
  return { queue, asked };
}

describe('AlignmentQueue', () => {
  it("gives each meeting the alignment of its own accounts", async () => {
    const { queue } = recording(2);
    expect(((await queue.view('c')) as CompareView & { first: string }).first).toBe('c-1');
  });

  it('starts the next meetings ahead of the one asked for, and no more', () => {
    const { queue, asked } = recording(2);
    void queue.view('a');
    expect(asked).toEqual(['a-1', 'b-1', 'c-1']);
    void queue.view('b');
    expect(asked).toEqual(['a-1', 'b-1', 'c-1', 'd-1']);
  });

  it('aligns a meeting asked out of order, as a rebuild that writes one page does, with those after it', () => {
    const { queue, asked } = recording(1);
    void queue.view('d');
    expect(asked).toEqual(['d-1', 'e-1']);
  });

  it('holds no alignment once its page has taken it, and those started ahead until theirs do', () => {
    const { queue } = recording(2);
    void queue.view('a');
    expect(queue.waiting).toBe(2);
    void queue.view('b');
    void queue.view('c');
    expect(queue.waiting).toBe(2);
  });

  it('refuses a meeting it was not given, by name', () => {
    expect(() => recording(2).queue.view('z')).toThrow('no comparison of z was planned');
  });
});
