// Meeting pages opened from a search carry ?highlight=<words as the page spells them>: only then is Pagefind's
// highlight script loaded, to mark those words; the paragraph in the address is kept in view.
const PARAM = 'highlight';
const SCRIPT = '/pagefind/pagefind-highlight.js';

if (new URLSearchParams(location.search).has(PARAM)) {
  import(/* @vite-ignore */ SCRIPT)
    .then(({ default: PagefindHighlight }) => {
      new PagefindHighlight({
        highlightParam: PARAM,
        // Its own styles would be an inline <style>, which the CSP refuses; site styles cover the class.
        addStyles: false,
        markOptions: { className: 'pagefind-highlight', accuracy: { value: 'exactly', limiters: [...',.;:!?()[]{}"\'“”‘’«»/…-‐‑–—'] } },
      });
      const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
      (target?.querySelector('mark') ?? target)?.scrollIntoView({ block: 'nearest' });
    })
    .catch(() => undefined);
}
