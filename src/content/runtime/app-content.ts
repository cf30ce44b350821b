/** The app's content: the site config (small, always loaded) and the lazy per-error cache. */
import loaders from 'virtual:fixpath/loaders';
import site from 'virtual:fixpath/site';
import { createErrorCache } from './error-cache.ts';

export { site };
export const errorCache = createErrorCache(loaders);

/** The search index is its own chunk: only the front door and not-found pages need it. */
export const loadSearchIndex = () => import('virtual:fixpath/index').then((m) => m.default);
