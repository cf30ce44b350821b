import type { SearchEntry } from '../content/types.ts';
import { editDistance } from './edit-distance.ts';
import { codeKeysOf, digitsOf } from './normalize-query.ts';

/** How far apart two codes are: by the whole code, or by their digits alone ("x202" ~ "h202"). */
function distance(typed: string, code: string): number {
  const whole = editDistance(typed, code);
  const digitsTyped = digitsOf(typed);
  const digitsCode = digitsOf(code);
  if (digitsTyped === '' || digitsCode === '') return whole;
  return Math.min(whole, editDistance(digitsTyped, digitsCode));
}

export const MAX_CODE_DISTANCE = 2;

/** The covered codes nearest to an unknown one, nearest first (guided errors first on a tie). */
export function closestCodes(index: readonly SearchEntry[], typed: string): SearchEntry[] {
  return index
    .map((entry, order) => ({
      entry,
      order,
      d: Math.min(...codeKeysOf(entry.code).map((key) => distance(typed, key))),
    }))
    .filter((c) => c.d <= MAX_CODE_DISTANCE)
    .sort(
      (a, b) =>
        a.d - b.d ||
        Number(b.entry.kind === 'guided') - Number(a.entry.kind === 'guided') ||
        a.order - b.order,
    )
    .map((c) => c.entry);
}
