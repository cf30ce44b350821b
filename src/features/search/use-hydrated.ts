import { useSyncExternalStore } from 'react';

const subscribe = (): (() => void) => () => undefined;

/**
 * False while React hydrates prerendered HTML (and on the server), true afterwards and on any
 * fresh client render. The home page is prerendered without a query, so anything that depends
 * on `?q=` waits for this to be true, and the first client render matches the HTML.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
