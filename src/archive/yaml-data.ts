// Reads a YAML data file against its Zod schema, reporting problems at the line they are on.
import { isMap, isNode, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
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

export function readYaml<S extends z.ZodType>(text: string, file: string, schema: S, diagnostics: Diagnostics): YamlFile<z.infer<S>> | undefined {
  const counter = new LineCounter();
  const document = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  if (document.errors.length) {
    for (const error of document.errors) {
      diagnostics.error(file, counter.linePos(error.pos[0]).line, `invalid YAML: ${error.message.split('\n')[0]}`);
    }
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
