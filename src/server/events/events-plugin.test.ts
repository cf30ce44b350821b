import content from 'virtual:fixpath/all';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventBatch } from '../../lib/events/event-types.ts';
import { sampleWalk, walkIdOf } from '../test-support/sample-walk.ts';
import { testDatabases } from '../test-support/test-databases.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';
import { buildCatalogue } from './content-catalogue.ts';

const entry = buildCatalogue(content).error('102');
if (!entry) throw new Error('content has no 102');
const batchOf = (n: number): EventBatch => ({ events: sampleWalk(entry, walkIdOf(n)).slice(0, 5) });

describe.each(testDatabases())('POST /api/events on $name', (testDb) => {
  let server: TestServer;
  let stored = 0;
  const count = async (): Promise<number> =>
    server.app.db
      ? server.app.db.use(async (db) =>
          Number((await db.query('select count(*)::int as n from outcome_events'))[0]?.n),
        )
      : -1;

  beforeAll(async () => {
    server = await startTestServer({
      target: await testDb.target(),
      env: { FIXPATH_RATE_LIMIT: '600' },
    });
  });
  afterAll(() => server.close());

  it('stores a batch and answers 204 once it is committed', async () => {
    const response = await server.post(batchOf(1));
    expect(response.status).toBe(204);
    stored += 5;
    expect(await count()).toBe(stored);
  });

  it('accepts a beacon (text/plain) and a retried batch is stored once', async () => {
    const body = JSON.stringify(batchOf(2));
    for (let i = 0; i < 2; i++) {
      const response = await server.post(body, {
        'Content-Type': 'text/plain;charset=UTF-8',
        'Sec-Fetch-Site': 'same-origin',
      });
      expect(response.status).toBe(204);
    }
    stored += 5;
    expect(await count()).toBe(stored);
  });

  it('refuses junk, oversized, script-bearing and mis-typed bodies with a 4xx, storing nothing', async () => {
    const walk = walkIdOf(3);
    const cases: [string, string, Record<string, string>, number][] = [
      ['empty', '', {}, 400],
      ['not JSON', '{"events": [', {}, 400],
      ['binary', '\u0000\u0001\u0002', {}, 400],
      ['script', '<script>alert(1)</script>', {}, 400],
      [
        'script in a field',
        JSON.stringify({
          events: [
            {
              walk,
              seq: 0,
              error: '102',
              mode: 'owner',
              kind: 'node-reached',
              node: '<script>alert(1)</script>',
            },
          ],
        }),
        {},
        400,
      ],
      [
        'a string where a number goes',
        JSON.stringify({
          events: [{ walk, seq: '0', error: '102', mode: 'owner', kind: 'guide-started' }],
        }),
        {},
        400,
      ],
      [
        'unknown error',
        JSON.stringify({
          events: [{ walk, seq: 0, error: 'nope', mode: 'owner', kind: 'guide-started' }],
        }),
        {},
        400,
      ],
      [
        'one bad event among good ones',
        JSON.stringify({
          events: [
            ...batchOf(4).events,
            {
              walk,
              seq: 9,
              error: '102',
              mode: 'owner',
              kind: 'answer',
              node: 'immediately',
              choice: 8,
            },
          ],
        }),
        {},
        400,
      ],
      ['oversized', JSON.stringify({ events: [], pad: 'x'.repeat(40_000) }), {}, 413],
      ['form post', 'walk=x', { 'Content-Type': 'application/x-www-form-urlencoded' }, 415],
      ['gzip body', '{}', { 'Content-Encoding': 'gzip' }, 415],
    ];
    for (const [name, body, headers, status] of cases) {
      const response = await server.post(body, headers);
      expect(response.status, name).toBe(status);
      expect(response.headers.get('content-type'), name).toContain('application/json');
    }
    expect(await count()).toBe(stored);
  });

  it('refuses another origin, a request with no origin, and methods other than POST', async () => {
    expect((await server.post(batchOf(5), { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await server.post(batchOf(5), { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    const bare = await fetch(`${server.origin}/api/events`, {
      method: 'POST',
      body: JSON.stringify(batchOf(5)),
      headers: { 'Content-Type': 'application/json' },
    });
    expect(bare.status).toBe(403);
    const get = await server.get('/api/events');
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    expect(await count()).toBe(stored);
  });

  it('rate-limits a flood from one address', async () => {
    // A server of its own with a slow refill (6 a minute, bursts of 10: one new request every
    // 10 s), so that a busy machine taking its time between the flood and the next request
    // cannot earn that request a token.
    const limited = await startTestServer({
      target: { kind: 'memory' },
      env: { FIXPATH_RATE_LIMIT: '6' },
    });
    try {
      const statuses = new Map<number, number>();
      const junk = '{"events": 1}';
      const flood = await Promise.all(Array.from({ length: 250 }, () => limited.post(junk)));
      for (const { status } of flood) statuses.set(status, (statuses.get(status) ?? 0) + 1);
      expect(statuses.get(429)).toBeGreaterThan(200);
      expect([...statuses.keys()].sort()).toEqual([400, 429]);
      // A good batch from the same address is held back too, and nothing is stored.
      const refused = await limited.post(batchOf(6));
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(
        await limited.app.db?.use(async (db) =>
          Number((await db.query('select count(*)::int as n from outcome_events'))[0]?.n),
        ),
      ).toBe(0);
    } finally {
      await limited.close();
    }
  });

  it('stores nothing that identifies the visitor: no address, user agent, cookie or exact time', async () => {
    const columns = await server.app.db?.use((db) =>
      db.query(
        "select column_name from information_schema.columns where table_name = 'outcome_events' order by ordinal_position",
      ),
    );
    expect(columns?.map((c) => c.column_name)).toEqual([
      'id',
      'hour',
      'error',
      'walk',
      'seq',
      'mode',
      'kind',
      'node',
      'choice',
      'yes',
    ]);
    const minutes = await server.app.db?.use((db) =>
      db.query(
        "select count(*)::int as n from outcome_events where hour <> date_trunc('hour', hour)",
      ),
    );
    expect(minutes?.[0]?.n).toBe(0);
  });
});
