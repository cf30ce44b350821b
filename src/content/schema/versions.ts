import { z } from 'zod';
import { httpsUrl, text } from './text.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are written YYYY-MM-DD');

const serviceStatus = z.enum(['supported', 'ended']);

/**
 * How sure a row is. `confirmed`: an Intuit page states this row's status (and end date, if any).
 * `reported`: third parties state it, and no Intuit page was found. `inferred`: our own reading;
 * not a date anyone states. An inferred end never sends anyone straight to a purchase (see the
 * version question).
 */
export const certainty = z.enum(['confirmed', 'reported', 'inferred']);

/**
 * Which QuickBooks Desktop years still get Intuit's online services. Each row carries the date
 * it was last checked and where the fact comes from, so it can be updated without code.
 */
export const versionsSchema = z.strictObject({
  rows: z
    .array(
      z.strictObject({
        label: text,
        payroll: serviceStatus,
        bankFeeds: serviceStatus,
        endedOn: isoDate.optional(),
        certainty,
        asOf: isoDate,
        source: text,
        /** The cited page, where there is one to stand behind. */
        sourceUrl: httpsUrl.optional(),
      }),
    )
    .min(1),
});

export type VersionTable = z.infer<typeof versionsSchema>;
export type VersionRow = VersionTable['rows'][number];
