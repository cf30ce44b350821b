import { describe, expect, it, vi } from 'vitest';
import { createSearcher } from '../../search/searcher.ts';
import { e102 } from '../../search/test-index.ts';
import { createSearchIndexStore } from './search-index-store.ts';

const searcher = createSearcher([e102]);

describe('search index store', () => {
  it('loads once and tells its listeners', async () => {
    const loader = vi.fn(() => Promise.resolve(searcher));
    const store = createSearchIndexStore(loader);
    const listener = vi.fn();
    store.subscribe(listener);
    expect(store.peek()).toEqual({ status: 'loading' });
    await Promise.all([store.load(), store.load()]);
    await store.load();
    expect(store.peek()).toEqual({ status: 'ready', searcher });
    expect(loader).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalled();
  });

  it('reports a failed load and tries again when asked', async () => {
    const loader = vi
      .fn<() => Promise<typeof searcher>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce(searcher);
    const store = createSearchIndexStore(loader);
    expect(await store.load()).toEqual({ status: 'failed' });
    expect(await store.load()).toEqual({ status: 'ready', searcher });
  });

  it('can be primed without loading', () => {
    const loader = vi.fn(() => Promise.resolve(createSearcher([])));
    const store = createSearchIndexStore(loader);
    store.prime(searcher);
    expect(store.peek()).toEqual({ status: 'ready', searcher });
    expect(loader).not.toHaveBeenCalled();
  });
});
