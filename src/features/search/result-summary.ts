import { assertNever } from '../../engine/index.ts';
import type { MatchResult } from '../../search/match-query.ts';

const errors = (n: number): string => (n === 1 ? '1 error' : `${n} errors`);

/** One sentence for the live region, so a screen reader hears what the search found. */
export function summaryOf(result: MatchResult): string {
  switch (result.kind) {
    case 'empty':
      return '';
    case 'exact':
      return `Found ${result.entry.title}.`;
    case 'ambiguous':
      return `${result.entries.length} messages use the number ${result.code}. Choose the one you saw.`;
    case 'words':
      return `${errors(result.entries.length)} matched, best match first.`;
    case 'not-covered':
      return `No page for ${result.code} yet. How to reach Intuit safely is shown below.`;
    case 'none':
      return result.suggestions.length > 0
        ? `No exact match. ${errors(result.suggestions.length)} close to it listed.`
        : 'Nothing matched. The codes we cover are listed below.';
    default:
      return assertNever(result);
  }
}
