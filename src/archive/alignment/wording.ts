// Where the wording of an aligned passage differs from the other accounts' passages beside it: a word diff
// (jsdiff over the words, ignoring case), cut back into runs of the passage's own text.
import { diffArrays } from 'diff';

export interface Segment {
  text: string;
  /** True for words the passages beside it do not have at that point. */
  differs: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;

/** The sentence cut into runs of words it shares with `others` (in order, ignoring case) and runs it does not. */
export function wordingAgainst(sentence: string, others: string): Segment[] {
  const words = [...sentence.matchAll(WORD)];
  if (others.trim() === '' || words.length === 0) return [{ text: sentence, differs: false }];
  const differs: boolean[] = [];
  const other = [...others.matchAll(WORD)].map((m) => m[0].toLowerCase());
  for (const change of diffArrays(words.map((m) => m[0].toLowerCase()), other)) {
    if (!change.added) for (let i = 0; i < change.count!; i++) differs.push(change.removed);
  }
  const out: Segment[] = [];
  const push = (text: string, flag: boolean) => {
    const last = out[out.length - 1];
    if (last && last.differs === flag) last.text += text;
    else if (text !== '') out.push({ text, differs: flag });
  };
  let at = 0;
  words.forEach((m, i) => {
    // What stands between two differing words (a space, a comma) is part of their run.
    push(sentence.slice(at, m.index), Boolean(differs[i] && differs[i - 1]));
    push(m[0], differs[i]!);
    at = m.index + m[0].length;
  });
  push(sentence.slice(at), false);
  return out;
}
