/** A zustand store with `persist`: it reads this browser's saved state asynchronously. */
export interface PersistedStore {
  readonly persist: {
    hasHydrated: () => boolean;
    onFinishHydration: (listener: () => void) => () => void;
  };
}

/**
 * Makes a change at once, and again once this browser's saved state has been read, if that read
 * is still under way: the read puts what was saved in place of the state, and would otherwise
 * lose a change made meanwhile (a "Yes" pressed the moment the page was ready).
 */
export function keepThroughHydration(store: PersistedStore, change: () => void): void {
  change();
  if (store.persist.hasHydrated()) return;
  const stop = store.persist.onFinishHydration(() => {
    stop();
    change();
  });
}
