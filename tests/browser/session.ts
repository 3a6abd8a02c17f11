// One Chromium per test file, opened before its tests and closed after; each page in a fresh context.
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from './chromium.ts';

export interface Session {
  /** Opens a site path in a new context (its own cookies, permissions, colour scheme, JavaScript setting). */
  open(path: string, options?: BrowserContextOptions): Promise<Page>;
  browser(): Browser;
}

export function useChromium(): Session {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    browser: () => browser!,
    async open(path, options = {}) {
      const context = await browser!.newContext(options);
      const page = await context.newPage();
      await page.goto(`${inject('baseUrl')}${path}`);
      return page;
    },
  };
}
