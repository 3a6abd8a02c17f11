// Ministry of Foreign Affairs of the Republic of Korea: English press releases (mofa.go.kr).
import { cleanLine } from '../source-text.ts';
import type { ParsedDocument, ParseInput, PublisherFormat } from './format.ts';

function parse({ file, diagnostics }: ParseInput): ParsedDocument[] {
  diagnostics.error(file, 1, 'ROK MOFA pages are not read yet');
  return [];
}

export const rokMofa: PublisherFormat = {
  id: 'rok-mofa',
  description: 'a ROK MOFA press release (Korean navigation, a "Date 2023-11-26" block, "Minister of Foreign Affairs X held ...")',
  detect(lines) {
    const head = lines.slice(0, 80).map(cleanLine);
    return head.some((l) => /^Ministry of Foreign Affairs,? Republic of Korea\b|mofa\.go\.kr/i.test(l)) ? 3 : 0;
  },
  parse,
};
