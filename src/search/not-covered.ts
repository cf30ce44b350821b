/**
 * Codes Fixpath has no page for on purpose (content/site.yaml, `notCovered`): which family, if
 * any, a normalized query names. Pure: the families and a query in, a match or nothing out.
 */
import type { NotCoveredFamily } from '../content/types.ts';
import { codeKey } from './normalize-query.ts';

export interface NotCoveredMatch {
  readonly family: NotCoveredFamily;
  /** The code as typed, in capitals: "PS032", "OLSU-1013", "15215", or just "OLSU". */
  readonly code: string;
}

interface Pattern {
  readonly letters: string;
  readonly hyphen: boolean;
  readonly whole: RegExp;
}

/** "OLSU-xxxx" -> letters "olsu", a hyphen when shown, and /^olsu\d\d\d\d$/. */
function patternOf(code: string): Pattern {
  const key = codeKey(code);
  const letters = /^[a-z]*?(?=[\dx]*$)/.exec(key)?.[0] ?? '';
  const rest = key.slice(letters.length).replace(/x/g, '\\d');
  return { letters, hyphen: code.includes('-'), whole: new RegExp(`^${letters}${rest}$`) };
}

/** Tokens, and each run of letters glued to the number after it ("olsu 1013" -> "olsu1013"). */
function candidatesOf(query: string): string[] {
  const tokens = query.split(' ').filter((t) => t !== '');
  const glued = tokens.flatMap((token, i) => {
    const next = tokens[i + 1];
    return next !== undefined && /^[a-z]+$/.test(token) && /^\d+$/.test(next) ? [token + next] : [];
  });
  return [...tokens, ...glued];
}

const shown = (pattern: Pattern, key: string): string => {
  const digits = key.slice(pattern.letters.length);
  const sep = pattern.hyphen && digits !== '' ? '-' : '';
  return `${pattern.letters.toUpperCase()}${sep}${digits}`;
};

/**
 * The family a query names, by a whole code ("PS032", "15215") or, for a prefix of three or more
 * letters, by the prefix alone ("OLSU"). `query` is already normalized (normalize-query.ts).
 */
export function findNotCovered(
  families: readonly NotCoveredFamily[],
  query: string,
): NotCoveredMatch | undefined {
  const candidates = candidatesOf(query);
  for (const family of families) {
    for (const code of family.codes) {
      const pattern = patternOf(code);
      // The family as written ("15xxx") counts too.
      const hit = candidates.find((c) => pattern.whole.test(c) || c === codeKey(code));
      if (hit !== undefined) return { family, code: shown(pattern, hit) };
      if (pattern.letters.length >= 3 && candidates.includes(pattern.letters))
        return { family, code: pattern.letters.toUpperCase() };
    }
  }
  return undefined;
}
