import { z } from 'zod';
import { sourceRef, sourcesSchema } from './sources.ts';
import { httpsUrl, paragraphs, searchTerms, slugText, text } from './text.ts';

/**
 * A code people confuse with a covered one. Short on purpose: what it is, how to tell it
 * apart, and where to go. No fixes of our own.
 */
export const neighbourErrorSchema = z.strictObject({
  kind: z.literal('neighbour'),
  code: text,
  slug: slugText,
  title: text,
  description: text.max(160, 'keep the description to 160 characters for link previews'),
  appearsWhen: text,
  whatItIs: paragraphs,
  /** The covered codes it is confused with, e.g. [202]. */
  lookalikeOf: z.array(slugText).min(1),
  howToTell: paragraphs,
  whereToGo: z.array(z.strictObject({ label: text, url: httpsUrl })).min(1),
  /**
   * The line above those links, when the usual one ("Intuit's help covers it") would say more
   * than the sources do: for example when Intuit's pages never name the code.
   */
  whereToGoIntro: text.optional(),
  /**
   * Where one of our guides takes this code: the guided error, the answers (by label) that lead
   * to the step it fits (left out: the guide's first step), and what the owner should know.
   */
  inGuide: z
    .strictObject({
      slug: slugText,
      via: z.array(text).min(1).optional(),
      text,
    })
    .optional(),
  /** `intuit`: from Intuit's own help; `third-party`: commonly reported elsewhere. */
  confidence: z.enum(['intuit', 'third-party', 'third-party-low']),
  sources: sourcesSchema,
  /** Where "whatItIs" and "howToTell" come from (see sources.ts). */
  source: sourceRef.optional(),
  search: searchTerms,
});

export type AuthoredNeighbourError = z.infer<typeof neighbourErrorSchema>;
