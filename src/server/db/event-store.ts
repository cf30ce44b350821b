import type { EventKind, EventMode } from '../../lib/events/event-types.ts';
import type { Queryable } from './database.ts';

/** One outcome event as stored. */
export interface EventRow {
  readonly error: string;
  readonly walk: string;
  readonly seq: number;
  readonly mode: EventMode;
  readonly kind: EventKind;
  readonly node: string | null;
  readonly choice: number | null;
  /** "Did this fix it?" or "Was this helpful?": yes (true) or no (false). */
  readonly yes: boolean | null;
}

/** The start of the hour `at` falls in: the only time kept with an event. */
export const hourOf = (at: Date): Date =>
  new Date(Math.floor(at.getTime() / 3_600_000) * 3_600_000);

/**
 * Stores a batch in one statement (so all of it or none of it). When the promise resolves the
 * rows are committed; only then does the endpoint answer 2xx. An event already stored (same
 * walk and place in it: a retried batch) is skipped. Returns how many rows were new.
 * (`$2::text::jsonb`: typed as jsonb, the `postgres` client would encode the JSON text again.)
 */
export async function insertEvents(
  db: Queryable,
  rows: readonly EventRow[],
  receivedAt: Date,
): Promise<number> {
  const stored = await db.query(
    `insert into outcome_events (hour, error, walk, seq, mode, kind, node, choice, yes)
     select $1::text::timestamptz, x.error, x.walk, x.seq, x.mode, x.kind, x.node, x.choice, x.yes
     from jsonb_to_recordset($2::text::jsonb) as x(
       error text, walk text, seq integer, mode text, kind text, node text, choice smallint, yes boolean
     )
     on conflict (walk, seq) do nothing
     returning id`,
    [hourOf(receivedAt).toISOString(), JSON.stringify(rows)],
  );
  return stored.length;
}
