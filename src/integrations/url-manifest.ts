// Keeps every published address working. Once Astro has written the site, reads each built file once (one at a
// time), compares what it publishes with the content folder's url-manifest.txt, and fails the build when an address
// is gone with nowhere to go. Otherwise writes redirect pages, _redirects, alias ids, _headers, and adds the new
// addresses to the manifest. The same read checks each page's search marks and plans the search index.
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDirFromEnv } from '../archive/content-dir.ts';
import { Diagnostics, formatDiagnostic } from '../archive/diagnostics.ts';
import { headersFile, unionPolicy } from '../archive/publishing/headers.ts';
import { insertAliases, redirectPage, redirectsFile } from '../archive/publishing/redirect-pages.ts';
import { scanPage, type PageScan, type ScanOptions } from '../archive/publishing/page-scan.ts';
import { addressOfFile, formatManifest, parseManifest, planAddresses, type BuiltAddresses } from '../archive/publishing/url-manifest.ts';
import { redirectsFileSchema, type Redirect } from '../archive/schema.ts';
import { readYaml } from '../archive/yaml-data.ts';
import { planSearchIndex, SearchPages } from './pagefind.ts';

export const MANIFEST_FILE = 'url-manifest.txt';
export const REDIRECTS_FILE = 'redirects.yaml';

/**
 * Built files in a stable order, as paths relative to the output folder ("meetings/x/index.html"). A .git folder at
 * the top (a deployment's repository) is not part of the site.
 */
export function* builtFiles(root: string, dir = ''): Generator<string> {
  const entries = readdirSync(join(root, dir), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (!dir && entry.name === '.git') continue;
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) yield* builtFiles(root, path);
    else yield path;
  }
}

/** Calls `page` for each built HTML page with its scan, `file` for every other address, `asset` for the rest. */
export function scanBuiltSite(
  root: string,
  origin: string,
  visit: { page(address: string, scan: PageScan, path: string, html: string): void; file(address: string): void; asset?(path: string): void },
  options: ScanOptions = {},
): void {
  for (const path of builtFiles(root)) {
    const address = addressOfFile(path);
    if (address === undefined) {
      visit.asset?.(`/${path}`);
      continue;
    }
    if (path.endsWith('.html')) {
      const html = readFileSync(join(root, path), 'utf8');
      visit.page(address, scanPage(html, address, origin, options), path, html);
    } else visit.file(address);
  }
}

export function readRedirects(contentDir: string): Redirect[] {
  const file = join(contentDir, REDIRECTS_FILE);
  if (!existsSync(file)) return [];
  const text = readFileSync(file, 'utf8');
  if (!text.trim()) return [];
  const diagnostics = new Diagnostics();
  const read = readYaml(text, `${contentDir}/${REDIRECTS_FILE}`, redirectsFileSchema, diagnostics);
  if (!read) throw new Error(diagnostics.items.map(formatDiagnostic).join('\n'));
  return read.data ?? [];
}

export function urlManifest(): AstroIntegration {
  let origin = 'http://localhost:4321';
  return {
    name: 'readout-archive:url-manifest',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) origin = new URL(config.site).origin;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const contentDir = contentDirFromEnv();
        const built: BuiltAddresses = { addresses: new Set(), accounts: new Map() };
        const policies = new Set<string>();
        // Only the file of each page is kept, to put alias ids into later.
        const pageFiles = new Map<string, string>();
        // Pages kept from the last build may carry its aliases: they are written again with this build's.
        const aliased = new Set<string>();
        // The search marks are checked in the same read of every page, so the indexer need not read them again.
        const search = new SearchPages();
        scanBuiltSite(out, origin, {
          page(address, scan, path, html) {
            search.add(path, html);
            built.addresses.add(address);
            pageFiles.set(address, path);
            if (scan.aliases) aliased.add(address);
            if (scan.csp) policies.add(scan.csp);
            for (const anchor of scan.anchors) {
              built.addresses.add(`${address}#${anchor.id}`);
              if (anchor.original) built.accounts.set(`${address}#${anchor.id}`, anchor.original);
            }
          },
          file(address) {
            built.addresses.add(address);
          },
        }, { links: false });
        const unsearchable = search.check();
        if (unsearchable.length) throw new Error(`Search index not built:\n${unsearchable.join('\n')}`);
        planSearchIndex(search.plan());

        const manifestPath = join(contentDir, MANIFEST_FILE);
        const recorded = existsSync(manifestPath) ? parseManifest(readFileSync(manifestPath, 'utf8')) : new Map<string, string | undefined>();
        const plan = planAddresses(recorded, built, readRedirects(contentDir));
        if (plan.errors.length) throw new Error(`Published addresses would break (${manifestPath}):\n${plan.errors.join('\n')}`);

        for (const redirect of plan.pages) {
          const file = join(out, redirect.from, 'index.html');
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, redirectPage(redirect, origin));
        }
        const byPage = Map.groupBy(plan.aliases, (a) => a.page);
        for (const page of aliased) if (!byPage.has(page)) byPage.set(page, []);
        for (const [page, aliases] of byPage) {
          const file = join(out, pageFiles.get(page)!);
          const before = readFileSync(file, 'utf8');
          const { html, missing } = insertAliases(before, aliases);
          if (missing.length) throw new Error(`${page}: no element with id ${missing.join(', ')} to carry an old anchor`);
          if (html !== before) writeFileSync(file, html);
        }
        writeFileSync(join(out, '_redirects'), redirectsFile(plan));
        writeFileSync(join(out, '_headers'), headersFile(policies.size ? unionPolicy(policies) : undefined));

        const next = formatManifest(plan.manifest);
        if (!existsSync(manifestPath) || readFileSync(manifestPath, 'utf8') !== next) writeFileSync(manifestPath, next);
        const automatic = plan.pages.filter((p) => p.automatic).map((p) => `${p.from} → ${p.to}`);
        logger.info(
          `${built.addresses.size} addresses published, ${plan.added.length} new; ${plan.pages.length} redirect pages${automatic.length ? ` (worked out from moved accounts: ${automatic.join(', ')})` : ''}, ${plan.aliases.length} anchor aliases`,
        );
      },
    },
  };
}
