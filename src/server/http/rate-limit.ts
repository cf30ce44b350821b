/**
 * A token bucket per key (a client address), in memory: `perMinute` requests a minute on
 * average, with bursts of up to a fifth of that. The map is bounded: the least recently seen
 * keys are forgotten first. Nothing here is stored or logged.
 */
export type Take =
  { readonly ok: true } | { readonly ok: false; readonly retryAfterSeconds: number };

export interface RateLimiter {
  take(key: string): Take;
  size(): number;
}

export function createRateLimiter(options: {
  readonly perMinute: number;
  readonly burst?: number;
  readonly maxKeys?: number;
  readonly now?: () => number;
}): RateLimiter {
  const now = options.now ?? (() => performance.now());
  const perMs = options.perMinute / 60_000;
  const burst = options.burst ?? Math.max(10, Math.ceil(options.perMinute / 5));
  const maxKeys = options.maxKeys ?? 100_000;
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(key) {
      if (options.perMinute === 0) return { ok: true };
      const at = now();
      const previous = buckets.get(key);
      const tokens = previous
        ? Math.min(burst, previous.tokens + (at - previous.at) * perMs)
        : burst;
      buckets.delete(key);
      if (buckets.size >= maxKeys) {
        const oldest = buckets.keys().next();
        if (!oldest.done) buckets.delete(oldest.value);
      }
      if (tokens < 1) {
        buckets.set(key, { tokens, at });
        return {
          ok: false,
          retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)),
        };
      }
      buckets.set(key, { tokens: tokens - 1, at });
      return { ok: true };
    },
    size: () => buckets.size,
  };
}
