// Aligning a meeting's accounts is about half of a comparison page's time. The pages ask for their alignments in the
// order they are written, and each request starts the next few ahead, so that a worker aligns them while the main
// thread writes pages: only those few are ever held, at any size of archive.
import type { Readout } from '../schema.ts';
import type { CompareView } from './view.ts';

export interface Comparison {
  /** The meeting's id. */
  id: string;
  accounts: readonly Readout[];
}

/** How many alignments are started ahead of the page being written. */
export const AHEAD = 8;

export class AlignmentQueue {
  private readonly order: readonly Comparison[];
  private readonly align: (accounts: readonly Readout[]) => Promise<CompareView>;
  private readonly ahead: number;
  private readonly position: Map<string, number>;
  private readonly started = new Map<number, Promise<CompareView>>();

  constructor(order: readonly Comparison[], align: (accounts: readonly Readout[]) => Promise<CompareView>, ahead = AHEAD) {
    this.order = order;
    this.align = align;
    this.ahead = ahead;
    this.position = new Map(order.map((c, i) => [c.id, i]));
  }

  /** The alignment of one meeting's accounts; the next meetings' are started meanwhile. */
  view(id: string): Promise<CompareView> {
    const at = this.position.get(id);
    if (at === undefined) throw new Error(`no comparison of ${id} was planned`);
    for (let i = at; i < Math.min(at + 1 + this.ahead, this.order.length); i++) this.start(i);
    const view = this.started.get(at)!;
    // Dropped once taken: a page asked again (under `astro dev`) aligns afresh.
    this.started.delete(at);
    return view;
  }

  /** Alignments started ahead and never asked for: a rebuild that copies most pages leaves a few. */
  get waiting(): number {
    return this.started.size;
  }

  private start(i: number): void {
    if (this.started.has(i)) return;
    const view = this.align(this.order[i]!.accounts);
    // Awaited by its page; this only keeps an early failure from going unhandled meanwhile.
    view.catch(() => {});
    this.started.set(i, view);
  }
}
