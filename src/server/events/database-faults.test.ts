/**
 * Faults: a database that cannot be reached, a query that fails (a full disk), a PostgreSQL
 * that goes away while the server runs, and a real full disk under the embedded database.
 * Each time: 503 with Retry-After and a log line, pages still served, and nothing half-stored.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import content from 'virtual:fixpath/all';
import { inject, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { openDatabase } from '../db/open-database.ts';
import { sampleWalk, walkIdOf } from '../test-support/sample-walk.ts';
import { startTcpProxy } from '../test-support/tcp-proxy.ts';
import { testDatabases } from '../test-support/test-databases.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';
import { buildCatalogue } from './content-catalogue.ts';

const entry = buildCatalogue(content).error('102');
if (!entry) throw new Error('content has no 102');
const batchOf = (n: number) => ({ events: sampleWalk(entry, walkIdOf(n, 'f')).slice(0, 4) });

async function expectUnavailable(server: TestServer, n: number): Promise<void> {
  const response = await server.post(batchOf(n));
  expect(response.status).toBe(503);
  expect(response.headers.get('retry-after')).toBe('10');
  expect((await server.get('/')).status).toBe(200);
  expect((await server.get('/errors/102')).status).toBe(200);
}

describe('when the database is not there', () => {
  it('answers 503 and logs why, while pages are served', async () => {
    const server = await startTestServer({
      target: { kind: 'memory' },
      openDb: () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:1')),
      waitForDatabase: false,
    });
    try {
      await expectUnavailable(server, 1);
      expect((await server.get('/api/health')).status).toBe(503);
      expect(server.lines.join('\n')).toMatch(/error database: cannot open .*ECONNREFUSED/);
      expect(server.lines.join('\n')).toMatch(/error events: not stored, answered 503: starting/);
    } finally {
      await server.close();
    }
  });
});

describe.each(testDatabases())('when a write fails on $name (a full disk)', (testDb) => {
  it('answers 503 and logs the database’s reason; the next write works again', async () => {
    let failing = false;
    const target = await testDb.target();
    const server = await startTestServer({
      target,
      openDb: async () => {
        const db = await openDatabase(target);
        const guard = <T>(run: () => Promise<T>): Promise<T> =>
          failing
            ? Promise.reject(
                new Error('could not extend file "base/5/16384": No space left on device'),
              )
            : run();
        const faulty: Database = {
          ...db,
          query: (sql, params) =>
            sql.startsWith('insert') ? guard(() => db.query(sql, params)) : db.query(sql, params),
        };
        return faulty;
      },
    });
    try {
      expect((await server.post(batchOf(2))).status).toBe(204);
      failing = true;
      await expectUnavailable(server, 3);
      expect(server.lines.join('\n')).toMatch(
        /error events: not stored, answered 503: could not extend file .* No space left on device/,
      );
      failing = false;
      expect((await server.post(batchOf(4))).status).toBe(204);
    } finally {
      await server.close();
    }
  });
});

describe.runIf(inject('postgresUrl'))(
  'when PostgreSQL becomes unreachable while the server runs',
  () => {
    it('answers 503 and logs it, serves pages, and stores again once PostgreSQL is back', async () => {
      const target = await testDatabases()
        .find((db) => db.name === 'PostgreSQL')
        ?.target();
      if (target?.kind !== 'postgres') throw new Error('expected PostgreSQL');
      const url = new URL(target.url);
      const proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port) });
      url.port = String(proxy.port);
      const server = await startTestServer({
        target: { kind: 'postgres', url: url.toString(), answerWithinMs: 1_500 },
      });
      try {
        expect((await server.post(batchOf(5))).status).toBe(204);
        proxy.cut();
        await expectUnavailable(server, 6);
        expect(server.lines.join('\n')).toMatch(/error events: not stored, answered 503/);
        proxy.restore();
        let status = 0;
        for (let i = 0; i < 20 && status !== 204; i++) {
          status = (await server.post(batchOf(7 + i))).status;
          if (status !== 204) await new Promise((r) => setTimeout(r, 250));
        }
        expect(status).toBe(204);
      } finally {
        await server.close();
        await proxy.close();
      }
    });
  },
);

/** A real full disk needs a small tmpfs: only as root on Linux (CI runs as root). */
const canMount = process.platform === 'linux' && process.getuid?.() === 0;

function mountSmallDisk(): { dir: string; unmount: () => void } | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'fixpath-full-'));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=96m', 'tmpfs', dir]);
  const unmount = (): void => {
    if (mounted.status === 0) spawnSync('umount', ['-l', dir]);
    rmSync(dir, { recursive: true, force: true });
  };
  if (mounted.status === 0) return { dir, unmount };
  unmount();
  return undefined;
}

describe.runIf(canMount)('when the embedded database’s disk is full (a real tmpfs)', () => {
  it('answers 503 with a log line, keeps every acknowledged event, and recovers when space is freed', async (context) => {
    const disk = mountSmallDisk();
    if (!disk) return context.skip('tmpfs cannot be mounted here');
    try {
      const server = await startTestServer({
        target: { kind: 'embedded', dir: join(disk.dir, 'pglite') },
      });
      const filler = join(disk.dir, 'filler');
      try {
        expect((await server.post(batchOf(100))).status).toBe(204);
        spawnSync('dd', ['if=/dev/zero', `of=${filler}`, 'bs=1M', 'count=200']);
        // Free space inside the table's last page takes a few more rows; then the disk refuses.
        let acknowledged = 4;
        let status = 204;
        for (let n = 101; n < 400 && status === 204; n++) {
          const big = { events: sampleWalk(entry, walkIdOf(n, 'g')) };
          status = (await server.post(big)).status;
          if (status === 204) acknowledged += big.events.length;
        }
        expect(status).toBe(503);
        expect((await server.get('/')).status).toBe(200);
        expect(server.lines.join('\n')).toMatch(
          /error events: not stored, answered 503: .*No space left on device/,
        );
        rmSync(filler);
        expect((await server.post(batchOf(500))).status).toBe(204);
        const rows = await server.app.db?.use((db) =>
          db.query('select count(*)::int as n from outcome_events'),
        );
        expect(rows?.[0]?.n).toBe(acknowledged + 4);
      } finally {
        await server.close();
      }
    } finally {
      disk.unmount();
    }
  });
});
