/** The app's one search index store: loaded on demand, primed when prerendering. */
import { loadSearchIndex } from '../../content/runtime/app-content.ts';
import { createSearchIndexStore } from './search-index-store.ts';

export const searchIndex = createSearchIndexStore(loadSearchIndex);
