// Tables wider than a phone scroll sideways inside a named region that the keyboard can reach, with a line saying
// so; ScrollTable.astro draws the same markup around tables the site writes, this around tables in rendered Markdown.

export const SCROLL_HINT = 'Scroll sideways to see every column';

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Wraps every table in `html` in a scrolling region named `label` ("label, table 2" for the second and later). */
export function wrapTables(html: string, label: string): string {
  let n = 0;
  return html.replace(/<table\b[\s\S]*?<\/table>/g, (table) => {
    n += 1;
    const name = escapeAttribute(n === 1 ? label : `${label}, table ${n}`);
    return `<section class="table-scroll" aria-label="${name}" tabindex="0"><p class="scroll-hint" aria-hidden="true">${SCROLL_HINT}</p>${table}</section>`;
  });
}
