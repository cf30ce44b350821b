import type { IncomingHttpHeaders } from 'node:http';

/**
 * Whether a request comes from a page of this site. Browsers say so in `Sec-Fetch-Site`
 * (which pages cannot forge); older ones send `Origin`, which must name this host (or the
 * configured public origin, behind a proxy that rewrites Host). A request with neither is not
 * from a browser page and is refused too: scripts that post events must send `Origin`.
 */
export function isSameOrigin(headers: IncomingHttpHeaders, publicOrigin?: string): boolean {
  const site = headers['sec-fetch-site'];
  if (site !== undefined) return site === 'same-origin';
  const origin = headers.origin;
  if (origin === undefined || origin === 'null') return false;
  if (publicOrigin !== undefined && origin === publicOrigin) return true;
  const host = headers.host;
  if (!host) return false;
  return origin === `http://${host}` || origin === `https://${host}`;
}
