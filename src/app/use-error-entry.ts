import { useEffect, useSyncExternalStore } from 'react';
import { errorCache } from '../content/runtime/app-content.ts';
import type { EntryState } from '../content/runtime/error-cache.ts';

/** The content of one error: loading, ready, missing (unknown slug) or failed (offline). */
export function useErrorEntry(slug: string): EntryState {
  const state = useSyncExternalStore(
    errorCache.subscribe,
    () => errorCache.peek(slug),
    () => errorCache.peek(slug),
  );
  useEffect(() => {
    if (state.status === 'loading') void errorCache.load(slug);
  }, [slug, state.status]);
  return state;
}
