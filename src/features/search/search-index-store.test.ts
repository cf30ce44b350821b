import { describe, expect, it, vi } from 'vitest';
import { e102 } from '../../search/test-index.ts';
import { createSearchIndexStore } from './search-index-store.ts';

describe('search index store', () => {
  it('loads once and tells its listeners', async () => {
    const loader = vi.fn(() => Promise.resolve([e102]));
    const store = createSearchIndexStore(loader);
    const listener = vi.fn();
    store.subscribe(listener);
    expect(store.peek()).toEqual({ status: 'loading' });
    await Promise.all([store.load(), store.load()]);
    await store.load();
    expect(store.peek()).toEqual({ status: 'ready', index: [e102] });
    expect(loader).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalled();
  });

  it('reports a failed load and tries again when asked', async () => {
    const loader = vi
      .fn<() => Promise<readonly (typeof e102)[]>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce([e102]);
    const store = createSearchIndexStore(loader);
    expect(await store.load()).toEqual({ status: 'failed' });
    expect(await store.load()).toEqual({ status: 'ready', index: [e102] });
  });

  it('can be primed without loading', () => {
    const loader = vi.fn(() => Promise.resolve([]));
    const store = createSearchIndexStore(loader);
    store.prime([e102]);
    expect(store.peek()).toEqual({ status: 'ready', index: [e102] });
    expect(loader).not.toHaveBeenCalled();
  });
});
