import content from 'virtual:fixpath/all';
import { describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { openDatabase } from '../db/open-database.ts';
import { sampleWalk, walkIdOf } from '../test-support/sample-walk.ts';
import { startTestServer } from '../test-support/test-server.ts';
import { buildCatalogue } from './content-catalogue.ts';

const entry = buildCatalogue(content).error('102');
if (!entry) throw new Error('content has no 102');
const batchOf = (n: number) => ({ events: sampleWalk(entry, walkIdOf(n, 'shed')).slice(0, 3) });

describe('under load, events are shed first and pages never', () => {
  it('answers 503 with Retry-After to events past the batches in flight, while pages answer 200', async () => {
    // Inserts wait at a gate: the first batch stays in flight until the gate opens.
    let open: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (open = resolve));
    let entered: () => void = () => undefined;
    const inFlight = new Promise<void>((resolve) => (entered = resolve));
    const server = await startTestServer({
      target: { kind: 'memory' },
      env: { FIXPATH_EVENTS_MAX_PENDING: '1' },
      openDb: async () => {
        const db = await openDatabase({ kind: 'memory' });
        const gated: Database = {
          ...db,
          query: async (sql, params) => {
            if (sql.startsWith('insert')) {
              entered();
              await gate;
            }
            return db.query(sql, params);
          },
        };
        return gated;
      },
    });
    try {
      const first = server.post(batchOf(1));
      await inFlight;
      const shed = await server.post(batchOf(2));
      expect(shed.status).toBe(503);
      expect(Number(shed.headers.get('retry-after'))).toBeGreaterThan(0);
      const page = await server.get('/errors/102');
      expect(page.status).toBe(200);
      open();
      expect((await first).status).toBe(204);
      expect((await server.post(batchOf(3))).status).toBe(204);
    } finally {
      open();
      await server.close();
    }
  });
});
