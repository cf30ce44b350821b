/**
 * The search index and its matcher are a lazily loaded chunk. This store loads them once, lets
 * React read them synchronously once loaded, and can be primed for prerendering and tests.
 * No React here.
 */
import type { Searcher } from '../../search/searcher.ts';

export type SearchIndexState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly searcher: Searcher }
  | { readonly status: 'failed' };

const LOADING: SearchIndexState = { status: 'loading' };
const FAILED: SearchIndexState = { status: 'failed' };

export function createSearchIndexStore(loader: () => Promise<Searcher>) {
  let state: SearchIndexState = LOADING;
  let pending: Promise<SearchIndexState> | undefined;
  const listeners = new Set<() => void>();
  const set = (next: SearchIndexState): SearchIndexState => {
    state = next;
    listeners.forEach((listener) => listener());
    return next;
  };

  return {
    /** The state now, without starting a load. */
    peek: (): SearchIndexState => state,
    /** Loads the index once; after a failure, tries again. Never rejects. */
    load: (): Promise<SearchIndexState> => {
      if (state.status === 'ready') return Promise.resolve(state);
      if (pending) return pending;
      if (state.status === 'failed') set(LOADING);
      pending = loader().then(
        (searcher) => set({ status: 'ready', searcher }),
        () => set(FAILED),
      );
      void pending.finally(() => (pending = undefined));
      return pending;
    },
    /** Fills the store synchronously (prerendering and tests). */
    prime: (searcher: Searcher): void => {
      set({ status: 'ready', searcher });
    },
    subscribe: (listener: () => void): (() => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type SearchIndexStore = ReturnType<typeof createSearchIndexStore>;
