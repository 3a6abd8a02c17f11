import { expect, test } from 'vitest';
import { meetingsByReadout, readoutRef } from './readout-refs.ts';
import { loadArchive } from './test-support.ts';

const archive = loadArchive();
const meetingOf = meetingsByReadout(archive.meetings);
const joint = archive.readouts.find((r) => r.id === '001-46aec85189a962c6-1')!;

test('every readout has its meeting', () => {
  expect(archive.readouts.filter((r) => !meetingOf.has(r.id))).toEqual([]);
  expect(meetingOf.get(joint.id)!.id).toBe('2023-07-14-japan-us-rok');
});

test('a reference links to the first paragraph that makes the mention', () => {
  // The joint statement first names the DPRK in its second paragraph.
  expect(readoutRef(joint, meetingOf.get(joint.id)!, (p) => p.countries.includes('north-korea')).url).toBe('/meetings/2023-07-14-japan-us-rok/#state-joint-statement-p2');
});

test('with no paragraph to point at, a reference links to the account', () => {
  expect(readoutRef(joint, meetingOf.get(joint.id)!, () => false).url).toBe('/meetings/2023-07-14-japan-us-rok/#state-joint-statement');
});

test('a reference says which account, of which meeting, and when', () => {
  const ref = readoutRef(joint, meetingOf.get(joint.id)!, () => true);
  expect([ref.publisher, ref.kind, ref.meetingTitle, ref.date]).toEqual(['U.S. State Department', 'Joint statement', 'Japan–U.S.–ROK Foreign Ministers’ Meeting', '2023-07-14']);
});
