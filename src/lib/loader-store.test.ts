import { describe, expect, it, vi } from 'vitest';
import { createLoaderStore } from './loader-store.ts';

describe('loader store', () => {
  it('loads each key once, then reads it synchronously, and tells subscribers', async () => {
    const loader = vi.fn(() => Promise.resolve('content of 102'));
    const store = createLoaderStore((key) => (key === '102' ? loader : undefined));
    const listener = vi.fn();
    store.store.subscribe(listener);
    expect(store.peek('102')).toEqual({ status: 'loading' });
    await Promise.all([store.load('102'), store.load('102')]);
    await store.load('102');
    expect(loader).toHaveBeenCalledTimes(1);
    expect(store.peek('102')).toEqual({ status: 'ready', value: 'content of 102' });
    expect(listener).toHaveBeenCalled();
  });

  it('says missing for an unknown key, inherited names included', async () => {
    const known: Record<string, () => Promise<string>> = { a: () => Promise.resolve('a') };
    const store = createLoaderStore((key) => (Object.hasOwn(known, key) ? known[key] : undefined));
    expect(store.peek('nope')).toEqual({ status: 'missing' });
    expect(await store.load('constructor')).toEqual({ status: 'missing' });
  });

  it('reports a failed load and tries again when asked', async () => {
    const loader = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce('back online');
    const store = createLoaderStore(() => loader);
    expect(await store.load('x')).toEqual({ status: 'failed' });
    expect(store.peek('x')).toEqual({ status: 'failed' });
    expect(await store.load('x')).toEqual({ status: 'ready', value: 'back online' });
  });

  it('can be primed without loading', () => {
    const loader = vi.fn(() => Promise.resolve('late'));
    const store = createLoaderStore(() => loader);
    store.prime({ a: 'early' });
    expect(store.peek('a')).toEqual({ status: 'ready', value: 'early' });
    expect(loader).not.toHaveBeenCalled();
  });
});
