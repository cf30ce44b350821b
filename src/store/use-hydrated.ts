import { useSyncExternalStore } from 'react';
import type { PersistedStore } from './keep-through-hydration.ts';

/**
 * True once a persisted store has read this browser's saved state; always false while
 * prerendering and hydrating, so the first client render matches the prerendered HTML.
 */
export function useHydrated(store: PersistedStore): boolean {
  return useSyncExternalStore(
    store.persist.onFinishHydration,
    store.persist.hasHydrated,
    () => false,
  );
}
