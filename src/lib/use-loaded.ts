import { useEffect } from 'react';
import { useStore } from 'zustand';
import type { LoadState, LoaderStore } from './loader-store.ts';

/** The state of one key of a loader store for a screen; starts the load when needed. */
export function useLoaded<T>(loader: LoaderStore<T>, key: string): LoadState<T> {
  // Subscribe to the whole map (it changes rarely), then read this key through `peek`.
  useStore(loader.store);
  const state = loader.peek(key);
  useEffect(() => {
    if (state.status === 'loading') void loader.load(key);
  }, [loader, key, state.status]);
  return state;
}
