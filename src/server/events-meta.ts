import { EVENTS_META_NAME } from '../lib/events/event-types.ts';

/**
 * Adds `<meta name="fixpath-events" content="<base>api/events">` to a page served by this
 * server: the sign by which the page's script knows that events are accepted, and where.
 */
export function withEventsMeta(html: string, basePath: string): string {
  const tag = `<meta name="${EVENTS_META_NAME}" content="${basePath}api/events" />`;
  return html.includes('</head>') ? html.replace('</head>', `  ${tag}\n  </head>`) : html;
}
