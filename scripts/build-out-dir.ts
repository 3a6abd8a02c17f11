// Where `astro build` writes, from the arguments it was given: Astro resolves --outDir (or --out-dir) against the
// project root. An outDir set in a config file other than astro.config.mjs's default is not seen here.
import { isAbsolute, resolve } from 'node:path';

function flag(args: readonly string[], name: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === name) return args[i + 1];
    if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
  }
  return undefined;
}

export function outDirOf(args: readonly string[], cwd: string): string {
  const root = resolve(cwd, flag(args, '--root') ?? '.');
  const out = flag(args, '--outDir') ?? flag(args, '--out-dir') ?? 'dist';
  return isAbsolute(out) ? out : resolve(root, out);
}
