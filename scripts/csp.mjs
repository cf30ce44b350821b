// The Content-Security-Policy: scripts, styles and everything else only from this origin.
// Shared by the prerendered HTML (meta tag) and the server, src/server (response header).
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
