// One name per paragraph of a meeting page, used alike beside the paragraph, in its link, in search results, in the
// coverage table and in citations. A number the source prints is a "point"; a paragraph the source leaves
// unnumbered gets a count after "¶", so that "point 2" and "¶ 2" can never be taken for each other.
import { KIND_LABELS, PUBLISHER_SHORT } from './labels.ts';
import type { Paragraph, Readout } from './schema.ts';

export interface ParagraphLabel {
  /** Within its account: "point 2", "point 2 (1)", "¶ 3". */
  short: string;
  /** Within its page: "MOFA Japan readout, point 2". */
  full: string;
}

type Account = Pick<Readout, 'publisher' | 'kind'> & { paragraphs: Pick<Paragraph, 'anchor' | 'number'>[] };

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const ordinal = (n: number) => ORDINALS[n - 1] ?? `no. ${n}`;

/** "2" → "point 2"; "2-1" → "point 2 (1)", as MOFA prints "2. (1)". */
function pointLabel(number: string): string {
  const [head, ...rest] = number.split('-');
  return `point ${[head, ...rest.map((n) => `(${n})`)].join(' ')}`;
}

/** Labels within one account: points by their printed number, other paragraphs counted in order (as their anchors are). */
export function accountParagraphLabels(paragraphs: Pick<Paragraph, 'number'>[]): string[] {
  let counted = 0;
  const labels = paragraphs.map((p) => (p.number ? pointLabel(p.number) : `¶ ${++counted}`));
  // A source that prints one number twice: the second is told apart by its order, as its anchor is ("-2").
  const seen = new Map<string, number>();
  return labels.map((label) => {
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    return n === 1 ? label : `${label}, ${ordinal(n)} so numbered`;
  });
}

/** "MOFA Japan readout", "U.S. State Department joint statement"; a second account of one kind is "..., second". */
export function accountNames(accounts: Pick<Readout, 'publisher' | 'kind'>[]): string[] {
  const base = accounts.map((r) => `${PUBLISHER_SHORT[r.publisher]} ${KIND_LABELS[r.kind].toLowerCase()}`);
  const seen = new Map<string, number>();
  return base.map((name) => {
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name} (${ordinal(n)})`;
  });
}

/** Every paragraph's label on a page holding these accounts, in page order, by anchor. */
export function paragraphLabels(accounts: Account[]): Map<string, ParagraphLabel> {
  const names = accountNames(accounts);
  const labels = new Map<string, ParagraphLabel>();
  accounts.forEach((account, i) => {
    const shorts = accountParagraphLabels(account.paragraphs);
    account.paragraphs.forEach((p, j) => labels.set(p.anchor, { short: shorts[j]!, full: `${names[i]}, ${shorts[j]}` }));
  });
  return labels;
}
