// What the open-data page says about the files: the terms they may be reused under and how current they are.
import type { Readout } from './schema.ts';

/** The archive's own data (metadata, structure, curated lists) is dedicated to the public domain. */
export const DATA_LICENCE = { name: 'CC0 1.0', title: 'Creative Commons CC0 1.0 Universal', url: 'https://creativecommons.org/publicdomain/zero/1.0/' } as const;

/**
 * The newest date among the texts: each one's publication date, or its meeting's date when the publication
 * date is not known. The build's own clock is never used, so a rebuild of the same texts says the same.
 */
export function latestSourceDate(readouts: readonly Pick<Readout, 'date' | 'publishedDate'>[]): string | undefined {
  let latest: string | undefined;
  for (const r of readouts) {
    const date = r.publishedDate ?? r.date;
    if (!latest || date > latest) latest = date;
  }
  return latest;
}
