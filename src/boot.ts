/**
 * The production pages' only script tag (scripts/prerender.mjs puts it in place of Vite's).
 * Every page is prerendered, so HTML and CSS alone show it: the app's JavaScript is requested
 * once the first paint is on screen, leaving a slow connection to the HTML and CSS until then.
 * Links work before it arrives (they are real addresses); the app then hydrates the page.
 */
const tag = document.querySelector<HTMLScriptElement>('script[data-entry]');
let started = false;

function start(): void {
  const entry = tag?.dataset['entry'];
  if (started || !entry) return;
  started = true;
  for (const href of (tag?.dataset['preload'] ?? '').split(' ').filter(Boolean)) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
  }
  // A script element rather than import(): it holds the page's load event until the app runs.
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
