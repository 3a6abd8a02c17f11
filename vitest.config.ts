import { defineConfig } from 'vitest/config';

// Three layers: unit tests beside the pure core, site tests that read the built dist/,
// browser tests that drive Chromium against dist/ served on loopback. `npm test` builds first.
export default defineConfig({
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      // Limits are there to catch a hang, never to measure speed: property tests and whole-corpus reads take seconds on
      // a busy 2-core machine.
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/harness/**/*.test.ts'],
          benchmark: { include: ['bench/**/*.bench.ts'] },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          testTimeout: 60_000,
          // Some site tests run whole builds of other content; Astro builds in one project must not overlap.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/serve-dist.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // One Chromium at a time keeps 2-core machines responsive.
          fileParallelism: false,
        },
      },
    ],
  },
});
