import { useEffect, useSyncExternalStore } from 'react';
import { searchIndex } from './search-index.ts';
import type { SearchIndexState } from './search-index-store.ts';

/** The search index for a screen: loading, ready or failed. Starts loading it if needed. */
export function useSearchIndex(): SearchIndexState {
  const state = useSyncExternalStore(searchIndex.subscribe, searchIndex.peek, searchIndex.peek);
  useEffect(() => {
    if (state.status === 'loading') void searchIndex.load();
  }, [state.status]);
  return state;
}
