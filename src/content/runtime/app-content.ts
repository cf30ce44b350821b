/** The app's content: the site config (small, always loaded) and the lazily loaded parts. */
import guides from 'virtual:fixpath/guides';
import loaders from 'virtual:fixpath/loaders';
import site from 'virtual:fixpath/site';
import type { ErrorEntry, SearchEntry } from '../types.ts';
import { createLoaderStore } from '../../lib/loader-store.ts';

export { site, guides };

/** The other guided errors by their trees' fingerprints (for `stepModel`), slug by fingerprint. */
export const otherGuides = (slug: string): ReadonlyMap<string, string> =>
  new Map(guides.filter((g) => g.slug !== slug).map((g) => [g.fingerprint, g.slug]));

/** Each error's content is its own chunk, loaded once by slug. */
export const errorContent = createLoaderStore<ErrorEntry>((slug) => {
  const loader = Object.hasOwn(loaders, slug) ? loaders[slug] : undefined;
  return loader && (() => loader().then((module) => module.default));
});

/** The search index is its own chunk: only the front door and not-found pages need it. */
export const loadSearchIndex = (): Promise<readonly SearchEntry[]> =>
  import('virtual:fixpath/index').then((m) => m.default);
