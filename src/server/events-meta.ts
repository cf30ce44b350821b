import { EVENTS_META_NAME } from '../lib/events/event-types.ts';

/**
 * Adds `<meta name="fixpath-events" content="<base>api/events">` to a page served by this
 * server: the sign by which the page's script knows that events are accepted, and where. And
 * marks `<html data-counts>`, which shows the footer's line saying what is counted (a static
 * host's copy counts nothing, and says nothing).
 */
export function withEventsMeta(html: string, basePath: string): string {
  const tag = `<meta name="${EVENTS_META_NAME}" content="${basePath}api/events" />`;
  if (!html.includes('</head>')) return html;
  return html
    .replace('</head>', `  ${tag}\n  </head>`)
    .replace(/<html(\s[^>]*)?>/, (open) => open.replace(/>$/, ' data-counts>'));
}
