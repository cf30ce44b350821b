import { z } from 'zod';
import { parseOrigin } from '../../lib/embed/origins.ts';
import { hexColour, lowestContrast, MIN_CONTRAST } from './colour.ts';

/** An origin allowed to show this copy in a frame: `https://www.yourfirm.com`. */
const origin = z.string().transform((value, ctx) => {
  const parsed = parseOrigin(value);
  if (parsed !== undefined) return parsed;
  ctx.addIssue({
    code: 'custom',
    message: `"${value}" is not a website's origin`,
    params: {
      hint: 'write the scheme and host only, like https://www.yourfirm.com (no path, no * and no trailing text); http:// only for localhost',
    },
  });
  return z.NEVER;
});

/** The light backgrounds links sit on (page, panels, notices): see src/styles/tokens.css. */
export const LINK_BACKGROUNDS = ['#ffffff', '#f3f2f1', '#e8f1f8', '#fff4e5', '#e7f4ec'];
/** The text on main buttons (light scheme). */
export const BUTTON_TEXT = '#ffffff';

/** A colour that must be readable against `backgrounds`, with the message when it is not. */
const readable = (what: string, backgrounds: readonly string[]) =>
  hexColour.superRefine((colour, ctx) => {
    const ratio = lowestContrast(colour, backgrounds);
    if (ratio >= MIN_CONTRAST) return;
    ctx.addIssue({
      code: 'custom',
      message: `${what} ${colour} has a contrast of only ${ratio}:1 (at least ${MIN_CONTRAST}:1 is needed to read it)`,
      params: {
        hint: 'choose a darker shade of your colour; a contrast checker shows the ratio as you go',
      },
    });
  });

/**
 * Showing this copy inside a firm's own website (README, "Put Fixpath on your own website").
 * Everything is optional: with no list, no website may show it in a frame.
 */
export const embedSchema = z.strictObject({
  /** The websites allowed to show this copy in a frame; none by default. */
  allowedOrigins: z.array(origin).default([]),
  /** The firm's colours inside the frame (light scheme), each checked for contrast. */
  colours: z
    .strictObject({
      /** Links: against the page and its panels. */
      link: readable('the link colour', LINK_BACKGROUNDS).optional(),
      /** Main buttons ("Fix it step by step", answers): white text on it. */
      button: readable('white text on the button colour', [BUTTON_TEXT]).optional(),
    })
    .optional(),
});

export type EmbedSettings = z.infer<typeof embedSchema>;
