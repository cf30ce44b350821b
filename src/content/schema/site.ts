import { z } from 'zod';
import { embedSchema } from './embed.ts';
import { httpsUrl, text } from './text.ts';

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
  /** Showing this copy inside a firm's website: who may, and in which colours. */
  embed: embedSchema.optional(),
});

export type SiteConfig = z.infer<typeof siteSchema>;
