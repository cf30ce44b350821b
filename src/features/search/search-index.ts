/** The app's one search store: the index and its matcher, loaded on demand, primed when prerendering. */
import { loadSearchIndex } from '../../content/runtime/app-content.ts';
import { createSearchIndexStore } from './search-index-store.ts';

const loadSearcher = () =>
  Promise.all([loadSearchIndex(), import('../../search/searcher.ts')]).then(([index, module]) =>
    module.createSearcher(index),
  );

export const searchIndex = createSearchIndexStore(loadSearcher);
