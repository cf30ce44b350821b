import { afterEach, describe, expect, it, vi } from 'vitest';
import { nowStore, watchNow } from './now-store.ts';

afterEach(() => void vi.useRealTimers());

describe('now store', () => {
  it('ticks only while watched', () => {
    vi.useFakeTimers({ now: 1000 });
    const stop = watchNow(15_000);
    expect(nowStore.getState().now).toBe(1000);
    vi.advanceTimersByTime(15_000);
    expect(nowStore.getState().now).toBe(16_000);
    stop();
    vi.advanceTimersByTime(60_000);
    expect(nowStore.getState().now).toBe(16_000);
  });
});
