// The publisher formats the archive reads, and how a file's format is chosen.
import type { PublisherFormat } from './format.ts';
import { mofaJapan } from './mofa-japan.ts';
import { rokMofa } from './rok-mofa.ts';
import { usStateDepartment } from './us-state-department.ts';
import type { PublisherId } from '../schema.ts';

export const FORMATS: readonly PublisherFormat[] = [mofaJapan, usStateDepartment, rokMofa];

export const PUBLISHER_NAMES: Record<PublisherId, string> = {
  'mofa-japan': 'Ministry of Foreign Affairs of Japan',
  'us-state-department': 'U.S. Department of State',
  'rok-mofa': 'Ministry of Foreign Affairs of the Republic of Korea',
};

/** Short prefixes for account anchors on a meeting page ("#mofa", "#state-joint-statement"). */
export const PUBLISHER_ANCHORS: Record<PublisherId, string> = {
  'mofa-japan': 'mofa',
  'us-state-department': 'state',
  'rok-mofa': 'rok-mofa',
};

/** The formats that read these lines most surely: one, or several when they tie, or none. */
export function detectFormats(lines: string[]): PublisherFormat[] {
  const scored = FORMATS.map((format) => ({ format, score: format.detect(lines) })).filter((s) => s.score > 0);
  const best = Math.max(0, ...scored.map((s) => s.score));
  return scored.filter((s) => s.score === best).map((s) => s.format);
}

export function formatOf(id: PublisherId): PublisherFormat {
  return FORMATS.find((f) => f.id === id)!;
}
