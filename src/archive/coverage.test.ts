import { expect, test } from 'vitest';
import { coverage } from './coverage.ts';
import type { Readout } from './schema.ts';

const account = (publisher: string, paragraphs: [string, string[]][]) => ({ publisher, paragraphs: paragraphs.map(([anchor, topics]) => ({ anchor, topics })) }) as unknown as Readout;

test('each topic row lists, per publisher, the paragraphs that raise it', () => {
  const rows = coverage({ topics: ['abductions', 'deterrence'], publishers: ['mofa-japan', 'us-state-department'] }, [
    account('mofa-japan', [['mofa-1', []], ['mofa-2', ['abductions']]]),
    account('us-state-department', [['state-p1', ['deterrence']], ['state-p2', ['deterrence']]]),
  ]);
  expect(rows).toEqual([
    { topic: 'abductions', cells: { 'mofa-japan': ['mofa-2'], 'us-state-department': [] } },
    { topic: 'deterrence', cells: { 'mofa-japan': [], 'us-state-department': ['state-p1', 'state-p2'] } },
  ]);
});
