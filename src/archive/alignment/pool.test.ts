import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadArchive } from '../test-support.ts';
import { account, termReader } from './fixtures.ts';
import { alignmentQueue, closeAlignmentPool } from './pool.ts';
import { compareView } from './view.ts';

const WORKER = fileURLToPath(new URL('./worker.ts', import.meta.url));
const tokyo = account('tokyo', 'mofa-japan', ['The two Ministers strongly condemned the ICBM launch by North Korea on July 12.', 'Minister Kamikawa raised the abductions issue.']);
const washington = account('washington', 'us-state-department', ['Both strongly condemn the DPRK’s ICBM launch of 12 July 2023.', 'The Secretary spoke of extended deterrence.']);

describe('the alignment pool', () => {
  it('aligns on a worker thread exactly as on the page’s own thread', async () => {
    const queue = alignmentQueue(loadArchive(), [{ id: 'm', accounts: [tokyo, washington] }], { worker: WORKER, from: 1 });
    try {
      expect(await queue.view('m')).toEqual(compareView([tokyo, washington], termReader()));
    } finally {
      await closeAlignmentPool();
    }
  });

  it('aligns on the page’s own thread below the size that pays for a worker', async () => {
    const queue = alignmentQueue(loadArchive(), [{ id: 'm', accounts: [tokyo, washington] }], { worker: '/no/such/worker.ts' });
    expect(await queue.view('m')).toEqual(compareView([tokyo, washington], termReader()));
  });
});
