/**
 * The page's side of the embed (loaded by the pages' scripts only on `embed=1` pages): inside a
 * firm's frame, it reports the page's height to the firm's page whenever it changes (on load,
 * on resize, on every step of the wizard), and keeps what the snippet asked for (see
 * lib/embed/frame-settings.ts). It reports only to its parent, and only on an origin this copy
 * allows (the list is in the page: `<meta name="fixpath-embed-origins">`).
 */
import { frameStorage, keepFrameSettings } from './keep-frame-settings.ts';
import { heightMessage, helloFrom } from './protocol.ts';
import { parentOrigin, readAllowedOrigins } from './parent-origin.ts';

/** The page's height: its content, not the frame's (the document is at least as tall as that). */
const pageHeight = (): number => Math.ceil(document.body.getBoundingClientRect().height);

export function startFrame(): void {
  const parent = window.parent;
  if (parent === window) return;
  keepFrameSettings(location.search, frameStorage());
  const allowed = readAllowedOrigins(document);
  let target = parentOrigin(allowed, location.ancestorOrigins, document.referrer);
  let sent = -1;
  const report = (): void => {
    const height = pageHeight();
    if (target === undefined || height === sent) return;
    sent = height;
    parent.postMessage(heightMessage(height), target);
  };
  // Where the browser cannot say who the parent is, its hello says (checked against the list).
  window.addEventListener('message', (event) => {
    const origin = helloFrom(event, parent, allowed);
    if (origin === undefined) return;
    target = origin;
    sent = -1;
    report();
  });
  new ResizeObserver(report).observe(document.body);
  report();
}
