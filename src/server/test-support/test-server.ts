import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import content from 'virtual:fixpath/all';
import type { EventBatch } from '../../lib/events/event-types.ts';
import { readConfig, type ServerConfig } from '../config.ts';
import { createApp, type App } from '../create-app.ts';
import type { Database } from '../db/database.ts';
import type { DatabaseTarget } from '../db/open-database.ts';
import { memoryLogger } from '../log.ts';
import { writeFixtureSite } from './fixture-site.ts';

export const TEST_TOKEN = 'test-insights-token-0123456789';

export interface TestServer {
  readonly origin: string;
  readonly app: App;
  readonly lines: string[];
  readonly config: ServerConfig;
  /** POSTs a batch (or any body) to /api/events as a page of this site would. */
  post(body: EventBatch | string, headers?: Record<string, string>): Promise<Response>;
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  /** GET with the insights token. */
  insights(path: string): Promise<Response>;
  close(): Promise<void>;
}

/** The real app on a loopback port, with a fixture site and the given database. */
export async function startTestServer(options: {
  readonly target: DatabaseTarget;
  readonly env?: Readonly<Record<string, string>>;
  readonly openDb?: () => Promise<Database>;
  readonly now?: () => Date;
  /** Wait for the database before returning (default true). */
  readonly waitForDatabase?: boolean;
}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'fixpath-server-'));
  writeFixtureSite(join(dir, 'site'));
  const parsed = readConfig(
    {
      OUT_DIR: 'site',
      FIXPATH_INSIGHTS_TOKEN: TEST_TOKEN,
      // Shedding by event-loop delay is the bench's to measure; here a busy machine must not shed.
      FIXPATH_SHED_EVENTS_AT_DELAY_MS: '0',
      FIXPATH_SHED_EVENTS_AT_UTILIZATION: '0',
      FIXPATH_EVENTS_CPU_SHARE: '0',
      ...options.env,
    },
    dir,
  );
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  const config = { ...parsed.config, database: options.target };
  const log = memoryLogger();
  const app = createApp({
    config,
    content,
    siteName: 'Fixpath',
    log,
    cwd: dir,
    ...(options.openDb ? { openDb: options.openDb } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  const origin = await app.fastify.listen({ port: 0, host: '127.0.0.1' });
  if (options.waitForDatabase !== false) await app.db?.ready();
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${origin}${path}`, { headers, redirect: 'manual' });
  return {
    origin,
    app,
    lines: log.lines,
    config,
    post: (body, headers = {}) =>
      fetch(`${origin}${config.basePath}api/events`, {
        method: 'POST',
        body: typeof body === 'string' ? body : JSON.stringify(body),
        headers: { 'Content-Type': 'application/json', Origin: origin, ...headers },
      }),
    get,
    insights: (path) => get(path, { Authorization: `Bearer ${TEST_TOKEN}` }),
    close: async () => {
      await app.fastify.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
