/**
 * The pages' only script tag, inlined into each page by the prerender (its SHA-256 is in the
 * Content-Security-Policy). A page shows from its HTML and inline CSS alone; once that first
 * paint is on screen, this adds the page's own script (`data-entry`: the static pages' small
 * script, or the wizard on step pages) so nothing competes with the first paint.
 */
const tag = document.currentScript;
let started = false;

function start(): void {
  const entry = tag?.dataset['entry'];
  if (started || !entry) return;
  started = true;
  const preloads = (tag?.dataset['preload'] ?? '').split(' ').filter(Boolean);
  for (const href of [entry, ...preloads]) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
  const script = document.createElement('script');
  script.type = 'module';
  script.src = entry;
  // An added module script runs as soon as it has loaded, even while the rest of the page is
  // still arriving (a long page on a slow phone is painted before it is all read): it would then
  // find half a page. The preloads above fetch it meanwhile; it is added once the page is read.
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', () => document.head.append(script));
  } else {
    document.head.append(script);
  }
}

if (
  typeof PerformanceObserver !== 'undefined' &&
  PerformanceObserver.supportedEntryTypes?.includes('paint')
) {
  new PerformanceObserver(start).observe({ type: 'paint', buffered: true });
} else {
  start();
}
// A page that is never painted (opened in a background tab) still starts.
setTimeout(start, 1000);

/**
 * A step page is prerendered for the shortest route to its step (`data-session` on this tag).
 * Reached by another route, until the wizard has started and read the address:
 *   - its step number is the shortest route's, so it is hidden (`data-route-pending` on <html>,
 *     styles/wizard.css) rather than shown wrong;
 *   - its links carry the shortest route, and a link followed would record answers never given:
 *     it carries the route in the address instead (the links extend the page's route, so only
 *     that prefix is swapped).
 */
const prerendered = tag?.dataset['session'];
const here = new URLSearchParams(location.search).get('s') ?? '';
if (prerendered !== undefined && here !== prerendered) {
  document.documentElement.setAttribute('data-route-pending', '');
}

function keepRoute(event: Event): void {
  if (document.documentElement.hasAttribute('data-app-ready')) return;
  const link = event.target instanceof Element ? event.target.closest('a') : null;
  if (!prerendered || !link || !here || here === prerendered) return;
  const url = new URL(link.href);
  const route = url.searchParams.get('s');
  if (url.origin !== location.origin || !route?.startsWith(prerendered)) return;
  url.searchParams.set('s', here + route.slice(prerendered.length));
  link.href = url.href;
}
document.addEventListener('click', keepRoute, true);
document.addEventListener('auxclick', keepRoute, true);
