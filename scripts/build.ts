// `npm run build`: `astro build`, then the search index in a process of its own. Arguments go to `astro build`.
// Pagefind needs about as much memory as the rest of a large build: indexed from Astro's last hook, it ran beside a
// build process still holding gigabytes, and the two peaks added up (12.8 GB at 100,000 readouts). Once Astro has
// exited, they do not. READOUT_ASTRO_NODE_ARGS passes options to the build's Node (the benchmark's --cpu-prof).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INDEX_AFTER_BUILD, indexSite, readSearchPlan, SEARCH_PLAN_ENV } from '../src/integrations/pagefind.ts';
import { siteUrlWarning } from '../src/integrations/site-url.ts';
import { outDirOf } from './build-out-dir.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const nodeArgs = process.env.READOUT_ASTRO_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
// The build's read of its pages leaves the plan of the index here, so the pages are not read again for it.
const planFile = join(mkdtempSync(join(tmpdir(), 'readout-build-')), 'search-plan.json');
const build = spawnSync(process.execPath, [...nodeArgs, join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', ...args], {
  stdio: 'inherit',
  env: { ...process.env, [INDEX_AFTER_BUILD.name]: INDEX_AFTER_BUILD.value, [SEARCH_PLAN_ENV]: planFile },
});
const plan = readSearchPlan(planFile);
rmSync(dirname(planFile), { recursive: true, force: true });
if (build.status !== 0) {
  if (build.signal) console.error(`astro build was stopped by ${build.signal}`);
  process.exit(build.status ?? 1);
}

// Astro's log format, so that the index's lines read as the build's last step.
const log = (from: string, message: string, level: 'info' | 'warn' = 'info') =>
  (level === 'warn' ? console.warn : console.log)(`${new Date().toTimeString().slice(0, 8)} [readout-archive:${from}] ${message}`);
try {
  await indexSite(outDirOf(args, process.cwd()), (message) => log('pagefind', message), plan);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
const warning = siteUrlWarning(process.env);
if (warning) log('site-url', warning, 'warn');
