import { describe, expect, it } from 'vitest';
import { networkOf } from './client-address.ts';
import { createRateLimiter } from './rate-limit.ts';
import { isSameOrigin } from './same-origin.ts';

describe('rate limit per address', () => {
  it('allows a burst, then refuses until tokens refill, one address at a time', () => {
    let now = 0;
    const limiter = createRateLimiter({ perMinute: 60, burst: 3, now: () => now });
    expect([1, 2, 3].map(() => limiter.take('a').ok)).toEqual([true, true, true]);
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(limiter.take('b').ok).toBe(true);
    now += 1_000;
    expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('a').ok).toBe(false);
  });

  it('forgets the least recently seen addresses beyond its bound', () => {
    const limiter = createRateLimiter({ perMinute: 60, maxKeys: 100, now: () => 0 });
    for (let i = 0; i < 1_000; i++) limiter.take(`10.0.${i >> 8}.${i & 255}`);
    expect(limiter.size()).toBe(100);
  });

  it('0 means no limit', () => {
    const limiter = createRateLimiter({ perMinute: 0 });
    expect(Array.from({ length: 10_000 }, () => limiter.take('a').ok).every(Boolean)).toBe(true);
  });

  it('counts IPv6 clients by their /64 network', () => {
    expect(networkOf('2001:db8:1:2:3:4:5:6')).toBe('2001:db8:1:2::/64');
    expect(networkOf('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(networkOf('::ffff:192.0.2.1')).toBe('192.0.2.1');
    expect(networkOf('192.0.2.1')).toBe('192.0.2.1');
  });
});

describe('same origin only', () => {
  const host = 'fixpath.example:4173';
  it('trusts the browser’s Sec-Fetch-Site, else compares Origin with Host', () => {
    expect(isSameOrigin({ 'sec-fetch-site': 'same-origin', host })).toBe(true);
    expect(isSameOrigin({ 'sec-fetch-site': 'cross-site', origin: `http://${host}`, host })).toBe(
      false,
    );
    expect(isSameOrigin({ 'sec-fetch-site': 'same-site', host })).toBe(false);
    expect(isSameOrigin({ 'sec-fetch-site': 'none', host })).toBe(false);
    expect(isSameOrigin({ origin: `http://${host}`, host })).toBe(true);
    expect(isSameOrigin({ origin: `https://${host}`, host })).toBe(true);
    expect(isSameOrigin({ origin: 'https://evil.example', host })).toBe(false);
    expect(isSameOrigin({ origin: 'null', host })).toBe(false);
    expect(isSameOrigin({ host })).toBe(false);
  });

  it('accepts the configured public origin behind a proxy that rewrites Host', () => {
    const headers = { origin: 'https://help.example.com', host: '127.0.0.1:4173' };
    expect(isSameOrigin(headers)).toBe(false);
    expect(isSameOrigin(headers, 'https://help.example.com')).toBe(true);
  });
});
