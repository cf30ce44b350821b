import type { DatabaseSupervisor } from '../db/database-supervisor.ts';
import type { Logger } from '../log.ts';

/**
 * A ceiling on stored events (FIXPATH_EVENTS_MAX_ROWS): one address under its rate limit could
 * otherwise fill the disk (about 10 GB a day, issue 21). The count is read once, then kept as
 * rows are added by this process. Past the ceiling, batches are refused and one line is logged.
 */
export function createStorageBudget(options: {
  readonly db: DatabaseSupervisor;
  readonly maxRows: number;
  readonly log: Logger;
}) {
  let count: number | undefined;
  let told = false;
  return {
    async allows(rows: number): Promise<boolean> {
      count ??= await options.db.use(async (db) =>
        Number((await db.query('select count(*)::int as n from outcome_events'))[0]?.n ?? 0),
      );
      if (count + rows <= options.maxRows) return true;
      if (!told) {
        told = true;
        options.log.error(
          'events',
          `the store holds ${count} events, its limit (FIXPATH_EVENTS_MAX_ROWS=${options.maxRows}): new events are refused (507) until older ones are removed or the limit is raised`,
        );
      }
      return false;
    },
    added(rows: number): void {
      if (count !== undefined) count += rows;
    },
  };
}
