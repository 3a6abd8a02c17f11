import { describe, expect, test } from 'vitest';
import { outDirOf } from './build-out-dir.ts';

describe('outDirOf', () => {
  test('a build without flags writes to dist/ in the folder it runs from', () => {
    expect(outDirOf([], '/srv/archive')).toBe('/srv/archive/dist');
  });

  test('a relative --outDir is taken from the project root, as Astro takes it', () => {
    expect(outDirOf(['--root', '../site', '--outDir', 'out'], '/srv/work')).toBe('/srv/site/out');
  });

  test('an absolute --outDir is used as given, in either spelling of the flag', () => {
    expect(outDirOf(['--outDir=/tmp/built'], '/srv/archive')).toBe('/tmp/built');
    expect(outDirOf(['--root', '/srv/site', '--outDir', '/var/www'], '/srv')).toBe('/var/www');
    expect(outDirOf(['--out-dir', '/var/www'], '/srv')).toBe('/var/www');
  });
});
