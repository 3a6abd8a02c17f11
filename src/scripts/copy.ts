// Copy controls: paragraph links copy their full address; citation buttons copy their text.
// Without JavaScript a paragraph link is a plain link and citation buttons stay hidden.
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

document.addEventListener('click', async (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const link = target?.closest<HTMLAnchorElement>('a[data-copy-url]');
  if (link) {
    const url = link.dataset.copyUrl!;
    history.replaceState(null, '', link.hash);
    document.querySelector(link.hash)?.scrollIntoView({ block: 'nearest' });
    if (await copy(url)) {
      event.preventDefault();
      announce(`Link copied: ${url}`);
    }
    return;
  }
  const button = target?.closest<HTMLButtonElement>('button[data-copy-from]');
  if (button) {
    const source = document.getElementById(button.dataset.copyFrom!);
    if (source && (await copy(source.textContent ?? ''))) announce('Citation copied');
  }
});

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-from]')) button.hidden = false;
