// robots.txt: everything may be crawled, and the sitemap index says where the pages are.

export function robotsTxt(site: URL | string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap-index.xml', site).href}\n`;
}
