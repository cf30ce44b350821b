import { FINGERPRINT_LENGTH, fingerprint } from './fingerprint.ts';
import { err, ok, type Result } from './result.ts';
import { walk, type Session, type WalkError } from './session.ts';
import type { Tree } from './types.ts';

/**
 * A session as a short URL-safe string: `<fingerprint>-<answers>`, one base-36 digit per
 * answer, e.g. `k3f9-0210`. The fingerprint ties the string to the tree's shape.
 */
export const MAX_ANSWERS = 64;
const MAX_ANSWER = 35;
const SHAPE = new RegExp(`^([0-9a-z]{${FINGERPRINT_LENGTH}})-([0-9a-z]*)$`);

export type DecodeError =
  | { readonly kind: 'empty' }
  | { readonly kind: 'too-long'; readonly length: number }
  | { readonly kind: 'malformed' }
  | { readonly kind: 'content-changed' }
  | WalkError;

export function encodeSession(tree: Tree, session: Session): string {
  const digits = session.answers
    .map((answer) => Math.min(Math.max(answer, 0), MAX_ANSWER).toString(36))
    .join('');
  return `${fingerprint(tree)}-${digits}`;
}

/** Turns any string into a session of `tree`, or a typed reason why not. Never throws. */
export function decodeSession(tree: Tree, input: unknown): Result<Session, DecodeError> {
  if (typeof input !== 'string' || input.length === 0) return err({ kind: 'empty' });
  const maxLength = FINGERPRINT_LENGTH + 1 + MAX_ANSWERS;
  if (input.length > maxLength) return err({ kind: 'too-long', length: input.length });
  const match = SHAPE.exec(input.toLowerCase());
  if (!match) return err({ kind: 'malformed' });
  const [, print = '', digits = ''] = match;
  if (print !== fingerprint(tree)) return err({ kind: 'content-changed' });
  const session: Session = { answers: [...digits].map((digit) => parseInt(digit, 36)) };
  const replayed = walk(tree, session);
  return replayed.ok ? ok(session) : replayed;
}
