import { describe, expect, it } from 'vitest';
import { createEventQueue, type SendMethod, type SendResult } from './event-queue.ts';
import type { EventBatch, TrackedEvent } from './event-types.ts';
import { memoryWalkStore, sessionWalkStore, type WalkStore } from './walk-store.ts';

/** A hand-cranked clock and a transport that records every batch and answers as told. */
function harness(
  answers: SendResult[] = [],
  options: { maxBatch?: number; walks?: WalkStore; prefix?: string } = {},
) {
  let now = 0;
  let timers: { at: number; task: () => void; live: boolean }[] = [];
  const sent: { batch: EventBatch; method: SendMethod }[] = [];
  let ids = 0;
  const queue = createEventQueue({
    send: async (batch, method) => {
      sent.push({ batch, method });
      return answers.shift() ?? 'sent';
    },
    schedule: (task, ms) => {
      const timer = { at: now + ms, task, live: true };
      timers.push(timer);
      return () => (timer.live = false);
    },
    newWalkId: () => `${options.prefix ?? 'walk-'}${++ids}`.padEnd(22, 'x'),
    delayMs: 1_000,
    now: () => now,
    walkIdleMs: 60_000,
    ...options,
  });
  const advance = async (ms: number): Promise<void> => {
    now += ms;
    for (;;) {
      const due = timers.find((t) => t.live && t.at <= now);
      if (!due) break;
      due.live = false;
      due.task();
      await Promise.resolve();
      await Promise.resolve();
    }
    timers = timers.filter((t) => t.live);
  };
  return { queue, sent, advance };
}

const reached = (node: string): TrackedEvent => ({
  kind: 'node-reached',
  error: '102',
  mode: 'owner',
  node,
});

describe('event queue', () => {
  it('numbers events within a walk and sends them together after the delay', async () => {
    const { queue, sent, advance } = harness();
    queue.track({ kind: 'guide-started', error: '102', mode: 'owner' });
    queue.track(reached('immediately'));
    queue.track({ kind: 'answer', error: '102', mode: 'owner', node: 'immediately', choice: 1 });
    expect(sent).toEqual([]);
    await advance(999);
    expect(sent).toEqual([]);
    await advance(1);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.method).toBe('fetch');
    expect(sent[0]?.batch.events.map((e) => [e.kind, e.walk.slice(0, 6), e.seq])).toEqual([
      ['guide-started', 'walk-1', 0],
      ['node-reached', 'walk-1', 1],
      ['answer', 'walk-1', 2],
    ]);
  });

  it('starts a new walk id each time a guide is started, and one per error', async () => {
    const { queue, sent, advance } = harness();
    queue.track({ kind: 'guide-started', error: '102', mode: 'owner' });
    queue.track({ kind: 'start-over', error: '102', mode: 'owner' });
    queue.track({ kind: 'guide-started', error: '102', mode: 'agent' });
    queue.track({ kind: 'guide-started', error: '202', mode: 'owner' });
    await advance(1_000);
    const events = sent.flatMap((s) => s.batch.events);
    expect(events.map((e) => `${e.walk.slice(0, 6)}:${e.seq}`)).toEqual([
      'walk-1:0',
      'walk-1:1',
      'walk-2:0',
      'walk-3:0',
    ]);
  });

  it('sends at once when a batch is full, never more than the batch size', async () => {
    const { queue, sent } = harness([], { maxBatch: 3 });
    for (let i = 0; i < 7; i++) queue.track(reached(`n${i}`));
    await Promise.resolve();
    await Promise.resolve();
    expect(sent.map((s) => s.batch.events.length)).toEqual([3, 3]);
    expect(queue.waiting()).toBe(1);
  });

  it('tries again later when the server is unavailable, then gives up after three tries', async () => {
    const { queue, sent, advance } = harness(['retry', 'retry', 'retry']);
    queue.track(reached('immediately'));
    await advance(1_000);
    expect(sent).toHaveLength(1);
    await advance(1_999);
    expect(sent).toHaveLength(1);
    await advance(1);
    expect(sent).toHaveLength(2);
    await advance(4_000);
    expect(sent).toHaveLength(3);
    expect(queue.waiting()).toBe(0);
    await advance(60_000);
    expect(sent).toHaveLength(3);
  });

  it('drops a batch the server refused as invalid, without retrying', async () => {
    const { queue, sent, advance } = harness(['drop']);
    queue.track(reached('immediately'));
    await advance(1_000);
    await advance(60_000);
    expect(sent).toHaveLength(1);
    expect(queue.waiting()).toBe(0);
  });

  it('sends everything by beacon when the page hides, in batches', async () => {
    const { queue, sent, advance } = harness([], { maxBatch: 2 });
    queue.track(reached('a'));
    queue.track(reached('b'));
    await Promise.resolve();
    queue.track(reached('c'));
    queue.flushOnHide();
    expect(sent.map((s) => [s.method, s.batch.events.length])).toEqual([
      ['fetch', 2],
      ['beacon', 1],
    ]);
    await advance(10_000);
    expect(sent).toHaveLength(2);
  });

  it('keeps a walk across pages through the store, and starts a new one after a quiet spell', async () => {
    const walks = memoryWalkStore();
    const first = harness([], { walks });
    first.queue.track({ kind: 'guide-started', error: '102', mode: 'owner' });
    // The next page: a new queue, the same store.
    const second = harness([], { walks, prefix: 'next-' });
    second.queue.track(reached('immediately'));
    await second.advance(1_000);
    const [event] = second.sent.flatMap((s) => s.batch.events);
    expect([event?.walk.slice(0, 6), event?.seq]).toEqual(['walk-1', 1]);
    await second.advance(60_001);
    second.queue.track(reached('can-sign-in'));
    await second.advance(1_000);
    const later = second.sent.flatMap((s) => s.batch.events).at(-1);
    expect([later?.walk.slice(0, 6), later?.seq]).toEqual(['next-1', 0]);
  });
});

describe('walk store in sessionStorage', () => {
  it('reads back what it wrote, ignores junk, and falls back to memory when refused', () => {
    const data = new Map<string, string>();
    const storage = {
      getItem: (key: string) => data.get(key) ?? null,
      setItem: (key: string, value: string) => void data.set(key, value),
    };
    const store = sessionWalkStore(storage);
    const walk = { id: 'a'.repeat(22), next: 3, touched: 1 };
    store.write('102', walk);
    expect(sessionWalkStore(storage).read('102')).toEqual(walk);
    for (const junk of [
      '{',
      '[]',
      '{"id":"<script>","next":1,"touched":1}',
      '{"id":"aaaaaaaaaaaaaaaaaaaaaa","next":-1,"touched":1}',
    ]) {
      data.set('fixpath-walk:202', junk);
      expect(sessionWalkStore(storage).read('202'), junk).toBeUndefined();
    }
    const refusing = sessionWalkStore({
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    });
    refusing.write('102', walk);
    expect(refusing.read('102')).toEqual(walk);
  });
});
