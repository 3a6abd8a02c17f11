// citation-js ships no type declarations; this covers the part the archive uses.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(format: 'bibliography', options: { format: 'text' | 'html'; template: string; lang?: string }): string;
  }
}
declare module '@citation-js/plugin-csl';
