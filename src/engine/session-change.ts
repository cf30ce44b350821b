import type { Session } from './session.ts';

/**
 * How a person moved from one session to the next, read from the answers alone, however they
 * moved (an answer's link, an agent's digit, Back, Change, the browser's own buttons):
 *   - `answer`: one answer more (`choice` taken on the step they were on);
 *   - `back`: the last answer taken away;
 *   - `rewind`: back more than one step, to change an earlier answer (`toStep`, 0-based);
 *   - `restart`: back to the first question with no answers;
 *   - `jump`: anything else (a different route, a link from elsewhere).
 */
export type SessionChange =
  | { readonly kind: 'answer'; readonly choice: number }
  | { readonly kind: 'back' }
  | { readonly kind: 'rewind'; readonly toStep: number }
  | { readonly kind: 'restart' }
  | { readonly kind: 'jump' };

const isPrefix = (short: readonly number[], long: readonly number[]): boolean =>
  short.length <= long.length && short.every((answer, i) => long[i] === answer);

export function sessionChange(before: Session, after: Session): SessionChange {
  const a = before.answers;
  const b = after.answers;
  if (b.length === a.length + 1 && isPrefix(a, b)) return { kind: 'answer', choice: b.at(-1) ?? 0 };
  if (b.length < a.length && isPrefix(b, a)) {
    if (b.length === 0) return { kind: 'restart' };
    return b.length === a.length - 1 ? { kind: 'back' } : { kind: 'rewind', toStep: b.length };
  }
  return { kind: 'jump' };
}
