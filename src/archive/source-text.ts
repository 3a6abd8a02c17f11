// Turns a source file's bytes into numbered lines, refusing what is not a readable text.

/** Readouts are a few kilobytes; anything this large is a mistake, refused before it is read. */
export const MAX_SOURCE_BYTES = 1_000_000;

export type DecodeResult = { ok: true; lines: string[] } | { ok: false; line: number; message: string };

function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

export function decodeSource(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, line: 1, message: 'the file is empty' };
  if (bytes.length > MAX_SOURCE_BYTES) {
    const mb = (bytes.length / 1_000_000).toFixed(1);
    return { ok: false, line: 1, message: `the file is ${mb} MB; readouts larger than ${MAX_SOURCE_BYTES / 1_000_000} MB are refused` };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const line = bytes.subarray(0, nul).filter((b) => b === 10).length + 1;
    return { ok: false, line, message: 'binary data (a NUL byte): not a text readout' };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    return { ok: false, line: lineOfOffset(lossy, lossy.indexOf('\uFFFD')), message: 'invalid UTF-8: save the file as UTF-8' };
  }
  if (text.trim() === '') return { ok: false, line: 1, message: 'the file holds only whitespace' };
  return { ok: true, lines: text.split(/\r\n|\r|\n/) };
}

/** Normalises a line for reading: no-break and other odd spaces become plain spaces, runs collapse. */
export function cleanLine(line: string): string {
  // Every kind of white space becomes one plain space: regexes downstream then never meet long odd runs.
  return line.replace(/[\s\u200b\u2060]+/g, ' ').trim();
}

export interface Block {
  /** 1-based number of the block's first line. */
  start: number;
  end: number;
  lines: string[];
}

/** Groups non-blank lines into blocks separated by blank lines, remembering each block's line numbers. */
export function toBlocks(lines: string[], from = 0, to = lines.length): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  for (let i = from; i < to; i++) {
    const text = cleanLine(lines[i] ?? '');
    if (text === '') {
      current = undefined;
      continue;
    }
    if (!current) {
      current = { start: i + 1, end: i + 1, lines: [] };
      blocks.push(current);
    }
    current.lines.push(text);
    current.end = i + 1;
  }
  return blocks;
}
