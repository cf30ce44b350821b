/**
 * Issue 21's findings, against the built server (the bundle `npm run build:server` makes,
 * started as `npm start` starts it): what a hostile or careless client can do, and what an
 * operator must be able to count on.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import content from 'virtual:fixpath/all';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCatalogue } from './events/content-catalogue.ts';
import {
  freePort,
  runServer,
  serverBundle,
  type RunningServer,
} from './test-support/built-server.ts';
import { writeFixtureSite } from './test-support/fixture-site.ts';
import { rawExchange, statusOf } from './test-support/raw-http.ts';
import { sampleWalk, walkIdOf } from './test-support/sample-walk.ts';

const TOKEN = 'hardening-test-token-0123456789';
const entry = buildCatalogue(content).error('102');
if (!entry) throw new Error('content has no 102');

let dir: string;
let server: RunningServer;
let port: number;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fixpath-hardening-'));
  const site = join(dir, 'site');
  writeFixtureSite(site);
  writeFileSync(
    join(site, 'assets/big-abc.js'),
    `export const text = '${'words '.repeat(400)}';\n`,
  );
  writeFileSync(join(site, '_headers'), '/*\n  X-Content-Type-Options: nosniff\n');
  spawnSync(process.execPath, [join(import.meta.dirname, '../../scripts/precompress.mjs'), site]);
  port = await freePort(4420);
  server = await runServer(
    serverBundle(),
    {
      OUT_DIR: site,
      FIXPATH_DATA_DIR: join(dir, 'data'),
      DATABASE_URL: 'memory://',
      FIXPATH_INSIGHTS_TOKEN: TOKEN,
      FIXPATH_REQUEST_TIMEOUT_MS: '1000',
      FIXPATH_KEEP_ALIVE_MS: '500',
      FIXPATH_EVENTS_MAX_ROWS: '12',
      FIXPATH_SHED_EVENTS_AT_DELAY_MS: '0',
      FIXPATH_SHED_EVENTS_AT_UTILIZATION: '0',
      FIXPATH_EVENTS_CPU_SHARE: '0',
    },
    port,
  );
});
afterAll(async () => {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  fetch(`${server.origin}${path}`, { method, headers, redirect: 'manual' });
const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.origin}/api/events`, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json', Origin: server.origin, ...headers },
  });
const walks = async (): Promise<number> => {
  const response = await get('/api/insights.json', { Authorization: `Bearer ${TOKEN}` });
  const index = (await response.json()) as { errors: { slug: string; starts: number }[] };
  return index.errors.find((e) => e.slug === '102')?.starts ?? -1;
};

describe('addresses', () => {
  it('answers broken escapes with 400, never 500', async () => {
    for (const path of ['/%', '/%zz', '/%E0%A4%A', '/errors/102/step/%ff']) {
      const response = await get(path);
      expect(response.status, path).toBe(400);
      expect(await response.json(), path).toEqual({ error: 'the address has a broken escape (%)' });
      expect(response.headers.get('content-security-policy'), path).toContain("default-src 'self'");
    }
  });

  it('answers unknown paths, /404 and /404.html with 404 and the not-found page', async () => {
    for (const path of ['/404', '/404.html', '/no/such/page', '/errors/102/nothing']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toContain('Not found');
    }
    expect((await get('/')).status).toBe(200);
  });

  it('answers other methods on pages and health checks with 405 and Allow: GET, HEAD', async () => {
    for (const path of ['/', '/errors/102', '/api/health', '/api/health/live']) {
      for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
        const response = await get(path, {}, method);
        expect(response.status, `${method} ${path}`).toBe(405);
        expect(response.headers.get('allow'), `${method} ${path}`).toBe('GET, HEAD');
      }
    }
    const trace = await rawExchange(port, (s) =>
      s.write('TRACE / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'),
    );
    expect(statusOf(trace.text)).toBe(405);
  });

  it('refuses a request with two Host headers', async () => {
    const exchange = await rawExchange(port, (s) =>
      s.write('GET / HTTP/1.1\r\nHost: a.example\r\nHost: b.example\r\n\r\n'),
    );
    expect(statusOf(exchange.text)).toBe(400);
    const one = await rawExchange(port, (s) =>
      s.write('GET / HTTP/1.1\r\nHost: a.example\r\nConnection: close\r\n\r\n'),
    );
    expect(statusOf(one.text)).toBe(200);
  });

  it('reads only the start of a huge Accept-Encoding, and still answers the page', async () => {
    const hostile = `${'x;q=1,'.repeat(43_000)}br`;
    const response = await get('/errors/102', { 'Accept-Encoding': hostile });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(await response.text()).toContain('Error 102');
    const normal = await get('/errors/102', { 'Accept-Encoding': 'gzip, br' });
    expect(normal.headers.get('content-encoding')).toBe('br');
  });
});

describe('files', () => {
  it('sends downloads as text with nosniff, and compressed copies made at build time', async () => {
    writeFileSync(join(dir, 'site/errors/102/map.mmd'), 'graph TD\n  a --> b\n');
    writeFileSync(join(dir, 'site/errors/102/map.dot'), 'digraph { a -> b }\n');
    for (const path of ['/errors/102/map.mmd', '/errors/102/map.dot', '/_headers']) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe('text/plain; charset=utf-8');
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
    const script = await get('/assets/big-abc.js', { 'Accept-Encoding': 'br' });
    expect(script.headers.get('content-encoding')).toBe('br');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    // By hand: fetch() adds `Cache-Control: no-cache` to a request with If-None-Match, which
    // a browser revalidating does not.
    const etag = script.headers.get('etag') ?? '';
    const again = await rawExchange(port, (s) =>
      s.write(
        `GET /assets/big-abc.js HTTP/1.1\r\nHost: x\r\nAccept-Encoding: br\r\nIf-None-Match: ${etag}\r\nConnection: close\r\n\r\n`,
      ),
    );
    expect(statusOf(again.text)).toBe(304);
  });

  it('keeps pages as before: policy, no framing, step fallback, capitals moved, ETag and 304', async () => {
    const page = await get('/errors/102', { 'Accept-Encoding': 'gzip' });
    expect(page.headers.get('content-encoding')).toBe('gzip');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).toContain('<meta name="fixpath-events" content="/api/events" />');
    const etag = page.headers.get('etag') ?? '';
    expect((await get('/errors/102', { 'If-None-Match': etag })).status).toBe(304);
    // Another guide's step under 102: the app shell says whose it is; a step no guide has, 404.
    expect(await (await get('/errors/102/step/tried')).text()).toContain('App shell');
    expect((await get('/errors/102/step/any')).status).toBe(404);
    const moved = await get('/errors/H202/step/x?s=1');
    expect(moved.status).toBe(301);
    expect(moved.headers.get('location')).toBe('/errors/h202/step/x?s=1');
  });
});

describe('slow clients', () => {
  it('answers headers that never finish with 408 and closes the connection', async () => {
    const exchange = await rawExchange(port, (s) => s.write('GET / HTTP/1.1\r\nHost: x\r\n'));
    expect(exchange.closedByServer).toBe(true);
    expect(statusOf(exchange.text)).toBe(408);
  });

  it('answers a body that stops halfway with 408 and closes the connection', async () => {
    const exchange = await rawExchange(port, (s) =>
      s.write(
        `POST /api/events HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: http://127.0.0.1:${port}\r\n` +
          'Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{"events":',
      ),
    );
    expect(exchange.closedByServer).toBe(true);
    expect(statusOf(exchange.text)).toBe(408);
  });

  it('closes an idle keep-alive connection', async () => {
    const exchange = await rawExchange(port, (s) => s.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n'));
    expect(statusOf(exchange.text)).toBe(200);
    expect(exchange.closedByServer).toBe(true);
  });
});

describe('events and insights', () => {
  it('thanks a client that sends Sec-GPC or DNT with 204 and stores nothing', async () => {
    const before = await walks();
    const batch = { events: sampleWalk(entry, walkIdOf(1, 'gpc')).slice(0, 3) };
    expect((await post(batch, { 'Sec-GPC': '1' })).status).toBe(204);
    expect((await post(batch, { DNT: '1' })).status).toBe(204);
    expect(await walks()).toBe(before);
    expect((await post(batch)).status).toBe(204);
    expect(await walks()).toBe(before + 1);
  });

  it('answers bad insights parameters with 400 saying what was wrong', async () => {
    const response = await get('/api/insights.json?error=102&to=9999-12-31', {
      Authorization: `Bearer ${TOKEN}`,
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { details: string[] };
    expect(body.details).toEqual(['to: a date from 2000-01-01 to 2999-12-31']);
    const bad = await get('/api/insights.json?from=yesterday', {
      Authorization: `Bearer ${TOKEN}`,
    });
    expect(((await bad.json()) as { details: string[] }).details).toEqual([
      'from: a date as YYYY-MM-DD',
    ]);
  });

  it('refuses events past the storage budget with 507 and one log line, pages unaffected', async () => {
    // The budget is 12 rows; earlier tests stored 3.
    const statuses: number[] = [];
    for (let n = 0; n < 4; n++) {
      const batch = { events: sampleWalk(entry, walkIdOf(n, 'budget')).slice(0, 3) };
      statuses.push((await post(batch)).status);
    }
    expect(statuses).toEqual([204, 204, 204, 507]);
    expect(
      (await post({ events: sampleWalk(entry, walkIdOf(9, 'budget')).slice(0, 3) })).status,
    ).toBe(507);
    expect(server.output().match(/FIXPATH_EVENTS_MAX_ROWS=12/g)).toHaveLength(1);
    expect((await get('/errors/102')).status).toBe(200);
    expect((await get('/api/health')).status).toBe(200);
  });
});
