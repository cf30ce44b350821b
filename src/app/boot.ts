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
  for (const href of (tag?.dataset['preload'] ?? '').split(' ').filter(Boolean)) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
  const script = document.createElement('script');
  script.type = 'module';
  script.src = entry;
  document.head.append(script);
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
