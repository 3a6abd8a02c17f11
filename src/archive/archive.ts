// The whole pipeline: source bytes and curated texts in, validated readouts and meetings out. Each file is read on
// its own (reading/read-source.ts), then taken into the archive in file order (reading/intake.ts).
import { Intake, type ArchiveInput, type ArchiveResult } from './reading/intake.ts';
import { readSource } from './reading/read-source.ts';

export type { Archive, ArchiveInput, ArchiveResult } from './reading/intake.ts';
export { sha256, type SourceInput } from './reading/read-source.ts';

export function buildArchive(input: ArchiveInput): ArchiveResult {
  const intake = new Intake(input);
  for (const planned of intake.plan()) {
    intake.take(planned, planned.repeats ? undefined : readSource(planned.source, intake.readoutsDir, intake.facts[planned.source.name], intake.index, planned.sha256));
  }
  return intake.finish();
}
