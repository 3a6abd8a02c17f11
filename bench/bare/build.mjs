// The floor's build, run as the archive's `npm run build` runs: `astro build`, then Pagefind over the output in a
// process of its own, so both sides are measured alike. Arguments go to `astro build` (the bench gives absolute
// --root and --outDir).
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const nodeArgs = process.env.READOUT_ASTRO_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
const astro = join(here, '..', '..', 'node_modules', 'astro', 'bin', 'astro.mjs');
const build = spawnSync(process.execPath, [...nodeArgs, astro, 'build', ...args], { stdio: 'inherit', env: { ...process.env, READOUT_SEARCH_INDEX: 'after-build' } });
if (build.status !== 0) process.exit(build.status ?? 1);

const at = args.indexOf('--outDir');
const out = at >= 0 ? resolve(args[at + 1]) : join(here, 'dist');
const log = (message) => console.log(`${new Date().toTimeString().slice(0, 8)} [bare-pagefind] ${message}`);
log('indexing for search');
const { index } = await pagefind.createIndex({});
await index.addDirectory({ path: out });
await index.writeFiles({ outputPath: join(out, 'pagefind') });
await pagefind.close();
log('search index written');
