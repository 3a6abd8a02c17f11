// Words that web pages put into copied text and readers should not see; the original keeps them.
const ARTEFACTS = /(?<!\s)\s*(?:Open a New Window|Open new window|\(Open a new window\))/gi;

export function stripWebArtefacts(text: string): string {
  return text.replace(ARTEFACTS, '').replace(/ {2,}/g, ' ').trim();
}
