// _headers for static hosts that read it (Netlify, Cloudflare Pages): the page's own Content Security Policy sent
// as a header, the usual hardening headers, long caching for files whose names change with their content, and the
// verbatim originals as UTF-8 plain text.

/**
 * One policy for every page: Astro writes the hashes of all the site's scripts and styles into each page's meta tag,
 * so the pages agree and the header equals the meta tag. Should they ever differ, the union is sent: a browser
 * enforces both header and meta, so each page stays as strict as its own tag.
 */
export function unionPolicy(policies: Iterable<string>): string {
  const directives = new Map<string, string[]>();
  for (const policy of policies) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const known = directives.get(name) ?? [];
      for (const s of sources) if (!known.includes(s)) known.push(s);
      directives.set(name, known);
    }
  }
  return [...directives].map(([name, sources]) => `${name} ${sources.join(' ')};`).join(' ');
}

const YEAR = 'public, max-age=31536000, immutable';

export function headersFile(csp: string | undefined): string {
  const rules: [string, string[]][] = [
    [
      '/*',
      [
        ...(csp ? [`Content-Security-Policy: ${csp}`] : []),
        'X-Content-Type-Options: nosniff',
        'Referrer-Policy: strict-origin-when-cross-origin',
        'Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()',
        'Cross-Origin-Opener-Policy: same-origin',
      ],
    ],
    // Astro's bundles and Pagefind's fragments, index chunks and metadata carry a content hash in their names.
    ['/_astro/*', [`Cache-Control: ${YEAR}`]],
    ['/pagefind/fragment/*', [`Cache-Control: ${YEAR}`]],
    ['/pagefind/index/*', [`Cache-Control: ${YEAR}`]],
    ['/pagefind/*.pf_meta', [`Cache-Control: ${YEAR}`]],
    // Originals of HTML pages end in .html.txt: never rendered, always shown as the text they are.
    ['/originals/*.txt', ['Content-Type: text/plain; charset=utf-8', 'Content-Disposition: inline']],
  ];
  return `${rules.map(([path, headers]) => `${path}\n${headers.map((h) => `  ${h}`).join('\n')}`).join('\n\n')}\n`;
}
