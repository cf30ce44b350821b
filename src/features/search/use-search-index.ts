import type { LoadState } from '../../lib/loader-store.ts';
import { useLoaded } from '../../lib/use-loaded.ts';
import type { Searcher } from '../../search/searcher.ts';
import { SEARCH_INDEX, searchIndex } from './search-index.ts';

/** The search index for a screen: loading, ready or failed. Starts loading it if needed. */
export const useSearchIndex = (): LoadState<Searcher> => useLoaded(searchIndex, SEARCH_INDEX);
