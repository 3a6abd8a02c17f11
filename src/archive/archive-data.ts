// The parts of a built archive that the browsing pages read.
import type { Archive } from './archive.ts';

export type ArchiveData = Pick<Archive, 'meetings' | 'readouts' | 'countries' | 'people' | 'topics'>;
