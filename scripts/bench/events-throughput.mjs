// Outcome events per second that the server accepts (2xx after commit) on loopback, for the
// embedded database (PGlite, in a folder) and for PostgreSQL (a throwaway Debian cluster with
// its default settings, when installed): 50 clients, 20,000 events in batches of 10, bounded
// to 30 s. Afterwards every acknowledged event is looked up in the database; `lost` must be 0.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { runnerImport } from 'vite';
import { runEventLoad } from '../load-events.mjs';
import { startPostgresCluster } from '../postgres-cluster.mjs';
import { startServer } from './server.mjs';

const CLIENTS = 50;
const EVENTS = 20_000;
const TIME_LIMIT_MS = 30_000;
const DATA_DIR = '.bench/events-data';

/** The n-th walk of real events, from the content (for the event loads). */
export async function walker(root) {
  const load = async (path) => (await runnerImport(path, { root, logLevel: 'error' })).module;
  const { readContentDir } = await load('./src/content/read-content-dir.ts');
  const { sampleWalk, walkIdOf } = await load('./src/server/test-support/sample-walk.ts');
  const result = readContentDir(root);
  if (!result.ok) throw new Error('content/ has problems: run npm run check:content');
  const guided = result.content.errors.filter((e) => e.kind === 'guided');
  const salt = `b${Date.now().toString(36)}`;
  return (n) =>
    sampleWalk(guided[n % guided.length], walkIdOf(n, salt), {
      mode: n % 3 === 0 ? 'agent' : 'owner',
    });
}

async function storedKeys(kind, where) {
  if (kind === 'embedded') {
    const { PGlite } = await import('@electric-sql/pglite');
    const db = await PGlite.create(where);
    const { rows } = await db.query('select walk, seq from outcome_events');
    await db.close();
    return new Set(rows.map((r) => `${r.walk}:${r.seq}`));
  }
  const { default: postgres } = await import('postgres');
  const sql = postgres(where, { onnotice: () => undefined });
  const rows = await sql`select walk, seq from outcome_events`;
  await sql.end();
  return new Set(rows.map((r) => `${r.walk}:${r.seq}`));
}

async function measure(kind, env, where, nextWalk, outDir) {
  const server = await startServer({ outDir, env: { FIXPATH_RATE_LIMIT: '0', ...env } });
  let result;
  try {
    result = await runEventLoad({
      url: `${server.origin}/api/events`,
      origin: server.origin,
      clients: CLIENTS,
      totalEvents: EVENTS,
      timeLimitMs: TIME_LIMIT_MS,
      nextWalk,
    });
  } finally {
    await server.stop();
  }
  const stored = await storedKeys(kind, where);
  const lost = [...result.acked].filter((key) => !stored.has(key)).length;
  return {
    eventsPerSecond: result.acked.size / (result.elapsedMs / 1000),
    acked: result.acked.size,
    sent: result.sent,
    seconds: result.elapsedMs / 1000,
    lost,
    statuses: result.statuses,
  };
}

/**
 * @returns {Promise<{ embedded: object, postgres: object | undefined }>} postgres is undefined
 *   when no PostgreSQL server binaries are installed.
 */
export async function measureEventThroughput(root = process.cwd(), outDir = 'dist') {
  const nextWalk = await walker(root);
  rmSync(DATA_DIR, { recursive: true, force: true });
  const embedded = await measure(
    'embedded',
    { DATABASE_URL: '', FIXPATH_DATA_DIR: DATA_DIR },
    join(DATA_DIR, 'pglite'),
    nextWalk,
    outDir,
  );
  rmSync(DATA_DIR, { recursive: true, force: true });
  const cluster = await startPostgresCluster({ fromPort: 4330, fast: false });
  if (!cluster) return { embedded, postgres: undefined };
  try {
    const postgres = await measure(
      'postgres',
      { DATABASE_URL: cluster.url },
      cluster.url,
      nextWalk,
      outDir,
    );
    return { embedded, postgres };
  } finally {
    cluster.stop();
  }
}
