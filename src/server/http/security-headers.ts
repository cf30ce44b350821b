import { CSP } from '../../../scripts/csp.mjs';

/**
 * Headers every response carries: the same Content-Security-Policy as the pages' meta tag
 * (scripts/csp.mjs), no sniffing, no referrer, no framing.
 */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
  };
}
