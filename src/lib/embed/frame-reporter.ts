/**
 * The page's side of the embed, inlined into every embed page (src/app/frame-boot.ts): inside a
 * firm's frame, it reports the page's height to the firm's page whenever it changes (once parsed,
 * on resize, on every step of the wizard), and keeps what the snippet asked for (see
 * lib/embed/frame-settings.ts). It reports only to its parent, and only on an origin this copy
 * allows (the list is in the page: `<meta name="fixpath-embed-origins">`). Every embed page
 * carries it, so it is kept small.
 */
import { keepFrameSettings } from './keep-frame-settings.ts';
import { heightMessage, helloFrom } from './protocol.ts';
import { parentOrigin, readAllowedOrigins } from './parent-origin.ts';

export function startFrame(): void {
  const parent = window.parent;
  if (parent === window) return;
  keepFrameSettings(location.search);
  const allowed = readAllowedOrigins(document);
  // Where the browser names the parent, the page reports at once; elsewhere once the host's
  // hello (after each page load in the frame) says who it is.
  let target = parentOrigin(allowed, location.ancestorOrigins);
  let sent = -1;
  const report = (): void => {
    // The page's height: its content, not the frame's (the document is at least as tall).
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (target === undefined || height === sent) return;
    sent = height;
    parent.postMessage(heightMessage(height), target);
  };
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
