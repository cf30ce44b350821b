import { z } from 'zod';
import { authoredTreeSchema } from './node.ts';
import { sourceRef, sourcesSchema } from './sources.ts';
import { nodeIdText, paragraphs, searchTerms, slugText, text } from './text.ts';

const snapshotSchema = z.strictObject({
  dataRisk: z.strictObject({ level: z.enum(['low', 'medium', 'high']), text }),
  whoIsAffected: text,
  commonTrigger: text,
  timeToFix: text,
  /** Where the snapshot's times and risk come from (see sources.ts). */
  source: sourceRef.optional(),
});

const causeSchema = z.strictObject({
  id: nodeIdText,
  title: text,
  /** Percent, only where the source gives one. */
  likelihood: z.number().int().min(1).max(100).optional(),
  likelihoodLabel: text.optional(),
  explanation: text,
  /** The node of the tree where this cause is fixed (or waited out, or escalated). */
  fixNode: nodeIdText,
  source: sourceRef.optional(),
  /** "Sounds like me": the cause as the owner would put it, linking straight to its fix. */
  soundsLike: z.strictObject({
    text,
    /**
     * The answers the link gives, by label, when the shortest route to the fix is not the
     * one this situation would take. Without it, the link takes the shortest route.
     */
    via: z.array(text).min(1).optional(),
  }),
});

/** The source's own numbered repair steps, 1, 2, 3... in order, each with its one name. */
const repairStepsSchema = z
  .array(z.strictObject({ number: z.number().int().min(1).max(9), name: text }))
  .min(1)
  .refine((steps) => steps.every((step, index) => step.number === index + 1), {
    message: 'repair steps are numbered 1, 2, 3 and so on, in order',
    params: { hint: 'number them as the source does, starting at 1 with no gaps' },
  });

const costSchema = z.strictObject({
  label: text,
  minDollars: z.number().nonnegative(),
  maxDollars: z.number().nonnegative(),
  covers: text,
  source: sourceRef.optional(),
});

const contrastSchema = z.strictObject({ codes: z.array(slugText).min(1), text });

/** A fully covered error: the guide to read and the tree to walk. */
export const guidedErrorSchema = z.strictObject({
  kind: z.literal('guided'),
  code: text,
  slug: slugText,
  title: text,
  /** The short description used in page titles and link previews (at most 160 characters). */
  description: text.max(160, 'keep the description to 160 characters for link previews'),
  summary: paragraphs,
  appearsWhen: text,
  quickFix: text.optional(),
  /** Where the quick fix comes from: needed when there is one. */
  quickFixSource: sourceRef.optional(),
  isAndIsNot: z.strictObject({ is: paragraphs, isNot: z.array(contrastSchema).min(1) }),
  snapshot: snapshotSchema,
  causes: z.array(causeSchema).min(1),
  repairSteps: repairStepsSchema.optional(),
  dataAtRisk: paragraphs,
  anatomy: paragraphs,
  costOfDelay: z.strictObject({ today: text, endOfWeek: text }),
  severityRaisers: paragraphs,
  expert: z.strictObject({
    when: paragraphs,
    professionalWill: paragraphs,
    /** Sourced prices only; leave the list empty (or out) where no source gives one. */
    costs: z.array(costSchema).default([]),
    costNote: text.optional(),
    /** Where "when" and "professionalWill" come from. */
    source: sourceRef.optional(),
  }),
  outlook: text.optional(),
  related: z.array(z.strictObject({ slug: slugText, why: text })).default([]),
  /** Every source claims may name, by id (see sources.ts). */
  sources: sourcesSchema,
  search: searchTerms,
  tree: authoredTreeSchema,
});

export type AuthoredGuidedError = z.infer<typeof guidedErrorSchema>;
