import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentSecurityPolicy } from '../../../scripts/csp.mjs';

/**
 * The Content-Security-Policy the built site's pages were made with: the prerender writes it to
 * `csp.txt` (the hashes of each page's inline boot script and styles). Without a built site, the
 * same policy with no inline blocks allowed.
 */
let policy = contentSecurityPolicy();

/** Reads the built site's policy; call once the folder is known (see create-app.ts). */
export function adoptPolicyOf(siteDir: string): void {
  const file = join(siteDir, 'csp.txt');
  policy = existsSync(file) ? readFileSync(file, 'utf8').trim() : contentSecurityPolicy();
}

/**
 * Headers every response carries: the same Content-Security-Policy as the pages' meta tag, no
 * sniffing, the referrer only within this site (a step page can tell a link from our own page
 * from a link sent from elsewhere), no framing.
 */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': policy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
  };
}
