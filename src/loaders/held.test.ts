import { afterEach, expect, test } from 'vitest';
import { heldCollections, holdCollection } from './held.ts';
import { loadArchive } from '../archive/test-support.ts';

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('readout-archive:held-collections')];
});

test('hands the pages the readouts and meetings a loader held, as they were', () => {
  const archive = loadArchive();
  holdCollection('readouts', archive.readouts);
  holdCollection('meetings', archive.meetings);
  expect(heldCollections()).toEqual({ readouts: archive.readouts, meetings: archive.meetings });
});

test('says the content layer failed when a page asks before both were held', () => {
  holdCollection('readouts', loadArchive().readouts);
  expect(() => heldCollections()).toThrow('the readouts and meetings were not loaded in this process');
});
