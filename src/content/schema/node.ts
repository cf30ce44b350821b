import { z } from 'zod';
import { agentScriptSchema } from './agent.ts';
import { sourceRef } from './sources.ts';
import { nodeIdText, paragraphs, text } from './text.ts';

const choiceSchema = z.strictObject({
  label: text,
  next: nodeIdText,
  hint: text.optional(),
  retry: z.boolean().optional(),
});

const questionSchema = z.strictObject({
  kind: z.literal('question'),
  id: nodeIdText,
  title: text,
  help: text.optional(),
  /** Optional: where a question's help comes from, when it states a fact. */
  source: sourceRef.optional(),
  answers: z
    .array(choiceSchema)
    .min(2, 'a question needs at least two answers')
    .max(9, 'a question can have at most nine answers (one per digit key)'),
  agent: agentScriptSchema.optional(),
});

/**
 * A question whose answers are the rows of content/versions.yaml, plus a "Not sure" answer.
 * Each QuickBooks Desktop year leads by the table: to `supported` while its services run, to
 * `unsupported` when a cited source (Intuit, or third parties) states their end, and to
 * `unconfirmed` when the end is only our reading (so that nobody is sent to a purchase on an
 * inference).
 */
const versionQuestionSchema = z.strictObject({
  kind: z.literal('version-question'),
  id: nodeIdText,
  title: text,
  help: text.optional(),
  service: z.enum(['payroll', 'bankFeeds']).optional(),
  supported: nodeIdText,
  unsupported: nodeIdText,
  unconfirmed: nodeIdText,
  notSure: z.strictObject({ label: text, next: nodeIdText, hint: text.optional() }),
  agent: agentScriptSchema.optional(),
});

const repairStepNumber = z.number().int().min(1).max(9);

const fixStepSchema = z.strictObject({
  text,
  /** Which of the source's numbered repair steps this step belongs to (for a fix with several). */
  repairStep: repairStepNumber.optional(),
  menu: z.array(text).min(2, 'a menu path has at least two parts').optional(),
  note: text.optional(),
  risk: text.optional(),
  /** Where this step (its text, menu path, note and warning) comes from. */
  source: sourceRef.optional(),
  agent: agentScriptSchema.optional(),
});

const outcomeSchema = z.union([
  nodeIdText,
  z.strictObject({ next: nodeIdText, label: text.optional(), retry: z.boolean().optional() }),
]);

const fixSchema = z.strictObject({
  kind: z.literal('fix'),
  id: nodeIdText,
  title: text,
  intro: text.optional(),
  risk: text.optional(),
  /** The source's numbered repair step(s) this fix carries out (see the error's repairSteps). */
  repairStep: z.union([repairStepNumber, z.array(repairStepNumber).min(1)]).optional(),
  /** A fix beyond the source's numbered repair steps: ours, never counted into them. */
  addedByUs: z.literal(true).optional(),
  /** Where the fix's title, intro and warning come from. */
  source: sourceRef.optional(),
  steps: z.array(fixStepSchema).min(1, 'a fix needs at least one step'),
  fixed: outcomeSchema,
  notFixed: outcomeSchema,
  agent: agentScriptSchema.optional(),
});

const waitSchema = z.strictObject({
  kind: z.literal('wait'),
  id: nodeIdText,
  title: text,
  body: text,
  wait: z
    .strictObject({
      minMinutes: z.number().int().positive(),
      maxMinutes: z.number().int().positive(),
    })
    .refine((w) => w.minMinutes <= w.maxMinutes, {
      message: 'minMinutes must not be more than maxMinutes',
    }),
  meanwhile: paragraphs,
  dataSafety: text,
  /** Where the waiting time comes from. */
  source: sourceRef.optional(),
  outcomes: z.array(choiceSchema).min(1, 'a wait needs at least one outcome').max(9),
  agent: agentScriptSchema.optional(),
});

const escalationSchema = z.strictObject({
  kind: z.literal('escalation'),
  id: nodeIdText,
  title: text,
  reason: text,
  source: sourceRef.optional(),
  agent: agentScriptSchema.optional(),
});

const resolvedSchema = z.strictObject({
  kind: z.literal('resolved'),
  id: nodeIdText,
  title: text,
  whatFixedIt: text,
  prevention: paragraphs,
  agent: agentScriptSchema.optional(),
});

export const authoredNodeSchema = z.discriminatedUnion('kind', [
  questionSchema,
  versionQuestionSchema,
  fixSchema,
  waitSchema,
  escalationSchema,
  resolvedSchema,
]);

export type AuthoredNode = z.infer<typeof authoredNodeSchema>;
export type AuthoredFix = Extract<AuthoredNode, { kind: 'fix' }>;

export const authoredTreeSchema = z.strictObject({
  start: nodeIdText,
  nodes: z.array(authoredNodeSchema).min(1, 'a tree needs at least one node'),
});

export type AuthoredTree = z.infer<typeof authoredTreeSchema>;
