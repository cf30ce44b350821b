import { z } from 'zod';
import { httpsUrl, text } from './text.ts';

/**
 * What kind of page a source is (SOURCES-WAVE2 "How to read this"): Intuit's own help, an Intuit
 * employee's reply in a community thread, a third party, or a bank's page for its own customers.
 */
export const sourceType = z.enum(['intuit', 'intuit-staff', 'third-party', 'bank']);
export type SourceType = z.infer<typeof sourceType>;

/** The word a claim uses for Fixpath's own advice instead of a source id. */
export const OWN_ADVICE = 'ours';

const sourceId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'source ids use lower-case letters, digits and hyphens')
  .refine((id) => id !== OWN_ADVICE, {
    message: `"${OWN_ADVICE}" is kept for Fixpath's own advice`,
    params: { hint: 'give this source another id, such as the article number' },
  });

/** One entry of an error's source list: the id claims name it by, and what kind it is. */
export const sourceSchema = z.strictObject({
  id: sourceId,
  type: sourceType,
  title: text,
  url: httpsUrl.optional(),
});

export const sourcesSchema = z
  .array(sourceSchema)
  .min(1)
  .refine((list) => new Set(list.map((s) => s.id)).size === list.length, {
    message: 'two sources share an id',
    params: { hint: 'give every source its own id' },
  });

/**
 * Where a claim comes from: the id of one of the error's sources, several ids, or `ours` for
 * Fixpath's own advice. Checked against the error's source list when content is compiled.
 */
export const sourceRef = z.union([
  z.string().trim().min(1),
  z.array(z.string().trim().min(1)).min(1),
]);
export type SourceRef = z.infer<typeof sourceRef>;
