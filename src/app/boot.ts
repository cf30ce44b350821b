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

/**
 * A button does its work only once the page's script has taken over (`<html data-app-ready>`).
 * One pressed before that (a quick "Yes" on a slow phone) would do nothing and say nothing, so
 * it is remembered and pressed again once the page is ready: each button once, in the order
 * pressed. Recording stops as soon as React handles presses itself (`data-app-live`: set by the
 * wizard just before it hydrates the page, or once it has rendered it afresh). A button that
 * rendering replaced is found again by its words in the same section, if only one has them.
 */
const root = document.documentElement;
const pressedEarly: { readonly button: HTMLButtonElement; readonly place: string }[] = [];

function rememberPress(event: Event): void {
  if (root.hasAttribute('data-app-ready') || root.hasAttribute('data-app-live')) return;
  const button = event.target instanceof Element ? event.target.closest('button') : null;
  if (!button || button.type !== 'button' || button.disabled) return;
  if (!pressedEarly.some((early) => early.button === button)) {
    pressedEarly.push({ button, place: placeOf(button) });
  }
}

/** A button's words, and the section it is in (the heading that names it). */
const placeOf = (button: HTMLButtonElement): string =>
  `${button.closest('[aria-labelledby]')?.getAttribute('aria-labelledby') ?? ''}|${
    button.textContent?.trim() ?? ''
  }`;

function sameButton(button: HTMLButtonElement, place: string): HTMLButtonElement | undefined {
  if (button.isConnected) return button;
  const matches = [...document.querySelectorAll('button')].filter(
    (other) => other.type === 'button' && placeOf(other) === place,
  );
  return matches.length === 1 ? matches[0] : undefined;
}

function pressAgain(): void {
  const early = pressedEarly.shift();
  if (!early) return;
  const now = sameButton(early.button, early.place);
  if (now && !now.disabled) now.click();
  // The next one after this press's update has rendered (it may have removed the next button).
  setTimeout(pressAgain, 0);
}

document.addEventListener('click', rememberPress, true);
new MutationObserver((_, observer) => {
  if (!root.hasAttribute('data-app-ready')) return;
  observer.disconnect();
  document.removeEventListener('click', rememberPress, true);
  pressAgain();
}).observe(root, { attributes: true, attributeFilter: ['data-app-ready'] });
