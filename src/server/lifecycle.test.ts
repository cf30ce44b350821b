/**
 * The built server's life as an operator sees it: SIGTERM drains what is in flight; readiness
 * follows the database and comes back by itself; an event on the embedded database is on disk
 * (fdatasync) before it is acknowledged.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import content from 'virtual:fixpath/all';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildCatalogue } from './events/content-catalogue.ts';
import { freePort, runServer, serverBundle } from './test-support/built-server.ts';
import { writeFixtureSite } from './test-support/fixture-site.ts';
import { rawExchange, statusOf } from './test-support/raw-http.ts';
import { sampleWalk, walkIdOf } from './test-support/sample-walk.ts';
import { startTcpProxy } from './test-support/tcp-proxy.ts';

const entry = buildCatalogue(content).error('102');
if (!entry) throw new Error('content has no 102');
const batch = (n: number, salt: string): string =>
  JSON.stringify({ events: sampleWalk(entry, walkIdOf(n, salt)).slice(0, 3) });

let dir: string;
const envFor = (extra: Record<string, string>): Record<string, string> => ({
  OUT_DIR: join(dir, 'site'),
  FIXPATH_DATA_DIR: join(dir, 'data'),
  FIXPATH_INSIGHTS_TOKEN: 'lifecycle-test-token-0123456789',
  FIXPATH_SHED_EVENTS_AT_DELAY_MS: '0',
  FIXPATH_SHED_EVENTS_AT_UTILIZATION: '0',
  FIXPATH_EVENTS_CPU_SHARE: '0',
  ...extra,
});
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fixpath-lifecycle-'));
  writeFixtureSite(join(dir, 'site'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Polls `check` until it is true, for at most `limitMs` (a state, not a duration, is awaited). */
async function until(check: () => Promise<boolean>, limitMs = 30_000): Promise<boolean> {
  for (const end = Date.now() + limitMs; Date.now() < end;) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

const statusAt = (url: string): Promise<number> =>
  fetch(url).then(
    (r) => r.status,
    () => 0,
  );

describe('SIGTERM', () => {
  it('finishes the requests in flight, takes no new ones, closes the database and exits', async () => {
    const port = await freePort(4440);
    const server = await runServer(serverBundle(), envFor({ DATABASE_URL: 'memory://' }), port);
    const bodies = Array.from({ length: 8 }, (_, n) => batch(n, 'term'));
    // Each request's headers are read (the server says 100 Continue) and half its body sent.
    const started: Promise<void>[] = [];
    const exchanges = bodies.map((body) =>
      rawExchange(port, (socket) => {
        let continued = false;
        started.push(
          new Promise<void>((resolve) => {
            socket.on('data', (chunk: string) => {
              if (continued || !chunk.includes('100 Continue')) return;
              continued = true;
              socket.write(body.slice(0, 20));
              resolve();
            });
          }),
        );
        socket.write(
          `POST /api/events HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: http://127.0.0.1:${port}\r\n` +
            `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
            'Expect: 100-continue\r\nConnection: close\r\n\r\n',
        );
        // The rest of the body once the server has been told to stop.
        void stopping.then(() => socket.write(body.slice(20)));
      }),
    );
    let signalled: () => void = () => undefined;
    const stopping = new Promise<void>((resolve) => (signalled = resolve));
    await until(async () => started.length === bodies.length);
    await Promise.all(started);
    const exited = server.stop();
    expect(await until(async () => server.output().includes('SIGTERM: finishing'))).toBe(true);
    expect(await statusAt(`${server.origin}/`)).toBe(0);
    signalled();
    const answers = await Promise.all(exchanges);
    expect(
      answers.map((a) => statusOf(a.text.replace(/^HTTP\/1\.1 100 Continue\r\n\r\n/, ''))),
    ).toEqual(bodies.map(() => 204));
    await exited;
    expect(server.child.exitCode).toBe(0);
    expect(server.output()).toContain('info  http: stopped');
  });
});

describe('liveness and readiness', () => {
  const admin = inject('postgresUrl');
  it.skipIf(!admin)(
    'readiness is 503 while PostgreSQL is unreachable, and 200 again by itself',
    async () => {
      const url = new URL(admin);
      const proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port || 5432) });
      url.host = `127.0.0.1:${proxy.port}`;
      const port = await freePort(4450);
      const server = await runServer(
        serverBundle(),
        envFor({ DATABASE_URL: url.toString() }),
        port,
      );
      try {
        const ready = `${server.origin}/api/health/ready`;
        expect(await statusAt(ready)).toBe(200);
        proxy.cut();
        expect(await until(async () => (await statusAt(ready)) === 503)).toBe(true);
        expect(await statusAt(`${server.origin}/api/health`)).toBe(503);
        expect(await statusAt(`${server.origin}/api/health/live`)).toBe(200);
        expect(await statusAt(`${server.origin}/`)).toBe(200);
        proxy.restore();
        expect(await until(async () => (await statusAt(ready)) === 200)).toBe(true);
      } finally {
        await server.stop();
        await proxy.close();
      }
    },
  );
});

const hasStrace = spawnSync('strace', ['-V']).status === 0;

describe('durability on the embedded database', () => {
  it.skipIf(!hasStrace)('fdatasyncs the log at least once per acknowledged batch', async () => {
    const port = await freePort(4460);
    const data = join(dir, 'durable');
    const server = await runServer(serverBundle(), envFor({ FIXPATH_DATA_DIR: data }), port);
    const trace = join(dir, 'strace.txt');
    const strace = spawn(
      'strace',
      ['-f', '-p', String(server.child.pid), '-e', 'trace=fdatasync,fsync', '-o', trace],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let said = '';
    strace.stderr.on('data', (chunk) => (said += chunk));
    try {
      expect(await until(async () => /attached/.test(said))).toBe(true);
      const acknowledged = 10;
      for (let n = 0; n < acknowledged; n++) {
        const response = await fetch(`${server.origin}/api/events`, {
          method: 'POST',
          body: batch(n, 'sync'),
          headers: { 'Content-Type': 'application/json', Origin: server.origin },
        });
        expect(response.status).toBe(204);
      }
      const ended = new Promise((resolve) => strace.once('exit', resolve));
      strace.kill('SIGINT');
      await ended;
      const syncs = readFileSync(trace, 'utf8').match(/\bfdatasync\(/g) ?? [];
      expect(syncs.length).toBeGreaterThanOrEqual(acknowledged);
    } finally {
      if (strace.exitCode === null) strace.kill('SIGKILL');
      await server.stop();
    }
  });
});
