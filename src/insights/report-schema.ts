/**
 * The figures `/api/insights.json` answers with, as one schema shared by the server (which
 * builds them) and the insights page (which parses them with zod/mini before showing them).
 * Nodes come in the tree's order with their ids, so a tree map can colour each node by
 * `reached` (or `droppedOff`) without any other lookup.
 */
import * as z from 'zod/mini';

const count = z.number().check(z.int(), z.nonnegative());
const yesNo = z.object({ yes: count, no: count });

export const nodeFiguresSchema = z.object({
  id: z.string(),
  kind: z.enum(['question', 'fix', 'wait', 'escalation', 'resolved']),
  title: z.string(),
  /** Walks that were shown this step. */
  reached: count,
  /** Walks whose last step shown was this one (endings excluded: there the walk is done). */
  droppedOff: count,
  /** Times people went Back from this step. */
  back: count,
  /** Times an answer given here was changed later. */
  changed: count,
  choices: z.array(z.object({ index: count, label: z.string(), next: z.string(), taken: count })),
  /** "Did this fix it?" on a fix; null on other steps. */
  fixed: z.nullable(yesNo),
  /** "Was this helpful?" on an ending; null on other steps. */
  helpful: z.nullable(yesNo),
});

const modeFiguresSchema = z.object({
  starts: count,
  walks: count,
  /** The error page's deadline lane ("Payroll or a filing due within a day?") opened. */
  deadlineLanes: count,
  fixed: yesNo,
});

export const insightsReportSchema = z.object({
  error: z.object({ slug: z.string(), code: z.string(), title: z.string() }),
  /** Dates (UTC, YYYY-MM-DD), both included; null: from the first / to the last event. */
  range: z.object({ from: z.nullable(z.string()), to: z.nullable(z.string()) }),
  totals: z.object({
    starts: count,
    walks: count,
    startOvers: count,
    deadlineLanes: count,
    byMode: z.object({ owner: modeFiguresSchema, agent: modeFiguresSchema }),
  }),
  /**
   * The error page's situations ("sounds like me", and the deadline lane's fixes), in the page's
   * order: how often each was chosen instead of answering the questions.
   */
  situations: z.array(z.object({ index: count, text: z.string(), chosen: count })),
  nodes: z.array(nodeFiguresSchema),
});

/** `/api/insights.json` without `?error=`: the guided errors, busiest first. */
export const insightsIndexSchema = z.object({
  errors: z.array(
    z.object({
      slug: z.string(),
      code: z.string(),
      title: z.string(),
      starts: count,
      walks: count,
    }),
  ),
});

export type NodeFigures = z.infer<typeof nodeFiguresSchema>;
export type InsightsReport = z.infer<typeof insightsReportSchema>;
export type InsightsIndex = z.infer<typeof insightsIndexSchema>;
