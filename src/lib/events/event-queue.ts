/**
 * The outcome-event queue, with no browser in it: events are numbered within their walk, held
 * briefly, and sent in batches through an injected transport. The browser wiring is
 * `track-event.ts`; the tests drive this with fake timers and a fake transport.
 */
import {
  MAX_EVENTS_PER_BATCH,
  MAX_SEQ,
  type EventBatch,
  type OutcomeEvent,
  type TrackedEvent,
} from './event-types.ts';
import { memoryWalkStore, type WalkStore } from './walk-store.ts';

/** What became of one batch: stored, worth trying again later, or refused for good. */
export type SendResult = 'sent' | 'retry' | 'drop';
/** `fetch` while the page lives; `beacon` when it is being hidden or closed. */
export type SendMethod = 'fetch' | 'beacon';

export interface EventQueueOptions {
  readonly send: (batch: EventBatch, method: SendMethod) => Promise<SendResult>;
  /** Runs `task` after `ms`; returns a function that cancels it. */
  readonly schedule: (task: () => void, ms: number) => () => void;
  /** A fresh random walk id (see WALK_ID_PATTERN). */
  readonly newWalkId: () => string;
  /** How long an event waits for company before it is sent. */
  readonly delayMs?: number;
  readonly maxBatch?: number;
  /** Beyond this, the oldest waiting events are dropped (a server that never answers). */
  readonly maxQueued?: number;
  /** Attempts per event before it is given up. */
  readonly maxTries?: number;
  /** Where each error's current walk is kept (page memory by default). */
  readonly walks?: WalkStore;
  /** A walk with no event for this long is over; the next event starts a new one. */
  readonly walkIdleMs?: number;
  readonly now?: () => number;
}

export interface EventQueue {
  track(event: TrackedEvent): void;
  /** Sends what is waiting now (one request at a time). */
  flush(): void;
  /** The page is going away: everything waiting leaves by beacon, without retries. */
  flushOnHide(): void;
  /** Events waiting to be sent (for tests). */
  waiting(): number;
}

interface Waiting {
  readonly event: OutcomeEvent;
  readonly tries: number;
}

export function createEventQueue(options: EventQueueOptions): EventQueue {
  const delayMs = options.delayMs ?? 4_000;
  const maxBatch = Math.min(options.maxBatch ?? 20, MAX_EVENTS_PER_BATCH);
  const maxQueued = options.maxQueued ?? 200;
  const maxTries = options.maxTries ?? 3;
  const walks = options.walks ?? memoryWalkStore();
  const walkIdleMs = options.walkIdleMs ?? 2 * 60 * 60 * 1000;
  const now = options.now ?? (() => Date.now());
  let queue: Waiting[] = [];
  let cancelTimer: (() => void) | undefined;
  let inFlight = false;
  let failures = 0;

  /** The walk this event belongs to, and its place in it: a new walk when the guide is
   * started, and when there is none or it went quiet. */
  const place = (event: TrackedEvent): { id: string; seq: number } => {
    const at = now();
    const current = walks.read(event.error);
    const fresh = !current || event.kind === 'guide-started' || at - current.touched > walkIdleMs;
    const walk = fresh ? { id: options.newWalkId(), next: 0 } : current;
    walks.write(event.error, { id: walk.id, next: walk.next + 1, touched: at });
    return { id: walk.id, seq: walk.next };
  };

  const arm = (ms: number): void => {
    if (cancelTimer || inFlight || queue.length === 0) return;
    cancelTimer = options.schedule(() => {
      cancelTimer = undefined;
      flush();
    }, ms);
  };

  const enqueue = (items: readonly Waiting[], atFront: boolean): void => {
    queue = atFront ? [...items, ...queue] : [...queue, ...items];
    if (queue.length > maxQueued) queue = queue.slice(queue.length - maxQueued);
  };

  function flush(): void {
    cancelTimer?.();
    cancelTimer = undefined;
    if (inFlight || queue.length === 0) return;
    const taken = queue.slice(0, maxBatch);
    queue = queue.slice(taken.length);
    inFlight = true;
    const settle = (result: SendResult): void => {
      inFlight = false;
      if (result === 'retry') {
        failures += 1;
        const again = taken
          .filter((item) => item.tries + 1 < maxTries)
          .map((item) => ({ event: item.event, tries: item.tries + 1 }));
        enqueue(again, true);
        // Back off: 4 s, 8 s, 16 s ... at most a minute.
        arm(Math.min(delayMs * 2 ** failures, 60_000));
        return;
      }
      failures = 0;
      if (queue.length >= maxBatch) flush();
      else arm(delayMs);
    };
    options
      .send({ events: taken.map((item) => item.event) }, 'fetch')
      .then(settle, () => settle('retry'));
  }

  return {
    track(event) {
      const { id, seq } = place(event);
      if (seq > MAX_SEQ) return;
      enqueue([{ event: { ...event, walk: id, seq }, tries: 0 }], false);
      if (queue.length >= maxBatch) flush();
      else arm(delayMs);
    },
    flush,
    flushOnHide() {
      cancelTimer?.();
      cancelTimer = undefined;
      const all = queue;
      queue = [];
      for (let i = 0; i < all.length; i += maxBatch) {
        const events = all.slice(i, i + maxBatch).map((item) => item.event);
        void options.send({ events }, 'beacon').catch(() => undefined);
      }
    },
    waiting: () => queue.length,
  };
}
