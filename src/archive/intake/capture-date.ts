// The day a file is taken into the archive, as the editor's calendar shows it: the access date its citations give.
export function captureDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
