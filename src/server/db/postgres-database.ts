import postgres from 'postgres';
import type { Database, Queryable, SqlValue } from './database.ts';

/**
 * A PostgreSQL server (`DATABASE_URL=postgres://…`). The client keeps a small pool and
 * reconnects by itself; while the server is unreachable each query fails after the connect
 * timeout, and the events endpoint answers 503.
 */
export async function openPostgres(url: string): Promise<Database> {
  const sql = postgres(url, {
    max: 10,
    connect_timeout: 5,
    idle_timeout: 30,
    onnotice: () => undefined,
    connection: { application_name: 'fixpath' },
  });
  const wrap = (target: postgres.Sql | postgres.TransactionSql): Queryable => ({
    query: async (text, params: readonly SqlValue[] = []) => [
      ...(await target.unsafe(text, [...params])),
    ],
    execScript: async (text) => void (await target.unsafe(text)),
  });
  try {
    await sql`select 1`;
  } catch (error) {
    await sql.end({ timeout: 1 });
    throw error;
  }
  return {
    kind: 'postgres',
    ...wrap(sql),
    transaction: async <T>(work: (tx: Queryable) => Promise<T>): Promise<T> => {
      // begin() resolves to what the callback resolved to; the box keeps its exact type.
      let box: { readonly value: T } | undefined;
      await sql.begin(async (tx) => {
        box = { value: await work(wrap(tx)) };
      });
      if (!box) throw new Error('the transaction ended without running');
      return box.value;
    },
    usable: () => true,
    close: () => sql.end({ timeout: 5 }),
  };
}
