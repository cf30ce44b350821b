import { openPage } from '../../lib/leave-page.ts';
import { withBase } from '../../routing/base-path.ts';
import { paths, type LinkOptions } from '../../routing/paths.ts';
import type { Searcher } from '../../search/searcher.ts';
import { showSearch } from './use-url-query.ts';

/**
 * What submitting the front door does. One certain match opens that error's page; anything
 * else shows the results at `/?q=…`. The search replaces the current entry before an error page
 * opens, so Back returns to the search as typed.
 */
export function submitSearch(
  query: string,
  searcher: Searcher | undefined,
  options: LinkOptions,
  onHome: boolean,
): void {
  const result = searcher?.match(query);
  if (result?.kind !== 'exact') {
    if (onHome) showSearch(paths.search(query, options), 'push');
    else openPage(withBase(paths.search(query, options)));
    return;
  }
  if (onHome) showSearch(paths.search(query, options), 'replace');
  openPage(withBase(paths.error(result.entry.slug, options)));
}
