/** The front door's one search store: the index and its matcher, loaded on demand. */
import { loadSearchIndex, site } from '../../content/runtime/app-content.ts';
import { createLoaderStore } from '../../lib/loader-store.ts';
import type { Searcher } from '../../search/searcher.ts';

export const SEARCH_INDEX = 'index';

const loadSearcher = (): Promise<Searcher> =>
  Promise.all([loadSearchIndex(), import('../../search/searcher.ts')]).then(([index, module]) =>
    module.createSearcher(index, site.notCovered?.families ?? []),
  );

export const searchIndex = createLoaderStore<Searcher>((key) =>
  key === SEARCH_INDEX ? loadSearcher : undefined,
);
