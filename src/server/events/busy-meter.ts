/**
 * How much of the last second this process spent storing events: on the embedded database,
 * PGlite runs on the main thread, so every millisecond it takes is a millisecond the pages do
 * not get (issue 21: a flood from 20 addresses cut the pages from 2,397 to 41 a second). Past
 * `share` of the window, events are shed (503) until the window has room again.
 */
export function createBusyMeter(share: number, windowMs = 1_000, now = () => performance.now()) {
  const spans: { at: number; ms: number }[] = [];
  let total = 0;
  const forget = (at: number): void => {
    while (spans.length > 0 && (spans[0]?.at ?? at) < at - windowMs)
      total -= spans.shift()?.ms ?? 0;
  };
  return {
    /** Whether events may be stored now. */
    allows(): boolean {
      if (share <= 0) return true;
      forget(now());
      return total < share * windowMs;
    },
    /** Times `work` (counted against the share). */
    async time<T>(work: () => Promise<T>): Promise<T> {
      const start = now();
      try {
        return await work();
      } finally {
        const ms = now() - start;
        spans.push({ at: start, ms });
        total += ms;
      }
    },
  };
}
