import { z } from 'zod';
import { text } from './text.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are written YYYY-MM-DD');

const serviceStatus = z.enum(['supported', 'ended']);

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
        asOf: isoDate,
        source: text,
      }),
    )
    .min(1),
});

export type VersionTable = z.infer<typeof versionsSchema>;
