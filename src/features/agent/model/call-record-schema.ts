import * as z from 'zod/mini';
import type { CallRecord } from './call-record.ts';

/**
 * The call record as it is read back from localStorage: the storage edge, parsed once. Loaded
 * only when a record is saved (see state/call-store.ts).
 */
const count = z.number().check(z.int(), z.gte(0));
const time = z.number().check(z.gte(0));
const base = { number: count, nodeId: z.string() };

export const callRecordSchema: z.ZodMiniType<CallRecord> = z.object({
  startedAt: z.nullable(time),
  slug: z.nullable(z.string()),
  reached: z.record(z.string(), z.object({ ...base, firstAt: time, lastAt: time })),
  answers: z.record(
    z.string(),
    z.object({ ...base, choiceIndex: count, label: z.string(), at: time }),
  ),
  outcomes: z.record(
    z.string(),
    z.object({ ...base, outcome: z.enum(['fixed', 'not-fixed']), at: time }),
  ),
  notes: z.record(z.string(), z.string()),
});

/** What the call store persists. */
export const persistedCallSchema: z.ZodMiniType<{ record: CallRecord }> = z.object({
  record: callRecordSchema,
});
