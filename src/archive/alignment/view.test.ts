import { describe, expect, it } from 'vitest';
import { account, termReader } from './fixtures.ts';
import { compareView, hasCompareView } from './view.ts';

// Reading the curated data takes seconds: once per file, before the tests.
const reader = termReader();

const tokyo = account('tokyo', 'mofa-japan', ['The two Ministers strongly condemned the ICBM launch by North Korea on July 12.', 'Minister Kamikawa raised the abductions issue.']);
const washington = account('washington', 'us-state-department', ['Both strongly condemn the DPRK’s ICBM launch of 12 July 2023.', 'The Secretary spoke of extended deterrence.']);
const view = () => compareView([tokyo, washington], reader);

describe('the compare view of a meeting', () => {
  it('exists only where more than one publisher gave an account', () => {
    expect([hasCompareView({ publishers: ['mofa-japan'] }), hasCompareView({ publishers: ['mofa-japan', 'us-state-department'] })]).toEqual([false, true]);
  });

  it('has one cell per publisher in every row', () => {
    expect(view().rows.map((r) => r.cells.map((c) => c.publisher))).toEqual(view().rows.map(() => ['mofa-japan', 'us-state-department']));
  });

  it('marks a row found in one publisher’s accounts only', () => {
    const row = view().rows.find((r) => r.cells[0]!.passages.some((p) => p.text.includes('abductions')))!;
    expect(row.only).toBe('mofa-japan');
  });

  it('links each passage to its paragraph on the meeting page', () => {
    expect(view().rows[0]!.cells.map((c) => c.passages.map((p) => p.paragraph))).toEqual([['tokyo-p1'], ['washington-p1']]);
  });

  it('summarises topics raised by both and by one only, with their rows', () => {
    const v = view();
    expect(v.shared.map((t) => t.topic)).toEqual(['north-korea-nuclear-missile']);
    expect(v.onlyIn.map((o) => o.topics.map((t) => t.topic))).toEqual([['abductions-issue'], ['extended-deterrence']]);
    expect(v.onlyIn[0]!.topics[0]!.rows).toEqual([v.rows.find((r) => r.only === 'mofa-japan')!.id]);
  });
});
