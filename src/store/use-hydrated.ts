import { useSyncExternalStore } from 'react';

interface Persisted {
  readonly persist: {
    hasHydrated: () => boolean;
    onFinishHydration: (listener: () => void) => () => void;
  };
}

/**
 * True once a persisted store has read this browser's saved state; always false while
 * prerendering and hydrating, so the first client render matches the prerendered HTML.
 */
export function useHydrated(store: Persisted): boolean {
  return useSyncExternalStore(
    store.persist.onFinishHydration,
    store.persist.hasHydrated,
    () => false,
  );
}
