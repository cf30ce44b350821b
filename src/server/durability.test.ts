/**
 * The bounded load test, with a crash in the middle: the bundled server runs as its own
 * process; 50 clients post walks of real events; the server is killed with SIGKILL while they
 * do; it is started again (no repair step) and takes a second load; then every event that was
 * acknowledged with a 2xx must be in the database, on the embedded database and on PostgreSQL.
 * (`npm run bench` runs the full-size load and reports events per second.)
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import content from 'virtual:fixpath/all';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEventLoad } from '../../scripts/load-events.mjs';
import type { Database } from './db/database.ts';
import { openDatabase, type DatabaseTarget } from './db/open-database.ts';
import { buildCatalogue } from './events/content-catalogue.ts';
import { freePort, runServer, serverBundle } from './test-support/built-server.ts';
import { writeFixtureSite } from './test-support/fixture-site.ts';
import { sampleWalk, walkIdOf } from './test-support/sample-walk.ts';
import { testDatabases } from './test-support/test-databases.ts';

const guided = buildCatalogue(content).guided;
const walker = (salt: string) => (n: number) => {
  const entry = guided[n % guided.length];
  if (!entry) throw new Error('no guided errors');
  return sampleWalk(entry, walkIdOf(n, salt), { mode: n % 3 === 0 ? 'agent' : 'owner' });
};

let main: string;
let dir: string;
beforeAll(async () => {
  main = serverBundle();
  dir = mkdtempSync(join(tmpdir(), 'fixpath-durability-'));
  writeFixtureSite(join(dir, 'site'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function storedKeys(target: DatabaseTarget): Promise<Set<string>> {
  const db: Database = await openDatabase(target);
  try {
    const rows = await db.query('select walk, seq from outcome_events');
    return new Set(rows.map((r) => `${String(r.walk)}:${String(r.seq)}`));
  } finally {
    await db.close();
  }
}

/** A second server on the same embedded folder must refuse it, not corrupt it. */
async function expectSecondServerRefused(env: Record<string, string>, dir: string): Promise<void> {
  expect(existsSync(`${dir}.lock`)).toBe(true);
  const second = await runServer(main, env, await freePort(4350), { waitForDatabase: false });
  try {
    for (
      let waited = 0;
      !second.output().includes('in use by process') && waited < 30_000;
      waited += 100
    ) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(second.output()).toMatch(
      /error database: cannot open embedded PGlite .* in use by process \d+/,
    );
    expect((await fetch(`${second.origin}/api/health`)).status).toBe(503);
    expect((await fetch(`${second.origin}/`)).status).toBe(200);
  } finally {
    await second.kill();
  }
}

describe.each(testDatabases())('under load, killed with SIGKILL, on $name', (testDb) => {
  it('loses no acknowledged event and starts again with no repair', async () => {
    const memory = (await testDb.target()).kind === 'memory';
    const target: DatabaseTarget = memory
      ? { kind: 'embedded', dir: join(dir, `data-${Date.now()}`, 'pglite') }
      : await testDb.target();
    const env: Record<string, string> = {
      OUT_DIR: join(dir, 'site'),
      FIXPATH_DATA_DIR: target.kind === 'embedded' ? join(target.dir, '..') : join(dir, 'pg-data'),
      FIXPATH_INSIGHTS_TOKEN: 'durability-test-token-0123',
      FIXPATH_RATE_LIMIT: '0',
      // Durability under load is tested here, not shedding (the bench measures that).
      FIXPATH_EVENTS_MAX_PENDING: '1000',
      FIXPATH_SHED_EVENTS_AT_DELAY_MS: '0',
      FIXPATH_SHED_EVENTS_AT_UTILIZATION: '0',
      FIXPATH_EVENTS_CPU_SHARE: '0',
      ...(target.kind === 'postgres' ? { DATABASE_URL: target.url } : {}),
    };
    const port = await freePort(4310);
    const load = (origin: string, salt: string, totalEvents: number, acked?: Set<string>) =>
      runEventLoad({
        url: `${origin}/api/events`,
        origin,
        clients: 50,
        totalEvents,
        timeLimitMs: 8_000,
        requestTimeoutMs: 20_000,
        nextWalk: walker(salt),
        ...(acked ? { acked } : {}),
      });

    let server = await runServer(main, env, port);
    if (target.kind === 'embedded') await expectSecondServerRefused(env, target.dir);
    const watched = new Set<string>();
    const crashed = load(server.origin, 'a', 20_000, watched);
    // Kill it mid-stream, once it has acknowledged a good number of events.
    for (let waited = 0; watched.size < 600 && waited < 8_000; waited += 20) {
      await new Promise((r) => setTimeout(r, 20));
    }
    await server.kill();
    const before = await crashed;
    expect(before.acked.size).toBeGreaterThan(0);
    expect(before.statuses['no answer']).toBeGreaterThan(0);

    server = await runServer(main, env, port);
    const after = await load(server.origin, 'b', 1_500);
    await server.stop();
    // Every answer is a 204; on a very busy machine a request may outwait its time limit.
    expect(Object.keys(after.statuses).filter((s) => s !== '204' && s !== 'no answer')).toEqual([]);
    expect(after.acked.size).toBeGreaterThan(0);

    if (target.kind === 'embedded') {
      // The folder and its marker; the lock is released on a clean stop.
      expect(readdirSync(join(target.dir, '..')).sort()).toEqual(['pglite', 'pglite.ready']);
    }
    const stored = await storedKeys(target);
    const missing = [...before.acked, ...after.acked].filter((key) => !stored.has(key));
    expect(missing).toEqual([]);
  });
});
