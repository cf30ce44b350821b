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

/**
 * The parent's origin, where the browser names it (`location.ancestorOrigins`: Chromium and
 * Safari) and it is on the list; undefined otherwise, when the host's hello says who it is.
 */
export const parentOrigin = (
  allowed: readonly string[],
  ancestors: { item(index: number): string | null } | undefined,
): string | undefined => allowed.find((origin) => origin === ancestors?.item(0));
