import { describe, expect, it } from 'vitest';
import type { ErrorEntry } from '../types.ts';
import { createErrorCache } from './error-cache.ts';

const entry = { slug: '102', kind: 'neighbour' } as unknown as ErrorEntry;

describe('error cache', () => {
  it('loads once, then reads synchronously', async () => {
    let calls = 0;
    const cache = createErrorCache({ '102': async () => ((calls += 1), { default: entry }) });
    expect(cache.peek('102')).toEqual({ status: 'loading' });
    await Promise.all([cache.load('102'), cache.load('102')]);
    expect(calls).toBe(1);
    expect(cache.peek('102')).toEqual({ status: 'ready', entry });
  });

  it('says missing for an unknown slug, also for inherited names', async () => {
    const cache = createErrorCache({});
    expect(cache.peek('nope')).toEqual({ status: 'missing' });
    expect(await cache.load('constructor')).toEqual({ status: 'missing' });
  });

  it('reports a failed load and allows a retry', async () => {
    let fail = true;
    const cache = createErrorCache({
      '102': async () => {
        if (fail) throw new Error('offline');
        return { default: entry };
      },
    });
    expect(await cache.load('102')).toEqual({ status: 'failed' });
    fail = false;
    expect(await cache.load('102')).toEqual({ status: 'ready', entry });
  });
});
