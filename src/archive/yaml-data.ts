// Reads a YAML data file against its Zod schema, reporting problems at the line they are on.
import { isMap, isNode, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { z } from 'astro/zod';
import type { Diagnostics } from './diagnostics.ts';

export interface YamlFile<T> {
  data: T;
  /** The line a path in the data sits on, for messages about it. */
  lineOf(path: (string | number)[]): number;
}

function lineFinder(document: Document, counter: LineCounter) {
  return (path: (string | number)[]): number => {
    for (let depth = path.length; depth >= 0; depth--) {
      const parent = depth > 0 ? document.getIn(path.slice(0, depth - 1), true) : undefined;
      // A mapping's entry is reported at its key, where an editor wrote it.
      if (isMap(parent)) {
        const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === path[depth - 1]);
        if (isNode(pair?.key) && pair.key.range) return counter.linePos(pair.key.range[0]).line;
      }
      const node = document.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
    }
    return 1;
  };
}

// The yaml package checks a mapping's keys for repeats by comparing each with every key before it, which takes
// minutes on a sources.yaml of 100,000 files; this does the same check with a set.
function repeatedKeys(document: Document, counter: LineCounter): { line: number; message: string }[] {
  const repeats: { line: number; message: string }[] = [];
  visit(document, {
    Map(_, map) {
      const seen = new Map<unknown, number>();
      for (const { key } of map.items) {
        if (!isScalar(key)) continue;
        const line = key.range ? counter.linePos(key.range[0]).line : 1;
        const first = seen.get(key.value);
        if (first === undefined) seen.set(key.value, line);
        else repeats.push({ line, message: `"${String(key.value)}" is given twice (first on line ${first}): each key may appear once` });
      }
    },
  });
  return repeats;
}

export function readYaml<S extends z.ZodType>(text: string, file: string, schema: S, diagnostics: Diagnostics): YamlFile<z.infer<S>> | undefined {
  const counter = new LineCounter();
  const document = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: false });
  const repeats = document.errors.length ? [] : repeatedKeys(document, counter);
  if (document.errors.length || repeats.length) {
    for (const error of document.errors) {
      diagnostics.error(file, counter.linePos(error.pos[0]).line, `invalid YAML: ${error.message.split('\n')[0]}`);
    }
    for (const { line, message } of repeats) diagnostics.error(file, line, message);
    return undefined;
  }
  const lineOf = lineFinder(document, counter);
  const result = schema.safeParse(document.toJS());
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      diagnostics.error(file, lineOf(path), `${path.join('.') || '(top level)'}: ${issue.message}`);
    }
    return undefined;
  }
  return { data: result.data, lineOf };
}
