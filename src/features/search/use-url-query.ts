import { useSyncExternalStore } from 'react';
import { withBase } from '../../routing/base-path.ts';
import { SEARCH_PARAM } from '../../routing/paths.ts';

/**
 * The front door's query as it is in the address (`/?q=`), following Back and Forward. The page
 * is a static document, so this is the History API, not a router. Empty while prerendering.
 */
const subscribe = (listener: () => void): (() => void) => {
  window.addEventListener('popstate', listener);
  return () => window.removeEventListener('popstate', listener);
};
const read = (): string => new URLSearchParams(window.location.search).get(SEARCH_PARAM) ?? '';

export const useUrlQuery = (): string => useSyncExternalStore(subscribe, read, () => '');

/** Puts a search into the address: a new history entry, or in place of the current one. */
export function showSearch(path: string, how: 'push' | 'replace'): void {
  const url = withBase(path);
  if (how === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
  window.dispatchEvent(new PopStateEvent('popstate'));
}
