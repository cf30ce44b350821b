/**
 * The front door's one decision: what did the user mean? Pure: an index and a string in, a
 * tagged result out. Screens render the result; they do not re-decide it.
 */
import type { NotCoveredFamily, SearchEntry } from '../content/types.ts';
import { assertNever } from '../engine/index.ts';
import { closestCodes } from './closest-codes.ts';
import { codeKey, codeKeysOf, digitsOf, isCodeToken, normalizeQuery } from './normalize-query.ts';
import { findNotCovered, type NotCoveredMatch } from './not-covered.ts';
import { rankByWords, scoreWords } from './score-words.ts';

export type MatchResult =
  /** Nothing typed (or only "QuickBooks error"). */
  | { readonly kind: 'empty' }
  /** One error, for certain. */
  | { readonly kind: 'exact'; readonly entry: SearchEntry }
  /** Several codes share the number typed: ask which message it was. Plain code first. */
  | {
      readonly kind: 'ambiguous';
      readonly code: string;
      readonly entries: readonly SearchEntry[];
    }
  /** Errors whose words match, best first. */
  | { readonly kind: 'words'; readonly entries: readonly SearchEntry[] }
  /** A code from a family Fixpath has no page for on purpose (content/site.yaml, notCovered). */
  | ({ readonly kind: 'not-covered' } & NotCoveredMatch)
  /** Nothing matched. `code` is the unknown code typed, if any; suggestions are the closest. */
  | {
      readonly kind: 'none';
      readonly code: string | undefined;
      readonly suggestions: readonly SearchEntry[];
    };

export const MAX_SUGGESTIONS = 5;

const isYear = (token: string): boolean => /^(19|20)\d\d$/.test(token);

/**
 * The errors a code token names: the same code (or one part of a code shown as several numbers,
 * "-6189, -816"), or for bare digits every code with them.
 */
function candidatesFor(index: readonly SearchEntry[], token: string): SearchEntry[] {
  const bare = /^\d+$/.test(token);
  return index.filter((entry) =>
    codeKeysOf(entry.code).some((key) => key === token || (bare && digitsOf(key) === token)),
  );
}

const unique = (entries: readonly SearchEntry[]): SearchEntry[] => [...new Set(entries)];

/** Plain numeric codes first ("202" before "H202" and "OL-202"), otherwise the index's order. */
const plainFirst = (entries: readonly SearchEntry[]): SearchEntry[] =>
  [...entries].sort(
    (a, b) =>
      Number(/^\d+$/.test(codeKey(b.code))) - Number(/^\d+$/.test(codeKey(a.code))) ||
      entries.indexOf(a) - entries.indexOf(b),
  );

/** Several codes share the digits typed: the other words may settle it; if not, ask. */
function settle(candidates: readonly SearchEntry[], query: string, code: string): MatchResult {
  const hasWords = query.split(' ').some((token) => !isCodeToken(token));
  if (hasWords) {
    const byAlias = candidates.filter((e) => e.aliases.some((a) => normalizeQuery(a) === query));
    if (byAlias.length === 1 && byAlias[0]) return { kind: 'exact', entry: byAlias[0] };
    const scored = scoreWords(candidates, query);
    const best = Math.max(0, ...scored.map((s) => s.score));
    const top = scored.filter((s) => s.score === best);
    if (top.length === 1 && top[0]) return { kind: 'exact', entry: top[0].entry };
  }
  return { kind: 'ambiguous', code, entries: plainFirst(candidates) };
}

function noMatch(
  index: readonly SearchEntry[],
  query: string,
  code: string | undefined,
): MatchResult {
  const byCode = code === undefined ? [] : closestCodes(index, code);
  const byWords = rankByWords(index, query);
  return {
    kind: 'none',
    code,
    suggestions: unique([...byCode, ...byWords]).slice(0, MAX_SUGGESTIONS),
  };
}

/**
 * `notCovered`: families of codes with no page on purpose. A code from one, when no covered code
 * was typed, is answered plainly rather than with near misses.
 */
export function matchQuery(
  index: readonly SearchEntry[],
  raw: string,
  notCovered: readonly NotCoveredFamily[] = [],
): MatchResult {
  const query = normalizeQuery(raw);
  if (query === '') return { kind: 'empty' };
  const codes = query.split(' ').filter(isCodeToken);
  const known = codes.filter((token) => candidatesFor(index, token).length > 0);
  const [firstKnown] = known;
  if (firstKnown !== undefined) {
    const candidates = unique(known.flatMap((token) => candidatesFor(index, token)));
    const [only] = candidates;
    if (candidates.length === 1 && only) return { kind: 'exact', entry: only };
    return settle(candidates, query, firstKnown);
  }
  const uncovered = findNotCovered(notCovered, query);
  if (uncovered !== undefined) return { kind: 'not-covered', ...uncovered };
  // An unknown year ("QuickBooks 2023 payroll") is a version, not a code.
  const unknown = codes.find((token) => !isYear(token));
  if (unknown !== undefined) return noMatch(index, query, unknown);
  const entries = rankByWords(index, query);
  return entries.length > 0 ? { kind: 'words', entries } : noMatch(index, query, undefined);
}

/** Every error a result points to, in order: for "did you mean" lists. */
export function entriesOf(result: MatchResult): readonly SearchEntry[] {
  switch (result.kind) {
    case 'empty':
    case 'not-covered':
      return [];
    case 'exact':
      return [result.entry];
    case 'ambiguous':
    case 'words':
      return result.entries;
    case 'none':
      return result.suggestions;
    default:
      return assertNever(result);
  }
}
