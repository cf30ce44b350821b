import { isAllowedOrigin } from './origins.ts';

/** The name of the meta tag that carries the allowed origins on every embed page. */
export const ORIGINS_META = 'fixpath-embed-origins';

/**
 * The allowed origins the page was built (or served) with, checked there; none when the tag is
 * missing. They are compared whole with the origins the browser reports, never as patterns.
 */
export function readAllowedOrigins(doc: Document): readonly string[] {
  const content = doc.querySelector(`meta[name="${ORIGINS_META}"]`)?.getAttribute('content');
  return (content ?? '').split(' ').filter(Boolean);
}

const originOf = (address: string): string | undefined => {
  try {
    return new URL(address).origin;
  } catch {
    return undefined;
  }
};

/**
 * The parent's origin, when the browser can tell and it is allowed: `location.ancestorOrigins`
 * (Chromium, Safari), else the referrer of the frame's first page (the firm's page). Undefined
 * otherwise: the host's hello will say.
 */
export function parentOrigin(
  allowed: readonly string[],
  ancestors: { readonly length: number; item(index: number): string | null } | undefined,
  referrer: string,
): string | undefined {
  const candidates = [ancestors?.item(0) ?? undefined, originOf(referrer)];
  return candidates.find(
    (origin): origin is string => origin !== undefined && isAllowedOrigin(origin, allowed),
  );
}
