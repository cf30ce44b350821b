import type { SendMethod, SendResult } from './event-queue.ts';
import type { EventBatch } from './event-types.ts';

export interface TransportDeps {
  readonly sendBeacon?: (url: string, body: string) => boolean;
  readonly fetch: typeof fetch;
}

/**
 * Sends one batch to the same-origin endpoint. While the page lives: `fetch` with `keepalive`,
 * so a retry is possible. When the page is hidden: `navigator.sendBeacon` (a plain-text JSON
 * body), falling back to `fetch` with `keepalive` when the beacon is refused. No cookies
 * (`credentials: 'omit'`), no referrer.
 */
export function createBrowserTransport(endpoint: string, deps: TransportDeps) {
  return async (batch: EventBatch, method: SendMethod): Promise<SendResult> => {
    const body = JSON.stringify(batch);
    if (method === 'beacon' && deps.sendBeacon) {
      try {
        if (deps.sendBeacon(endpoint, body)) return 'sent';
      } catch {
        // A refused beacon (too large, queue full): the fetch below still has keepalive.
      }
    }
    try {
      const response = await deps.fetch(endpoint, {
        method: 'POST',
        body,
        keepalive: true,
        credentials: 'omit',
        cache: 'no-store',
        referrerPolicy: 'no-referrer',
        headers: { 'Content-Type': 'application/json' },
      });
      if (response.ok) return 'sent';
      return response.status === 429 || response.status >= 500 ? 'retry' : 'drop';
    } catch {
      return 'retry';
    }
  };
}
