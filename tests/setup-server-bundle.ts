/**
 * Vitest global setup for the server tests: bundles src/server/main.ts once, exactly as
 * `npm run build:server` does, for every test that runs the built server as its own process.
 */
import type { TestProject } from 'vitest/node';
import { buildServerBundle } from '../src/server/test-support/built-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The bundled server's main.js (as dist-server/main.js). */
    serverBundle: string;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  project.provide('serverBundle', await buildServerBundle());
}
