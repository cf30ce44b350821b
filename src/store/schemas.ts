/** What each store saves, checked with zod/mini when read back (loaded lazily). */
import * as z from 'zod/mini';

export const progressSchema = z.object({
  bySlug: z.record(
    z.string(),
    z.object({
      session: z.string().check(z.maxLength(100)),
      nodeId: z.string().check(z.maxLength(100)),
      fingerprint: z.string().check(z.maxLength(16)),
      updatedAt: z.number(),
      step: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(100))),
      title: z.optional(z.string().check(z.maxLength(300))),
    }),
  ),
});

export const checksSchema = z.object({ ticked: z.record(z.string(), z.boolean()) });

export const feedbackSchema = z.object({
  helpful: z.record(z.string(), z.enum(['yes', 'no'])),
});
