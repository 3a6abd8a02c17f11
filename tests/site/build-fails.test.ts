// The real build, pointed at bad content, must fail and list every error.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

test('astro build exits non-zero and names each unreadable readout', () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-bad-'));
  try {
    cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
    writeFileSync(join(dir, 'content', 'readouts', 'zz-empty.txt'), '');
    writeFileSync(join(dir, 'content', 'readouts', 'zz-memo.txt'), 'Minutes of the staff meeting\n');
    const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', join(dir, 'dist')], {
      cwd: ROOT,
      env: { ...process.env, READOUT_CONTENT_DIR: join(dir, 'content') },
      encoding: 'utf8',
    });
    const output = result.stdout + result.stderr;
    expect(result.status).not.toBe(0);
    expect(output).toContain('zz-empty.txt:1: the file is empty');
    expect(output).toContain('zz-memo.txt:1: unknown format');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
