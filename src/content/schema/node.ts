import { z } from 'zod';
import { agentScriptSchema } from './agent.ts';
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
  answers: z
    .array(choiceSchema)
    .min(2, 'a question needs at least two answers')
    .max(9, 'a question can have at most nine answers (one per digit key)'),
  agent: agentScriptSchema.optional(),
});

/**
 * A question whose answers are the rows of content/versions.yaml: each QuickBooks Desktop
 * year leads to `supported` or `unsupported` by the table, plus a "Not sure" answer.
 */
const versionQuestionSchema = z.strictObject({
  kind: z.literal('version-question'),
  id: nodeIdText,
  title: text,
  help: text.optional(),
  service: z.enum(['payroll', 'bankFeeds']).optional(),
  supported: nodeIdText,
  unsupported: nodeIdText,
  notSure: z.strictObject({ label: text, next: nodeIdText, hint: text.optional() }),
  agent: agentScriptSchema.optional(),
});

const fixStepSchema = z.strictObject({
  text,
  menu: z.array(text).min(2, 'a menu path has at least two parts').optional(),
  note: text.optional(),
  risk: text.optional(),
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
  outcomes: z.array(choiceSchema).min(1, 'a wait needs at least one outcome').max(9),
  agent: agentScriptSchema.optional(),
});

const escalationSchema = z.strictObject({
  kind: z.literal('escalation'),
  id: nodeIdText,
  title: text,
  reason: text,
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

export const authoredTreeSchema = z.strictObject({
  start: nodeIdText,
  nodes: z.array(authoredNodeSchema).min(1, 'a tree needs at least one node'),
});

export type AuthoredTree = z.infer<typeof authoredTreeSchema>;
