// "/" moves to the search box (the search page's own, else the header's) unless the reader is typing.
const TEXT_INPUTS = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number']);

/** Whether a key press goes into a field: text inputs, text areas, selects and editable content. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (target instanceof HTMLInputElement) return TEXT_INPUTS.has(target.type);
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || (target instanceof HTMLElement && target.isContentEditable);
}

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || isTypingTarget(event.target)) return;
  const own = document.querySelector<HTMLInputElement>('#search-q');
  const box = own && !own.closest('[hidden]') ? own : document.querySelector<HTMLInputElement>('#site-search-input');
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});
