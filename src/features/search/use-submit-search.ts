import { useLocation, useNavigate } from 'react-router';
import { paths, routePatterns, type LinkOptions } from '../../app/paths.ts';
import type { Searcher } from '../../search/searcher.ts';

/**
 * What submitting the front door does. One certain match opens that error's page; anything
 * else shows the results at `/?q=…`. On the home page the search replaces the current entry
 * before opening a page, so Back returns to the search as typed.
 */
export function useSubmitSearch(
  searcher: Searcher | undefined,
  options: LinkOptions,
): (query: string) => void {
  const navigate = useNavigate();
  const onHome = useLocation().pathname === routePatterns.home;
  return (query) => {
    const result = searcher?.match(query);
    if (result?.kind !== 'exact') {
      void navigate(paths.search(query, options));
      return;
    }
    if (onHome) void navigate(paths.search(query, options), { replace: true });
    void navigate(paths.error(result.entry.slug, options));
  };
}
