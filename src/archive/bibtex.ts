// A BibTeX entry written field by field: each field once, values escaped for LaTeX, months as BibTeX's macros.
export type BibtexValue =
  | { text: string }
  /** Braced twice, so that styles keep its capitals. */
  | { exact: string }
  /** A corporate author, braced twice so that it is one name, never split into given and family names. */
  | { corporate: string }
  /** 1 to 12, written as the macro jan ... dec. */
  | { month: number }
  /** An address, verbatim. */
  | { url: string }
  /** Text with addresses in it, each set with \url. */
  | { rich: ({ text: string } | { url: string })[] };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

export const latexText = (text: string) => text.replace(/[\\{}&%$#_~^]/g, (c) => SPECIAL[c]!);
// Braces would unbalance the entry; percent-encoding them leaves the address the same.
const verbatimUrl = (url: string) => url.replace(/\{/g, '%7B').replace(/\}/g, '%7D');
// Inside \url in an argument, # and % must be escaped; hyperref typesets \# and \% as the plain characters.
const urlCommand = (url: string) => `\\url{${verbatimUrl(url).replace(/[#%]/g, (c) => `\\${c}`)}}`;

function valueText(value: BibtexValue): string {
  if ('text' in value) return `{${latexText(value.text)}}`;
  if ('exact' in value) return `{{${latexText(value.exact)}}}`;
  if ('corporate' in value) return `{{${latexText(value.corporate)}}}`;
  if ('month' in value) {
    const macro = MONTHS[value.month - 1];
    if (!macro) throw new Error(`no month ${value.month}`);
    return macro;
  }
  if ('url' in value) return `{${verbatimUrl(value.url)}}`;
  return `{${value.rich.map((part) => ('url' in part ? urlCommand(part.url) : latexText(part.text))).join('')}}`;
}

export function bibtexEntry(type: string, key: string, fields: readonly (readonly [string, BibtexValue])[]): string {
  const names = fields.map(([name]) => name);
  const repeated = names.find((name, i) => names.indexOf(name) !== i);
  if (repeated) throw new Error(`BibTeX field ${repeated} given twice`);
  return `@${type}{${key},\n${fields.map(([name, value]) => `  ${name} = ${valueText(value)}`).join(',\n')}\n}`;
}
