// Ordering that is the same on every machine: by code point, never by the host's locale.
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
