/**
 * The matcher bound to one index. The app loads this module together with the index chunk, so
 * matching code is not on the critical path of error pages.
 */
import type { NotCoveredFamily, SearchEntry } from '../content/types.ts';
import { entriesOf, matchQuery, type MatchResult } from './match-query.ts';

export interface Searcher {
  readonly index: readonly SearchEntry[];
  readonly match: (query: string) => MatchResult;
  /** Every error a query points to, closest first: for "did you mean" lists. */
  readonly closest: (query: string) => readonly SearchEntry[];
}

/** `notCovered`: the families of codes with no page on purpose (content/site.yaml). */
export function createSearcher(
  index: readonly SearchEntry[],
  notCovered: readonly NotCoveredFamily[] = [],
): Searcher {
  const match = (query: string): MatchResult => matchQuery(index, query, notCovered);
  return { index, match, closest: (query) => entriesOf(match(query)) };
}
