import { z } from 'zod';
import {
  MAX_EVENTS_PER_BATCH,
  MAX_SEQ,
  WALK_ID_PATTERN,
  type EventBatch,
} from '../../lib/events/event-types.ts';

/**
 * The body of `POST /api/events`, exactly: unknown fields, wrong types, strings that are not
 * ids (so no markup), or more than MAX_EVENTS_PER_BATCH events are refused. Whether the error,
 * node and choice exist is checked next, against the content (validate-batch.ts).
 */
const id = z
  .string()
  .max(80)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be an id');

const base = {
  walk: z.string().regex(WALK_ID_PATTERN, 'must be 22 base64url characters'),
  seq: z.int().min(0).max(MAX_SEQ),
  error: id,
  mode: z.enum(['owner', 'agent']),
};

export const eventSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('guide-started'), ...base }),
  z.strictObject({ kind: z.literal('start-over'), ...base }),
  z.strictObject({ kind: z.literal('deadline-lane'), ...base }),
  z.strictObject({
    kind: z.literal('situation-chosen'),
    ...base,
    situation: z.int().min(0).max(99),
  }),
  z.strictObject({ kind: z.literal('node-reached'), ...base, node: id }),
  z.strictObject({ kind: z.literal('back'), ...base, node: id }),
  z.strictObject({ kind: z.literal('answer-changed'), ...base, node: id }),
  z.strictObject({ kind: z.literal('answer'), ...base, node: id, choice: z.int().min(0).max(99) }),
  z.strictObject({ kind: z.literal('fix-outcome'), ...base, node: id, fixed: z.boolean() }),
  z.strictObject({ kind: z.literal('helpful'), ...base, node: id, helpful: z.boolean() }),
]);

export const batchSchema = z.strictObject({
  events: z.array(eventSchema).min(1).max(MAX_EVENTS_PER_BATCH),
});

// The browser's type and this schema describe one shape: this line fails to compile otherwise.
export const batchSchemaMatchesClient: z.ZodType<EventBatch> = batchSchema;
