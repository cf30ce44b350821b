/**
 * The one public entry for outcome events in the browser:
 *
 *   trackEvent({ kind: 'answer', error: '102', mode: 'owner', node: 'can-sign-in', choice: 1 });
 *
 * Each walk through a guide has a random id, kept in this tab's sessionStorage so that it
 * follows the walk from the error page to the steps; it is replaced when the guide is started
 * again or after two quiet hours, and goes when the tab closes.
 *
 * It does nothing at all (no queue, no listeners, no request) when the page has no
 * `<meta name="fixpath-events">` (a static host), when the browser sends Global Privacy
 * Control or Do Not Track, or outside a browser (prerendering, tests).
 */
import { createBrowserTransport } from './browser-transport.ts';
import { createEventQueue, type EventQueue } from './event-queue.ts';
import type { TrackedEvent } from './event-types.ts';
import { eventsEndpoint, readEventsMeta } from './events-endpoint.ts';
import { optedOut } from './privacy-signals.ts';
import { newWalkId } from './walk-id.ts';
import { memoryWalkStore, sessionWalkStore } from './walk-store.ts';

/** undefined: not decided yet; null: this page sends nothing. */
let queue: EventQueue | null | undefined;

interface LegacySignals {
  readonly globalPrivacyControl?: unknown;
  readonly doNotTrack?: unknown;
}

function createQueue(): EventQueue | null {
  if (typeof window === 'undefined' || typeof document === 'undefined') return null;
  const nav: Navigator & LegacySignals = navigator;
  const win: Window & LegacySignals = window;
  const signals = {
    globalPrivacyControl: nav.globalPrivacyControl,
    doNotTrack: nav.doNotTrack,
    windowDoNotTrack: win.doNotTrack,
  };
  if (optedOut(signals)) return null;
  const endpoint = eventsEndpoint(readEventsMeta(document));
  if (!endpoint || typeof fetch !== 'function') return null;
  const created = createEventQueue({
    send: createBrowserTransport(endpoint, {
      fetch: (input, init) => fetch(input, init),
      ...(typeof nav.sendBeacon === 'function'
        ? { sendBeacon: (url: string, body: string) => nav.sendBeacon(url, body) }
        : {}),
    }),
    schedule: (task, ms) => {
      const id = window.setTimeout(task, ms);
      return () => window.clearTimeout(id);
    },
    walks: storageOrMemory(),
    newWalkId: () =>
      newWalkId((bytes) => {
        crypto.getRandomValues(bytes);
      }),
  });
  window.addEventListener('pagehide', () => created.flushOnHide());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') created.flushOnHide();
  });
  return created;
}

function storageOrMemory() {
  try {
    return sessionWalkStore(window.sessionStorage);
  } catch {
    return memoryWalkStore();
  }
}

/** Records one outcome event (sent in a batch a few seconds later, or when the page hides). */
export function trackEvent(event: TrackedEvent): void {
  if (queue === undefined) queue = createQueue();
  queue?.track(event);
}

/** Sends what is waiting now (for example before a deliberate navigation away). */
export function flushEvents(): void {
  queue?.flush();
}

/** Whether this page sends events (for a privacy line that says so). */
export function eventsEnabled(): boolean {
  if (queue === undefined) queue = createQueue();
  return queue !== null;
}
