// Problems found while reading content; every one names a file and, where known, a line.

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  /** Path as shown to editors, e.g. "content/readouts/x.txt". */
  file: string;
  line?: number;
  message: string;
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}${d.line ? `:${d.line}` : ''}: ${d.severity === 'warning' ? 'warning: ' : ''}${d.message}`;
}

/** Collects every problem instead of stopping at the first, so an editor sees them all at once. */
export class Diagnostics {
  readonly items: Diagnostic[] = [];

  error(file: string, line: number | undefined, message: string): void {
    this.items.push({ severity: 'error', file, line, message });
  }

  warn(file: string, line: number | undefined, message: string): void {
    this.items.push({ severity: 'warning', file, line, message });
  }

  get errors(): Diagnostic[] {
    return this.items.filter((d) => d.severity === 'error');
  }

  get warnings(): Diagnostic[] {
    return this.items.filter((d) => d.severity === 'warning');
  }
}

/** Thrown when content has errors; its message lists all of them, one per line. */
export class ContentError extends Error {
  readonly diagnostics: Diagnostic[];

  constructor(diagnostics: Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    super(`${errors.length} content error${errors.length === 1 ? '' : 's'}:\n${errors.map(formatDiagnostic).join('\n')}`);
    this.name = 'ContentError';
    this.diagnostics = diagnostics;
  }
}
