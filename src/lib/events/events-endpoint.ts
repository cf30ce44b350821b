import { EVENTS_META_NAME } from './event-types.ts';

/**
 * Where to send events, as the page says: the Fixpath server adds
 * `<meta name="fixpath-events" content="/api/events">` to the HTML it serves. A copy on a static
 * host has no such tag, so it sends nothing. Only a path on this origin is accepted.
 */
export function eventsEndpoint(metaContent: string | null | undefined): string | undefined {
  if (!metaContent) return undefined;
  const path = metaContent.trim();
  return /^\/(?![/\\])[A-Za-z0-9/_.-]*$/.test(path) ? path : undefined;
}

/** The meta tag's content in this document, if any. */
export function readEventsMeta(doc: Pick<Document, 'querySelector'>): string | null {
  const meta = doc.querySelector(`meta[name="${EVENTS_META_NAME}"]`);
  return meta?.getAttribute('content') ?? null;
}
