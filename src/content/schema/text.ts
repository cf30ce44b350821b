import { z } from 'zod';

/** Non-empty text, trimmed. Every visible string in content goes through this. */
export const text = z.string().trim().min(1, 'must not be empty');

export const paragraphs = z.array(text).min(1, 'needs at least one paragraph');

export const nodeIdText = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids use lower-case letters, digits and single hyphens');

/** An error code as it appears in a URL: lower-case letters, digits and hyphens (`ol-202`). */
export const slugText = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'slugs use lower-case letters, digits and single hyphens');

export const httpsUrl = z
  .string()
  .regex(/^https:\/\/[^\s"<>]+$/, 'must be a full https:// address');

/** Words the front door matches: lower-case phrases. */
export const searchTerms = z.object({
  aliases: z.array(text).default([]),
  keywords: z.array(text).default([]),
});
