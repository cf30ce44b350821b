import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Database, Queryable, SqlValue } from './database.ts';
import { walSyncer } from './wal-sync.ts';

/**
 * The embedded database: PGlite with its data in a folder (or `memory://` for tests). One
 * process at a time may open a folder; `data-dir-lock.ts` makes sure of it.
 */
export async function openPglite(dataDir: string): Promise<Database> {
  const pg = await PGlite.create(dataDir);
  let aborted = false;
  // A WebAssembly abort (not an SQL error) leaves the instance unusable: open it again.
  const watch = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof WebAssembly.RuntimeError || pg.closed) aborted = true;
      throw error;
    }
  };
  const wrap = (target: PGlite | Transaction): Queryable => ({
    query: (sql, params: readonly SqlValue[] = []) =>
      watch(async () => (await target.query<Record<string, unknown>>(sql, [...params])).rows),
    execScript: (sql) => watch(async () => void (await target.exec(sql))),
  });
  const sync = dataDir.startsWith('memory://') ? () => Promise.resolve() : walSyncer(dataDir);
  return {
    kind: 'embedded',
    ...wrap(pg),
    sync,
    transaction: (work) => watch(() => pg.transaction((tx) => work(wrap(tx)))),
    usable: () => !aborted && !pg.closed,
    close: async () => {
      if (!pg.closed) await pg.close();
    },
  };
}
