/** The app's content: the site config (small, always loaded) and the lazily loaded parts. */
import loaders from 'virtual:fixpath/loaders';
import site from 'virtual:fixpath/site';
import type { ErrorEntry, SearchEntry } from '../types.ts';
import { createLoaderStore } from '../../lib/loader-store.ts';

export { site };

/** Each error's content is its own chunk, loaded once by slug. */
export const errorContent = createLoaderStore<ErrorEntry>((slug) => {
  const loader = Object.hasOwn(loaders, slug) ? loaders[slug] : undefined;
  return loader && (() => loader().then((module) => module.default));
});

/** The search index is its own chunk: only the front door and not-found pages need it. */
export const loadSearchIndex = (): Promise<readonly SearchEntry[]> =>
  import('virtual:fixpath/index').then((m) => m.default);
