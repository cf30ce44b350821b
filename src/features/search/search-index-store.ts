/**
 * The search index is its own lazily loaded chunk. This store loads it once, lets React read it
 * synchronously once loaded, and can be primed for prerendering and tests (no React here).
 */
import type { SearchEntry } from '../../content/types.ts';

export type SearchIndexState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly index: readonly SearchEntry[] }
  | { readonly status: 'failed' };

const LOADING: SearchIndexState = { status: 'loading' };
const FAILED: SearchIndexState = { status: 'failed' };

export function createSearchIndexStore(loader: () => Promise<readonly SearchEntry[]>) {
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
        (index) => set({ status: 'ready', index }),
        () => set(FAILED),
      );
      void pending.finally(() => (pending = undefined));
      return pending;
    },
    /** Fills the store synchronously (prerendering and tests). */
    prime: (index: readonly SearchEntry[]): void => {
      set({ status: 'ready', index });
    },
    subscribe: (listener: () => void): (() => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type SearchIndexStore = ReturnType<typeof createSearchIndexStore>;
