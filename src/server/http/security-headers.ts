import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentSecurityPolicy } from '../../../scripts/csp.mjs';
import { frameHeaders } from '../../../scripts/embed-config.mjs';

/**
 * The Content-Security-Policy the built site's pages were made with: the prerender writes it to
 * `csp.txt` (the hashes of each page's inline boot script and styles). Without a built site, the
 * same policy with no inline blocks allowed.
 */
let policy = contentSecurityPolicy();
/** The websites allowed to show the site's pages in a frame (decision 012); none by default. */
let frameOrigins: readonly string[] = [];

/** The two sets of headers, made once for each policy and list of origins. */
let made: { readonly pages: Headers; readonly other: Headers } | undefined;
type Headers = Readonly<Record<string, string>>;

/** Reads the built site's policy; call once the folder is known (see create-app.ts). */
export function adoptPolicyOf(siteDir: string): void {
  const file = join(siteDir, 'csp.txt');
  policy = existsSync(file) ? readFileSync(file, 'utf8').trim() : contentSecurityPolicy();
  made = undefined;
}

/** Who may frame the site's pages (see embed-setup.ts). */
export function adoptFrameOrigins(origins: readonly string[]): void {
  frameOrigins = origins;
  made = undefined;
}

/**
 * Headers every response carries: the same Content-Security-Policy as the pages' meta tag, no
 * sniffing, the referrer only within this site (a step page can tell a link from our own page
 * from a link sent from elsewhere), and who may frame it: the site's pages (`pages`) the
 * allowed websites (`frame-ancestors`, and no `X-Frame-Options`, which has no list), anything
 * else nobody.
 */
export function securityHeaders(pages = false): Headers {
  const make = (origins: readonly string[]): Headers => ({
    ...frameHeaders(policy, origins),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'same-origin',
  });
  made ??= { pages: make(frameOrigins), other: make([]) };
  return pages ? made.pages : made.other;
}
