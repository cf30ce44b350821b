import { z } from 'zod';
import { embedSchema } from './embed.ts';
import { httpsUrl, paragraphs, text } from './text.ts';

/** A family of codes as people type them, with x for any digit: `15xxx`, `PSxxx`, `OLSU-xxxx`. */
const codePattern = z
  .string()
  .trim()
  .regex(
    /^[A-Za-z]{0,4}-?[0-9x]*x[0-9x]*$/,
    'write the code with x for each digit that varies, such as 15xxx or OLSU-xxxx',
  );

/**
 * Codes people search for that this copy has no page for, because the sources cannot support
 * one yet. A search for one says so plainly and how to reach Intuit safely.
 */
const notCoveredSchema = z.strictObject({
  families: z.array(z.strictObject({ name: text, codes: z.array(codePattern).min(1) })).min(1),
  /** Why there is no page, in a sentence or two. */
  explanation: text,
  /** How to reach Intuit safely: the Help menu in QuickBooks, never a number from a search. */
  howToReachIntuit: paragraphs,
});

export type NotCovered = z.infer<typeof notCoveredSchema>;
export type NotCoveredFamily = NotCovered['families'][number];

/** Who runs this copy of Fixpath. A bookkeeping firm edits content/site.yaml to brand it. */
export const siteSchema = z.strictObject({
  name: text,
  tagline: text,
  /**
   * The address this copy is served from, used for canonical URLs, the sitemap and link
   * previews. Optional: `SITE_URL` at build time wins; with neither, pages leave those out.
   */
  baseUrl: httpsUrl.or(z.string().regex(/^http:\/\/localhost(:\d+)?$/)).optional(),
  escalation: z.strictObject({
    /** Who the user is told to contact when it is time for an expert. */
    contactName: text,
    callToAction: text,
    url: httpsUrl,
  }),
  scamWarning: text,
  notCovered: notCoveredSchema.optional(),
  /** Showing this copy inside a firm's website: who may, and in which colours. */
  embed: embedSchema.optional(),
});

export type SiteConfig = z.infer<typeof siteSchema>;
