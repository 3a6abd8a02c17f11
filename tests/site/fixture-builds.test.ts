// The real build, pointed at content folders made for the test: bad content fails it; hostile text stays text.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const temp: string[] = [];
afterAll(() => temp.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Builds the site from a copy of content/ with extra readouts; returns the exit status, output and dist folder. */
function buildWith(readouts: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'readout-build-'));
  temp.push(dir);
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  for (const [name, text] of Object.entries(readouts)) writeFileSync(join(dir, 'content', 'readouts', name), text);
  const dist = join(dir, 'dist');
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', dist], {
    cwd: ROOT,
    env: { ...process.env, READOUT_CONTENT_DIR: join(dir, 'content'), READOUT_CACHE_DIR: join(dir, 'cache') },
    encoding: 'utf8',
  });
  return { status: result.status, output: result.stdout + result.stderr, dist };
}

test('astro build exits non-zero and names each unreadable readout', () => {
  const { status, output } = buildWith({ 'zz-empty.txt': '', 'zz-memo.txt': 'Minutes of the staff meeting\n' });
  expect(status).not.toBe(0);
  expect(output).toContain('zz-empty.txt:1: the file is empty');
  expect(output).toContain('zz-memo.txt:1: unknown format');
}, 120_000);

test('HTML and script inside a readout are shown as text, never as markup', () => {
  const text = [
    'Japan-Republic of Korea Relations', '', 'May 2, 2023', '',
    'On May 2, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a meeting with H.E. Dr. Park Jin, Minister of Foreign Affairs of the Republic of Korea.', '',
    '  1. The Ministers discussed <script>alert("x")</script> and <img src=x onerror=alert(1)> claims.', '',
    'Back to Japan-Republic of Korea Relations',
  ].join('\n');
  const { status, output, dist } = buildWith({ '900_hostile.txt': text });
  expect(status, output).toBe(0);
  const html = readFileSync(join(dist, 'meetings', '2023-05-02-japan-rok', 'index.html'), 'utf8');
  expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  expect(html).not.toContain('<script>alert');
  expect(html).not.toContain('<img src=x');
}, 120_000);
