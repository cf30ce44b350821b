// The Content-Security-Policy: everything from this origin only. The one inline script (the
// boot loader) and the inline styles are allowed by their SHA-256 hashes, never 'unsafe-inline'.
// The prerender writes the policy into each page (meta tag) and into dist/csp.txt, which the
// server (src/server) sends as a header.
import { createHash } from 'node:crypto';

/** The CSP source expression for an inline block's exact text. */
export const sha256 = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** @param {{ scripts?: string[], styles?: string[] }} hashes */
export function contentSecurityPolicy({ scripts = [], styles = [] } = {}) {
  return [
    "default-src 'self'",
    ['script-src', "'self'", ...scripts].join(' '),
    ['style-src', "'self'", ...styles].join(' '),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
