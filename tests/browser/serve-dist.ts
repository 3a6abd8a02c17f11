// Serves the built dist/ on loopback for the browser tests, through Astro's own preview server.
import type { TestProject } from 'vitest/node';
import { preview } from 'astro';
import { assertBuilt } from '../dist.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  assertBuilt();
  const server = await preview({ root: new URL('../..', import.meta.url).pathname, logLevel: 'warn', server: { host: '127.0.0.1', port: 0 } });
  project.provide('baseUrl', `http://127.0.0.1:${server.port}`);
  return async () => server.stop();
}
