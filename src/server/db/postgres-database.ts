import postgres from 'postgres';
import type { Database, Queryable, SqlValue } from './database.ts';

/** No answer within this time is an answer: the caller says 503 instead of hanging. */
const ANSWER_WITHIN_MS = 8_000;

function timeout(ms: number): { promise: Promise<never>; clear: () => void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer from PostgreSQL within ${ms / 1000} s`)),
      ms,
    );
  });
  return { promise, clear: () => clearTimeout(timer) };
}

/** A query that is cancelled (and rejected) when PostgreSQL does not answer in time. */
async function answered<T>(query: postgres.PendingQuery<postgres.Row[]> & Promise<T>, ms: number) {
  const limit = timeout(ms);
  try {
    return await Promise.race([query, limit.promise]);
  } catch (error) {
    void Promise.resolve(query.cancel()).catch(() => undefined);
    throw error;
  } finally {
    limit.clear();
  }
}

/**
 * A PostgreSQL server (`DATABASE_URL=postgres://…`). The client keeps a small pool and
 * reconnects by itself; while the server is unreachable each query fails (at the latest after
 * ANSWER_WITHIN_MS: a proxy that accepts and drops connections would otherwise hold it), and
 * the events endpoint answers 503.
 */
export async function openPostgres(
  url: string,
  answerWithinMs = ANSWER_WITHIN_MS,
): Promise<Database> {
  const sql = postgres(url, {
    max: 10,
    connect_timeout: 5,
    idle_timeout: 30,
    onnotice: () => undefined,
    connection: { application_name: 'fixpath' },
  });
  const wrap = (target: postgres.Sql | postgres.TransactionSql): Queryable => ({
    query: async (text, params: readonly SqlValue[] = []) => [
      ...(await answered(target.unsafe(text, [...params]), answerWithinMs)),
    ],
    execScript: async (text) => void (await answered(target.unsafe(text), answerWithinMs)),
  });
  try {
    await answered(sql.unsafe('select 1'), answerWithinMs);
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
      const limit = timeout(answerWithinMs * 2);
      try {
        await Promise.race([
          sql.begin(async (tx) => {
            box = { value: await work(wrap(tx)) };
          }),
          limit.promise,
        ]);
      } finally {
        limit.clear();
      }
      if (!box) throw new Error('the transaction ended without running');
      return box.value;
    },
    // PostgreSQL fsyncs its log at commit (synchronous_commit on, its default).
    sync: () => Promise.resolve(),
    usable: () => true,
    close: () => sql.end({ timeout: 5 }),
  };
}
