// Copy controls: a paragraph's label copies the paragraph's address, citation buttons copy their text. Addresses are
// the ones the reader is on, whatever address the site was built for. Without JavaScript a label is a plain link to
// the paragraph and citations are text to select, with no buttons.
const FEEDBACK_MS = 2000;
const MANUAL_HINT = 'Copying is not available here: the text is selected, press Ctrl+C (⌘C on a Mac) to copy it.';

function announce(message: string): void {
  const status = document.getElementById('copy-status');
  if (!status) return;
  status.textContent = '';
  // A fresh text node makes screen readers announce the same message twice in a row.
  window.setTimeout(() => (status.textContent = message), 50);
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The page as the reader has it: this origin and path, no query or fragment. */
const servedPage = () => `${location.origin}${location.pathname}`;

/** Citations name the address the pages were built for; where the site is served elsewhere, they name this one. */
function citeServedAddress(): void {
  const built = document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href;
  const served = servedPage();
  if (!built || built === served) return;
  for (const el of document.querySelectorAll('.cite-text')) el.textContent = el.textContent!.split(built).join(served);
}

/** "Copied" beside the control for a moment; the live region says it to screen readers. */
function showCopied(control: HTMLElement): void {
  if (control instanceof HTMLButtonElement) {
    control.textContent = 'Copied';
    window.setTimeout(() => (control.textContent = 'Copy'), FEEDBACK_MS);
    return;
  }
  let flag = control.nextElementSibling;
  if (!flag?.classList.contains('copy-feedback')) {
    flag = document.createElement('span');
    flag.className = 'copy-feedback';
    flag.setAttribute('aria-hidden', 'true');
    flag.textContent = 'Copied';
    control.after(flag);
  }
  const shown = flag;
  window.setTimeout(() => shown.remove(), FEEDBACK_MS);
}

const hints = new WeakMap<HTMLElement, HTMLElement>();

/** When the clipboard refuses: the text selected, with a visible hint beneath it, for the reader to copy by hand. */
function offerManualCopy(control: HTMLElement, text: string, source?: HTMLElement): void {
  let hint = hints.get(control);
  if (!hint) {
    hint = document.createElement('span');
    hint.className = 'copy-manual';
    if (source) source.after(hint);
    else control.parentElement!.append(hint);
    hints.set(control, hint);
  }
  hint.textContent = MANUAL_HINT;
  if (source) {
    const range = document.createRange();
    range.selectNodeContents(source);
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  } else {
    // An address is not on the page: it is shown in a field, selected.
    const field = document.createElement('input');
    field.readOnly = true;
    field.value = text;
    field.setAttribute('aria-label', 'Address to copy');
    hint.append(field);
    field.focus();
    field.select();
  }
  announce(MANUAL_HINT);
}

document.addEventListener('click', async (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const link = target?.closest<HTMLAnchorElement>('a[data-copy-link]');
  if (link) {
    event.preventDefault();
    const url = `${servedPage()}${link.hash}`;
    // Replacing the fragment marks the paragraph (:target) without adding an entry to the history.
    location.replace(link.hash);
    if (await copy(url)) {
      showCopied(link);
      announce(`Link copied: ${url}`);
    } else offerManualCopy(link, url);
    return;
  }
  const button = target?.closest<HTMLButtonElement>('button[data-copy-from]');
  if (button) {
    const source = document.getElementById(button.dataset.copyFrom!);
    if (!source) return;
    const text = source.textContent ?? '';
    if (await copy(text)) {
      showCopied(button);
      announce('Citation copied');
    } else offerManualCopy(button, text, source);
  }
});

/**
 * A Copy button for each citation, made here since it only works with JavaScript: beside the format's heading in an
 * account's citation, after the text in a paragraph's. Citation ids are anchors, so they need no escaping.
 */
function addCopyButtons(): void {
  for (const source of document.querySelectorAll<HTMLElement>('.cite-text[id]')) {
    const button = `<button type="button" class="copy-button" data-copy-from="${source.id}">Copy</button>`;
    const heading = source.previousElementSibling;
    if (heading?.matches('.citation-format')) heading.insertAdjacentHTML('beforeend', button);
    else source.insertAdjacentHTML('afterend', button);
  }
}

citeServedAddress();
addCopyButtons();
