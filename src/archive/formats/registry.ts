// The publisher formats the archive reads, and how a file's format is chosen.
import type { PublisherFormat } from './format.ts';
import { mofaJapan } from './mofa-japan.ts';
import { usStateDepartment } from './us-state-department.ts';
import type { PublisherId } from '../schema.ts';

export const FORMATS: readonly PublisherFormat[] = [mofaJapan, usStateDepartment];

export const PUBLISHER_NAMES: Record<PublisherId, string> = {
  'mofa-japan': 'Ministry of Foreign Affairs of Japan',
  'us-state-department': 'U.S. Department of State',
};

/** Short prefixes for account anchors on a meeting page ("#mofa", "#state-joint-statement"). */
export const PUBLISHER_ANCHORS: Record<PublisherId, string> = {
  'mofa-japan': 'mofa',
  'us-state-department': 'state',
};

/** The formats whose detection accepts these lines. */
export function detectFormats(lines: string[]): PublisherFormat[] {
  return FORMATS.filter((f) => f.detect(lines));
}

export function formatOf(id: PublisherId): PublisherFormat {
  return FORMATS.find((f) => f.id === id)!;
}
