import { useSyncExternalStore } from 'react';

const subscribe = (): (() => void) => () => {};

/**
 * False while prerendering and hydrating, true after: read browser-only state (storage, the
 * clock) only when this is true, so the first client render matches the prerendered HTML.
 */
export const useMounted = (): boolean =>
  useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
