// Takes the readings of every source file, in file order, into one archive: what no single file can tell (the same
// text twice, an id taken twice, documents sources.yaml names beyond a file's end) is settled here, and every
// message lands in the order a reading of the files one by one gives it, wherever each file was read.
import { readCurated, type Curated, type CuratedTexts } from '../enrichment/curated.ts';
import { CuratedIndex } from '../enrichment/curated-index.ts';
import { Diagnostics, type Diagnostic } from '../diagnostics.ts';
import { buildMeetings } from '../meetings/meetings.ts';
import { meetingSchema, sourcesFileSchema, type Meeting, type Readout, type SourceFacts } from '../schema.ts';
import { readYaml } from '../yaml-data.ts';
import { byCodePoint } from '../compare.ts';
import { sha256, type SourceInput, type SourceReading } from './read-source.ts';

export interface ArchiveInput {
  /** Folder as shown in messages, e.g. "content". */
  contentDir: string;
  sources: SourceInput[];
  /** Names in the readouts folder that are not read: other files, links, and folders (ending in "/"). */
  otherFiles?: string[];
  sourcesYaml: string;
  curated: CuratedTexts;
}

export interface Archive extends Curated {
  readouts: Readout[];
  meetings: Meeting[];
  report: { files: number; diagnostics: Diagnostic[] };
}

/** On errors, what could still be read comes back too, so an editor's report shows every readout. */
export type ArchiveResult = { ok: true; archive: Archive } | { ok: false; diagnostics: Diagnostic[]; readouts: Readout[]; meetings: Meeting[] };

/** A source file to read, or the earlier file it repeats (the archive holds each text once). */
export interface PlannedSource {
  source: SourceInput;
  sha256: string;
  repeats?: string;
}

/** The curated data of the last build: an editor's check, the build and the tests read the same files many times. */
let lastCurated: { key: string; curated?: Curated; index?: CuratedIndex; diagnostics: Diagnostic[] } | undefined;

export function curatedOnce(texts: CuratedTexts, dir: string): { curated?: Curated; index?: CuratedIndex; diagnostics: Diagnostic[] } {
  const key = `${dir}\u0000${texts.countries}\u0000${texts.people}\u0000${texts.topics}`;
  if (lastCurated?.key !== key) {
    const own = new Diagnostics();
    const curated = readCurated(texts, dir, own);
    lastCurated = { key, ...(curated ? { curated, index: new CuratedIndex(curated) } : {}), diagnostics: own.items };
  }
  return lastCurated;
}

export class Intake {
  readonly readoutsDir: string;
  readonly index: CuratedIndex | undefined;
  readonly facts: Record<string, SourceFacts>;
  private readonly input: ArchiveInput;
  private readonly curated: Curated | undefined;
  private readonly diagnostics = new Diagnostics();
  private readonly sourcesFile: ReturnType<typeof readYaml<typeof sourcesFileSchema>>;
  private readonly sourcesPath: string;
  private readonly readouts: Readout[] = [];
  private readonly byId = new Map<string, Readout>();

  constructor(input: ArchiveInput) {
    this.input = input;
    const dir = input.contentDir;
    this.readoutsDir = `${dir}/readouts`;
    const { curated, index, diagnostics } = curatedOnce(input.curated, dir);
    this.curated = curated;
    this.index = index;
    this.diagnostics.items.push(...diagnostics);
    this.sourcesPath = `${dir}/sources.yaml`;
    this.sourcesFile = readYaml(input.sourcesYaml, this.sourcesPath, sourcesFileSchema, this.diagnostics);
    this.facts = this.sourcesFile?.data ?? {};

    const names = new Set(input.sources.map((s) => s.name));
    for (const name of Object.keys(this.facts)) {
      if (!names.has(name)) this.diagnostics.error(this.sourcesPath, this.sourcesFile!.lineOf([name]), `no file ${this.readoutsDir}/${name} for this entry`);
    }
    for (const other of input.otherFiles ?? []) {
      this.diagnostics.warn(`${this.readoutsDir}/${other}`, undefined, other.endsWith('/') ? 'a folder: readouts must sit directly in readouts/, so nothing in it is read' : 'not a .txt or .html file, so not read as a readout');
    }
    if (input.sources.length === 0) this.diagnostics.error(this.readoutsDir, undefined, 'no readouts (.txt or .html files) found');
  }

  /** Every source file in the order they are read (by code point of their names), each repeat marked. */
  plan(): PlannedSource[] {
    const seen = new Map<string, string>();
    return [...this.input.sources]
      .sort((a, b) => byCodePoint(a.name, b.name))
      .map((source) => {
        const hash = sha256(source.bytes);
        const repeats = seen.get(hash);
        if (!repeats) seen.set(hash, source.name);
        return { source, sha256: hash, ...(repeats ? { repeats } : {}) };
      });
  }

  /** Takes the next file of the plan: its reading, or, for a repeat, the error that says so. */
  take(planned: PlannedSource, reading?: SourceReading): void {
    const path = `${this.readoutsDir}/${planned.source.name}`;
    if (planned.repeats) {
      this.diagnostics.error(path, 1, `the same text as ${this.readoutsDir}/${planned.repeats}: the archive holds each source once`);
      return;
    }
    if (!reading) throw new Error(`${path}: not read`);
    for (const step of reading.steps) {
      if (step.kind === 'diagnostic') this.diagnostics.items.push(step.diagnostic);
      else if (step.kind === 'documents') {
        for (const factsOf of this.facts[planned.source.name]?.documents ?? []) {
          if (factsOf.document > step.count) {
            this.diagnostics.error(this.sourcesPath, this.sourcesFile!.lineOf([planned.source.name, 'documents']), `document ${factsOf.document} of ${planned.source.name}: the file holds only ${step.count}`);
          }
        }
      } else {
        const clash = this.byId.get(step.id);
        if (clash) {
          this.diagnostics.error(path, 1, `readout id "${step.id}" is already taken by ${this.readoutsDir}/${clash.file}: rename one of the files`);
        } else if (step.problems) {
          for (const problem of step.problems) this.diagnostics.error(path, problem.line, problem.message);
        } else {
          this.readouts.push(step.readout!);
          this.byId.set(step.id, step.readout!);
        }
      }
    }
  }

  /** Groups the readouts into meetings and checks them: the archive, or every error with what could be read. */
  finish(): ArchiveResult {
    const { curated, index, diagnostics, readouts, byId } = this;
    if (!curated || !index) return { ok: false, diagnostics: diagnostics.items, readouts, meetings: [] };
    const meetings = buildMeetings(readouts, index);
    if (diagnostics.errors.length) return { ok: false, diagnostics: diagnostics.items, readouts, meetings };
    for (const meeting of meetings) {
      const first = byId.get(meeting.readouts[0]!)!;
      const where = `${this.readoutsDir}/${first.file}`;
      if (meeting.countries.length === 0) {
        diagnostics.warn(where, first.lines.participants?.start, `could not tell which countries took part in "${first.title}": add its people to content/people.yaml`);
      }
      if (meeting.countries.length === 1) {
        diagnostics.warn(where, first.lines.participants?.start, `only one country (${meeting.countries[0]}) found among the participants of "${first.title}"`);
      }
      const checked = meetingSchema.safeParse(meeting);
      if (!checked.success) {
        for (const issue of checked.error.issues) diagnostics.error(where, first.lines.participants?.start, `meeting ${meeting.id}: ${issue.path.join('.')}: ${issue.message}`);
      }
    }
    if (diagnostics.errors.length) return { ok: false, diagnostics: diagnostics.items, readouts, meetings };
    return { ok: true, archive: { ...curated, readouts, meetings, report: { files: this.input.sources.length, diagnostics: diagnostics.items } } };
  }
}
