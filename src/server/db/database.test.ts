import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../test-support/test-databases.ts';
import type { Database } from './database.ts';
import { hourOf, insertEvents, type EventRow } from './event-store.ts';
import { bundledMigrations, migrate } from './migrate.ts';
import { openDatabase, type DatabaseTarget } from './open-database.ts';

const row = (seq: number, extra: Partial<EventRow> = {}): EventRow => ({
  error: '102',
  walk: 'w'.repeat(22),
  seq,
  mode: 'owner',
  kind: 'node-reached',
  node: 'immediately',
  choice: null,
  yes: null,
  ...extra,
});

describe.each(testDatabases())('database on $name', (testDb) => {
  let db: Database;
  let target: DatabaseTarget;
  beforeAll(async () => {
    target = await testDb.target();
    db = await openDatabase(target);
  });
  afterAll(async () => {
    await db.close();
  });

  it('applies the migrations once, even when several instances start at once', async () => {
    // Three servers starting together: on PostgreSQL three connections to one database; the
    // embedded database belongs to one process, so there it is three calls on one instance.
    const others =
      target.kind === 'postgres'
        ? await Promise.all([1, 2].map(() => openDatabase(target)))
        : [db, db];
    const applied = await Promise.all([db, ...others].map((each) => migrate(each)));
    if (target.kind === 'postgres') await Promise.all(others.map((other) => other.close()));
    expect(applied.flat().sort()).toEqual(bundledMigrations().map((m) => m.version));
    expect(await migrate(db)).toEqual([]);
    const versions = await db.query('select version from fixpath_migrations order by version');
    expect(versions.map((r) => r.version)).toEqual(bundledMigrations().map((m) => m.version));
  });

  it('stores a batch, keeps only the hour, and skips an event sent twice', async () => {
    const at = new Date('2026-11-25T10:47:13.512Z');
    expect(await insertEvents(db, [row(0), row(1, { kind: 'answer', choice: 1 })], at)).toBe(2);
    expect(await insertEvents(db, [row(1), row(2, { kind: 'fix-outcome', yes: true })], at)).toBe(
      1,
    );
    const rows = await db.query(
      'select hour, seq, kind, choice, yes from outcome_events order by seq',
    );
    expect(rows.map((r) => [r.seq, r.kind, r.choice, r.yes])).toEqual([
      [0, 'node-reached', null, null],
      [1, 'answer', 1, null],
      [2, 'fix-outcome', null, true],
    ]);
    expect(rows.every((r) => r.hour instanceof Date)).toBe(true);
    expect(rows.map((r) => (r.hour instanceof Date ? r.hour.toISOString() : ''))).toEqual(
      Array(3).fill('2026-11-25T10:00:00.000Z'),
    );
    expect(hourOf(at).toISOString()).toBe('2026-11-25T10:00:00.000Z');
  });

  it('stores all of a batch or none of it', async () => {
    const before = await db.query('select count(*)::int as n from outcome_events');
    await expect(
      insertEvents(db, [row(10), row(11, { mode: 'robot' as 'owner' })], new Date()),
    ).rejects.toThrow();
    expect(await db.query('select count(*)::int as n from outcome_events')).toEqual(before);
  });

  it('rolls a transaction back when its work throws', async () => {
    await expect(
      db.transaction(async (tx) => {
        await tx.query("insert into fixpath_migrations (version, name) values (999, 'x')");
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await db.query('select * from fixpath_migrations where version = 999')).toEqual([]);
    expect(await db.transaction(async (tx) => (await tx.query('select 41 + 1 as n'))[0])).toEqual({
      n: 42,
    });
  });
});
