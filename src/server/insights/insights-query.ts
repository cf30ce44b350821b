import { z } from 'zod';
import type { Queryable, Row } from '../db/database.ts';

/** Hours from `from` (included) to `to` (excluded); undefined: no bound. */
export interface HourRange {
  readonly from?: Date;
  readonly to?: Date;
}

const count = z.number().int().nonnegative();
const modeRow = z.object({
  mode: z.enum(['owner', 'agent', 'all']),
  starts: count,
  walks: count,
  start_overs: count,
  deadline_lanes: count,
  fixed_yes: count,
  fixed_no: count,
});
const nodeRow = z.object({
  node: z.string(),
  reached: count,
  back: count,
  changed: count,
  fixed_yes: count,
  fixed_no: count,
  helpful_yes: count,
  helpful_no: count,
});
const answerRow = z.object({ node: z.string(), choice: count, taken: count });
const lastRow = z.object({ node: z.string(), walks: count });
const situationRow = z.object({ situation: count, chosen: count });
const indexRow = z.object({ error: z.string(), starts: count, walks: count });

export type ModeRow = z.infer<typeof modeRow>;
export type NodeRow = z.infer<typeof nodeRow>;

export interface ErrorFigures {
  readonly modes: readonly ModeRow[];
  readonly nodes: ReadonlyMap<string, NodeRow>;
  /** node → choice index → times taken. */
  readonly answers: ReadonlyMap<string, ReadonlyMap<number, number>>;
  /** node → walks whose last step shown was this node. */
  readonly lastSteps: ReadonlyMap<string, number>;
  /** The situation's place in the error's list → times chosen. */
  readonly situations: ReadonlyMap<number, number>;
}

const parseRows = <T>(schema: z.ZodType<T>, rows: readonly Row[]): T[] =>
  rows.map((row) => schema.parse(row));

const bounds = (range: HourRange): [string, string] => [
  range.from?.toISOString() ?? '-infinity',
  range.to?.toISOString() ?? 'infinity',
];

// `::text::timestamptz`: the `postgres` client would otherwise turn '-infinity' into a Date.
const WHERE = 'error = $1 and hour >= $2::text::timestamptz and hour < $3::text::timestamptz';

/** Every figure for one error, read in one consistent snapshot. */
export async function queryErrorFigures(
  db: { transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> },
  error: string,
  range: HourRange,
): Promise<ErrorFigures> {
  const params = [error, ...bounds(range)];
  return db.transaction(async (tx) => {
    await tx.query('set transaction isolation level repeatable read');
    const modes = parseRows(
      modeRow,
      await tx.query(
        `select coalesce(mode, 'all') as mode,
           count(*) filter (where kind = 'guide-started')::int as starts,
           count(distinct walk)::int as walks,
           count(*) filter (where kind = 'start-over')::int as start_overs,
           count(*) filter (where kind = 'deadline-lane')::int as deadline_lanes,
           count(*) filter (where kind = 'fix-outcome' and yes)::int as fixed_yes,
           count(*) filter (where kind = 'fix-outcome' and not yes)::int as fixed_no
         from outcome_events where ${WHERE}
         group by grouping sets ((mode), ())`,
        params,
      ),
    );
    const nodes = parseRows(
      nodeRow,
      await tx.query(
        `select node,
           count(distinct walk) filter (where kind = 'node-reached')::int as reached,
           count(*) filter (where kind = 'back')::int as back,
           count(*) filter (where kind = 'answer-changed')::int as changed,
           count(*) filter (where kind = 'fix-outcome' and yes)::int as fixed_yes,
           count(*) filter (where kind = 'fix-outcome' and not yes)::int as fixed_no,
           count(*) filter (where kind = 'helpful' and yes)::int as helpful_yes,
           count(*) filter (where kind = 'helpful' and not yes)::int as helpful_no
         from outcome_events where ${WHERE} and node is not null
         group by node`,
        params,
      ),
    );
    const answers = parseRows(
      answerRow,
      await tx.query(
        `select node, choice::int as choice, count(*)::int as taken
         from outcome_events where ${WHERE} and kind = 'answer'
         group by node, choice`,
        params,
      ),
    );
    const last = parseRows(
      lastRow,
      await tx.query(
        `select node, count(*)::int as walks from (
           select distinct on (walk) walk, node from outcome_events
           where ${WHERE} and kind = 'node-reached'
           order by walk, seq desc
         ) as last_step
         group by node`,
        params,
      ),
    );
    const situations = parseRows(
      situationRow,
      await tx.query(
        `select choice::int as situation, count(*)::int as chosen
         from outcome_events where ${WHERE} and kind = 'situation-chosen'
         group by choice`,
        params,
      ),
    );
    const byNode = new Map<string, Map<number, number>>();
    for (const a of answers) {
      const choices = byNode.get(a.node) ?? new Map<number, number>();
      choices.set(a.choice, a.taken);
      byNode.set(a.node, choices);
    }
    return {
      modes,
      nodes: new Map(nodes.map((n) => [n.node, n])),
      answers: byNode,
      lastSteps: new Map(last.map((l) => [l.node, l.walks])),
      situations: new Map(situations.map((s) => [s.situation, s.chosen])),
    };
  });
}

/** Starts and walks per error (for the list of errors). */
export async function queryErrorTotals(
  db: Queryable,
  range: HourRange,
): Promise<ReadonlyMap<string, { starts: number; walks: number }>> {
  const rows = parseRows(
    indexRow,
    await db.query(
      `select error,
         count(*) filter (where kind = 'guide-started')::int as starts,
         count(distinct walk)::int as walks
       from outcome_events where hour >= $1::text::timestamptz and hour < $2::text::timestamptz
       group by error`,
      bounds(range),
    ),
  );
  return new Map(rows.map((r) => [r.error, { starts: r.starts, walks: r.walks }]));
}
