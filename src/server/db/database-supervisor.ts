import type { Logger } from '../log.ts';
import type { Database } from './database.ts';

/** The database is not there (yet, or any more): the caller answers 503. */
export class DatabaseUnavailableError extends Error {
  constructor(readonly reason: string) {
    super(`database unavailable: ${reason}`);
  }
}

export type DatabaseState = 'starting' | 'ready' | 'closed';

export interface DatabaseSupervisor {
  state(): DatabaseState;
  /** Runs `work` with the open database, or throws DatabaseUnavailableError. */
  use<T>(work: (db: Database) => Promise<T>): Promise<T>;
  /** Resolves once the database is open and migrated (for tests and the health check). */
  ready(): Promise<void>;
  close(): Promise<void>;
}

export interface SupervisorOptions {
  /** Opens and migrates the database. */
  readonly open: () => Promise<Database>;
  readonly log: Logger;
  readonly description: string;
  readonly firstRetryMs?: number;
  readonly maxRetryMs?: number;
}

/**
 * Opens the database in the background and keeps trying (1 s, 2 s, 4 s… at most 30 s) while it
 * cannot: the server serves pages from the first moment, and the events endpoint answers 503
 * until the database is there. An embedded database that aborted is opened afresh.
 */
export function superviseDatabase(options: SupervisorOptions): DatabaseSupervisor {
  const firstRetryMs = options.firstRetryMs ?? 1_000;
  const maxRetryMs = options.maxRetryMs ?? 30_000;
  let db: Database | undefined;
  let closed = false;
  let opening: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let wake: (() => void) | undefined;
  let waiters: (() => void)[] = [];

  const open = (delayMs: number): Promise<void> => {
    if (opening) return opening;
    opening = (async () => {
      while (!closed) {
        try {
          const opened = await options.open();
          if (closed) {
            await opened.close();
            return;
          }
          db = opened;
          options.log.info('database', `ready: ${options.description}`);
          for (const wake of waiters) wake();
          waiters = [];
          return;
        } catch (error) {
          options.log.error(
            'database',
            `cannot open ${options.description}: ${message(error)}; trying again in ${Math.round(delayMs / 1000)} s`,
          );
          await new Promise<void>((resolve) => {
            wake = resolve;
            timer = setTimeout(resolve, delayMs);
          });
          delayMs = Math.min(delayMs * 2, maxRetryMs);
        }
      }
    })().finally(() => (opening = undefined));
    return opening;
  };

  void open(firstRetryMs);

  return {
    state: () => (closed ? 'closed' : db ? 'ready' : 'starting'),
    async use(work) {
      const current = db;
      if (!current) throw new DatabaseUnavailableError(closed ? 'shutting down' : 'starting');
      try {
        return await work(current);
      } catch (error) {
        if (!current.usable() && db === current && !closed) {
          db = undefined;
          options.log.error('database', 'the embedded database stopped; opening it again');
          void current.close().catch(() => undefined);
          void open(firstRetryMs);
        }
        throw error;
      }
    },
    ready: () => (db ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve))),
    async close() {
      closed = true;
      clearTimeout(timer);
      wake?.();
      await opening?.catch(() => undefined);
      const current = db;
      db = undefined;
      await current?.close();
    },
  };
}

export const message = (error: unknown): string =>
  error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : String(error);
